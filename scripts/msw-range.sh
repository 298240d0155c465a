#!/usr/bin/env bash
# Proves the lowest msw in peerDependencies: installs exactly that version into .tmp/msw-lowest (not the
# project's node_modules), then runs the msw tests and the consumer example against it, and type-checks
# honest-fetch/msw with its types. The highest version is the devDependency, which `npm test` runs.
set -euo pipefail

cd "$(dirname "$0")/.."
dir=.tmp/msw-lowest
range=$(node -p "require('./package.json').peerDependencies.msw")
if [[ ! $range =~ ^\^([0-9]+\.[0-9]+\.[0-9]+)$ ]]; then
  echo "peerDependencies.msw is '$range'; this script understands ^X.Y.Z only." >&2
  exit 1
fi
lowest=${BASH_REMATCH[1]}

installed=$(node -p "try { require('./$dir/node_modules/msw/package.json').version } catch { '' }")
if [[ $installed != "$lowest" ]]; then
  rm -rf "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "msw@$lowest"
fi

# The tsconfig maps msw to the files a NodeNext consumer resolves for this version; check they still are.
node -e "
  const pkg = require('./$dir/node_modules/msw/package.json')
  const want = { '.': './lib/core/index.d.ts', './node': './lib/node/index.d.ts' }
  for (const [entry, types] of Object.entries(want)) {
    if (pkg.exports[entry].types !== types) {
      console.error('msw@' + pkg.version + ' types ' + entry + ' from ' + JSON.stringify(pkg.exports[entry]) +
        '; update test/msw/tsconfig.msw-lowest.json')
      process.exit(1)
    }
  }
  console.log('msw ' + pkg.version + ' installed in $dir (peerDependencies: $range)')
"

if ! files=$(npx tsc --noEmit -p test/msw/tsconfig.msw-lowest.json --listFiles); then
  grep -v '^/' <<<"$files" >&2
  exit 1
fi
# Only the lowest copy's types may have been read, and they must have been.
if ! grep -q "/$dir/node_modules/msw/lib/core/index.d.ts$" <<<"$files" ||
  grep '/node_modules/msw/' <<<"$files" | grep -vq "/$dir/"; then
  echo "tsc did not read msw's types from $dir only; check test/msw/tsconfig.msw-lowest.json" >&2
  exit 1
fi
echo "types: src/msw, test/msw and examples/consumer compile against msw $lowest"

MSW_EXPECTED_VERSION=$lowest npx vitest run --config test/msw/vitest.msw-lowest.config.ts

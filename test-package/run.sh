#!/usr/bin/env bash
# Package checks (issue 7): the published package, used the way users get it. Builds and packs the
# package, lints its shape (publint, attw, file list), installs the tarball into scratch consumer projects,
# and runs them: Node ESM and CommonJS on Node 20/22/24 (and 20.18 and 20.0 for the pre-require(esm)
# behaviour),
# TypeScript 5.9 and 7 under node16/nodenext/bundler resolution, honest-fetch/msw on Node, an esbuild
# browser bundle that must tree-shake, the smoke suite on Node 20/22/24, Bun and Deno, on Node 20.0 (the
# oldest Node the package supports) with undici 6.21.0 (the oldest undici its peer range allows), and the
# smoke suite plus MSW's setupWorker in Debian's Chromium.
#
#   bash test-package/run.sh          (or npm run test:package)
#
# Every step runs even when an earlier one failed, unless it needs that one's output; the summary at the
# end lists each step, and the exit code is 1 if any failed. Environment:
#   HF_PACKAGE_SCRATCH  where the tarball and consumer projects go; outside the repo, so that nothing in
#                       the repo's node_modules can stand in for a missing dependency (default under $TMPDIR)
#   HF_RUNTIMES_DIR     where Node 22/24, Bun and Deno are installed and kept (default .tmp/runtimes)
#   CHROMIUM            the browser binary (default /usr/bin/chromium, installed with apt-get if missing)
#   VERBOSE=1           print every runtime's output, not only a failing one's
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/test-package"
SCRATCH="${HF_PACKAGE_SCRATCH:-${TMPDIR:-/tmp}/honest-fetch-test-package}"
BIN="$ROOT/node_modules/.bin"
cd "$ROOT"

export NO_COLOR=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

SUMMARY=()
FAILED=0
PASSED=0

# step NAME FUNCTION: runs FUNCTION in a subshell with errexit, records PASS/FAIL and its duration.
step() {
  local name=$1 started=$SECONDS status
  shift
  echo
  echo "== $name"
  (
    set -euo pipefail
    "$@"
  )
  status=$?
  local took=$((SECONDS - started))
  if [[ $status -eq 0 ]]; then
    SUMMARY+=("PASS  $name (${took} s)")
    PASSED=$((PASSED + 1))
  else
    SUMMARY+=("FAIL  $name (${took} s)")
    FAILED=$((FAILED + 1))
    echo "FAIL  $name (exit $status)"
  fi
  return $status
}

skip() {
  SUMMARY+=("FAIL  $1 (not run: $2 failed)")
  FAILED=$((FAILED + 1))
}

# npm install in a scratch project; npm's cache (filled by the repo's npm ci) serves what it has.
install_project() {
  (cd "$1" && npm install --prefer-offline --no-package-lock --loglevel=error)
}

build_package() {
  rm -rf dist
  npm run build --silent
}

pack_package() {
  case "$SCRATCH" in
    / | "$HOME" | "" | "$ROOT" | "$ROOT"/*)
      echo "HF_PACKAGE_SCRATCH=$SCRATCH: use a folder of its own outside the repo" >&2
      return 1
      ;;
  esac
  rm -rf "$SCRATCH"
  mkdir -p "$SCRATCH/pack"
  npm pack --json --pack-destination "$SCRATCH/pack" --loglevel=error >"$SCRATCH/pack/pack.json"
  ls "$SCRATCH"/pack/*.tgz
}

check_files() {
  node "$HERE/check-files.mjs" "$SCRATCH/pack/pack.json" "$ROOT/package.json"
}

run_publint() {
  "$BIN/publint" run "$TARBALL" --strict
}

run_attw() {
  # ESM only: CommonJS resolution gets an ES module (require(esm) on Node >= 20.19/22.12, import() before);
  # every other problem still fails, for node16 from ESM and CJS and for bundlers. Skipping node10.
  "$BIN/attw" "$TARBALL" --profile node16 --ignore-rules cjs-resolves-to-esm --no-definitely-typed \
    --format table-flipped --no-emoji --no-color
}

install_consumers() {
  node "$HERE/scratch.mjs" "$SCRATCH/minimal" "$TARBALL" --copy test-package/consumers/minimal
  node "$HERE/scratch.mjs" "$SCRATCH/runtime" "$TARBALL" --deps zod,undici --copy test-package/smoke
  node "$HERE/scratch.mjs" "$SCRATCH/oldest" "$TARBALL" --deps zod,undici@6.21.0 --copy test-package/smoke
  node "$HERE/scratch.mjs" "$SCRATCH/full" "$TARBALL" --deps zod,msw,undici,@types/node \
    --copy test-package/consumers/typescript test-package/consumers/msw-node.mjs test-package/consumers/msw-node.cjs \
    test-package/smoke/checks.mjs test-package/smoke/msw-checks.mjs test-package/browser/treeshake.mjs \
    test-package/browser/everything.mjs test-package/browser/page.mjs test-package/browser/index.html
  install_project "$SCRATCH/minimal"
  install_project "$SCRATCH/runtime"
  install_project "$SCRATCH/oldest"
  install_project "$SCRATCH/full"
}

# The `honest-fetch` executable as npm links it from the tarball's `bin`: help, and a YAML description with
# an external $ref turned into a module.
cli_executable() {
  cd "$SCRATCH/full"
  npx --no-install honest-fetch --help >/dev/null
  npx --no-install honest-fetch openapi "$ROOT/test/openapi/fixtures/pets.yaml" --out api.ts --quiet
  grep -q 'export const api = defineApi' api.ts
  echo "      npx honest-fetch --help and openapi: ok"
}

install_runtimes() {
  bash "$HERE/runtimes.sh" install >"$SCRATCH/runtimes.txt"
  sed 's/^/      /' "$SCRATCH/runtimes.txt"
}

# label=binary for the labels given, from runtimes.sh's list; node20 is the Node running this script.
runtime_specs() {
  local label
  for label in "$@"; do
    if [[ "$label" == node20 ]]; then
      echo "node20=$(command -v node)"
    else
      grep "^$label=" "$SCRATCH/runtimes.txt"
    fi
  done
}

node_consumers() {
  mapfile -t specs < <(runtime_specs node20 node22 node24 node20.18 node20.0)
  node "$HERE/matrix.mjs" consumers "$SCRATCH/minimal" "${specs[@]}"
}

# Each compiler x each config must type-check; tsconfig.cjs-node16.json must fail with TS1479, the error
# that tells CommonJS TypeScript users under module node16/node18 to use import() (see the README's CommonJS section).
typescript_consumers() {
  local failures=0 compiler tsc name config output
  for compiler in "typescript 5:$ROOT/node_modules/typescript/bin/tsc" \
    "typescript 7:$ROOT/node_modules/typescript-7/bin/tsc"; do
    name="${compiler%%:*}" tsc="${compiler#*:}"
    name="$name ($(node "$tsc" --version | sed 's/^Version //'))"
    for config in node16 nodenext bundler declarations declarations-node; do
      if output="$(cd "$SCRATCH/full" && node "$tsc" -p "tsconfig.$config.json" 2>&1)"; then
        echo "ok    $name, tsconfig.$config.json: no errors"
      else
        echo "FAIL  $name, tsconfig.$config.json:"
        echo "$output" | sed 's/^/      | /'
        failures=$((failures + 1))
      fi
    done
    output="$(cd "$SCRATCH/full" && node "$tsc" -p tsconfig.cjs-node16.json 2>&1)" || true
    if [[ "$output" == *TS1479* ]]; then
      echo "ok    $name, tsconfig.cjs-node16.json: a static import in .cts is refused (TS1479), as documented"
    else
      echo "FAIL  $name, tsconfig.cjs-node16.json: expected error TS1479, got:"
      echo "${output:-no error}" | sed 's/^/      | /'
      failures=$((failures + 1))
    fi
  done
  [[ $failures -eq 0 ]]
}

msw_on_node() {
  local spec binary
  for spec in $(runtime_specs node20 node22 node24); do
    binary="${spec#*=}"
    echo "      node $("$binary" --version):"
    (cd "$SCRATCH/full" && "$binary" msw-node.mjs && "$binary" msw-node.cjs) | sed 's/^/      /'
  done
}

browser_bundle() {
  node "$HERE/browser/build.mjs" "$SCRATCH/full"
}

runtime_smoke() {
  mapfile -t specs < <(runtime_specs node20 node22 node24 bun deno)
  node "$HERE/matrix.mjs" smoke "$SCRATCH/runtime" "${specs[@]}"
}

# The bottom of the supported ranges: Node 20.0.0 with undici 6.21.0 (undici 7 needs Node 20.18.1).
oldest_smoke() {
  mapfile -t specs < <(runtime_specs node20.0)
  node "$HERE/matrix.mjs" smoke "$SCRATCH/oldest" "${specs[@]}"
  (cd "$SCRATCH/oldest" && node -p "'      undici ' + require('./node_modules/undici/package.json').version")
}

browser_smoke() {
  bash "$HERE/ensure-chromium.sh"
  node "$HERE/browser/run.mjs" "$SCRATCH/full"
}

STARTED=$SECONDS
echo "== package checks: node $(node --version), npm $(npm --version), scratch $SCRATCH"

# Steps are never called as a condition (if/&&/||): bash would then ignore errexit inside them.
step "build (clean)" build_package
built=$?
packed=1
if [[ $built -eq 0 ]]; then
  step "npm pack" pack_package
  packed=$?
fi
if [[ $packed -eq 0 ]]; then
  TARBALL="$(ls "$SCRATCH"/pack/*.tgz)"
  step "tarball contents" check_files
  step "publint --strict" run_publint
  step "attw (node16 ESM + CJS, bundler)" run_attw
  step "install the tarball into scratch consumers" install_consumers
  installed=$?
  step "install runtimes from npm" install_runtimes
  runtimes=$?
  if [[ $installed -ne 0 ]]; then
    skip "consumers, runtimes and browser" "install the tarball into scratch consumers"
  else
    if [[ $runtimes -eq 0 ]]; then
      step "Node ESM + CommonJS consumers (Node 20, 22, 24, 20.18, 20.0)" node_consumers
    else
      skip "Node ESM + CommonJS consumers" "install runtimes"
    fi
    step "TypeScript consumers (5 and 7; node16, nodenext, bundler, declarations)" typescript_consumers
    step "the honest-fetch executable (npx honest-fetch)" cli_executable
    if [[ $runtimes -eq 0 ]]; then
      step "honest-fetch/msw on Node 20, 22, 24 (setupServer; ESM and CommonJS)" msw_on_node
    else
      skip "honest-fetch/msw on Node" "install runtimes"
    fi
    step "browser bundle (esbuild, tree-shaking)" browser_bundle
    bundled=$?
    if [[ $runtimes -eq 0 ]]; then
      step "smoke suite (Node 20, 22, 24, Bun, Deno)" runtime_smoke
      step "smoke suite on the oldest supported (Node 20.0.0, undici 6.21.0)" oldest_smoke
    else
      skip "smoke suite" "install runtimes"
    fi
    if [[ $bundled -eq 0 ]]; then
      step "browser smoke (Chromium, fetch + MSW setupWorker)" browser_smoke
    else
      skip "browser smoke" "browser bundle"
    fi
  fi
else
  skip "everything after packing" "build (clean) or npm pack"
fi

echo
echo "== package checks summary ($((SECONDS - STARTED)) s)"
printf '%s\n' "${SUMMARY[@]}"
echo "test-package: $PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]

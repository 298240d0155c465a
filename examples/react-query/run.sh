#!/usr/bin/env bash
# The example app of docs/tanstack-query.md, built and used as a person would (issue 17): installs this
# folder's own dependencies (React, TanStack Query, Vite: none of them in the library's install),
# type-checks the app, builds it with Vite, adds MSW's service worker (`msw init`, from the repository's
# msw, so the worker always matches the library that serves it), and drives it in Debian's Chromium
# screen by screen (run.mjs), with a screenshot of each in .tmp/example-app/.
#
#   bash examples/react-query/run.sh      (or npm run test:example-app; the repository's npm ci first)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_update_notifier=false

cd "$HERE"
echo "== example app: install (npm ci in examples/react-query)"
npm ci --prefer-offline --no-audit --no-fund --loglevel=error
echo "== example app: type-check, build, msw init"
node "$ROOT/node_modules/typescript/bin/tsc" -p "$HERE"
./node_modules/.bin/vite build
"$ROOT/node_modules/.bin/msw" init dist --no-save >/dev/null
bash "$ROOT/test-package/ensure-chromium.sh" | sed 's/^/      /'
echo "== example app: every screen in Chromium"
node "$HERE/run.mjs" "$HERE/dist" "$ROOT/.tmp/example-app"

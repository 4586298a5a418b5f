#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo
echo "Lejtő will be served at http://127.0.0.1:8080/ once it is built (Ctrl-C stops it)."
echo
exec trunk serve --release

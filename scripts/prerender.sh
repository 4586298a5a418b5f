#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): in a release build, writes the prerendered pages
# (index.html in Hungarian, en/index.html in English, the link-preview images) into the staging
# directory with the native `prerender` binary (src/bin/prerender.rs, src/static_page.rs).
# The app shell Trunk wrote stays as app.html for the offline packer.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?prerender.sh runs as a Trunk hook}"
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/app.html"
cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR"

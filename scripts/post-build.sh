#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml). One hook, steps in order (Trunk starts a stage's hooks
# side by side): in a release build,
# 1. scripts/minify.mjs minifies the stylesheets and the glue and joins the stylesheets;
# 2. the app shell Trunk wrote is kept as app.html (embeds and the offline packer use it);
# 3. the native `prerender` binary (src/bin/prerender.rs, src/static_page.rs) writes the
#    prerendered pages, index.html in Hungarian and en/index.html in English, and the
#    link-preview images.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?post-build.sh runs as a Trunk hook}"
node scripts/minify.mjs
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/app.html"
cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR"

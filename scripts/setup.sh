#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --test, to test) Lejtő. Every step checks
# first and skips itself when the right version is there. Everything comes from the package
# registries (crates.io, npm, Debian); nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# One source of truth: the exact pin in Cargo.toml (Trunk.toml repeats it for Trunk).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
WITH_TEST=0
[ "${1:-}" = "--test" ] && WITH_TEST=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\nsetup: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "cargo is missing. Install Rust with rustup (https://rustup.rs), then run this again."
command -v rustup >/dev/null || fail "rustup is missing; it is needed to add the wasm32 target."
command -v npm >/dev/null || fail "npm is missing. Install Node.js 20 or newer (Debian: apt-get install nodejs npm)."
[ -n "$WASM_BINDGEN_VERSION" ] || fail "could not read the wasm-bindgen pin from Cargo.toml."

# Tools that `cargo install` builds: skip LTO and use many codegen units, or it takes far longer.
quick_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@" \
    || fail "cargo install $* failed (is crates.io reachable?)."
}

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "wasm32 target: adding"
  rustup target add wasm32-unknown-unknown || fail "rustup could not add the wasm32-unknown-unknown target."
fi

if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing from crates.io (about 7 minutes)"
  # Without default features Trunk can never try to download tools itself.
  quick_install trunk --version "=$TRUNK_VERSION" --locked --no-default-features
fi

if wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing from crates.io (about 4 minutes)"
  # No --locked: its lock file names a dependency newer than the registry index here.
  quick_install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# npm tools (binaryen's wasm-opt, playwright-core, axe-core), reinstalled only when the lock changes.
stamp=node_modules/.lejto-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  say "npm tools: present"
else
  say "npm tools: installing from the npm registry"
  npm ci --no-audit --no-fund || fail "npm ci failed (is the npm registry reachable?)."
  echo "$want" > "$stamp"
fi

# The release build draws the link-preview images with this font (src/static_page/preview.rs).
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [ -f "$FONT" ]; then
  say "fonts-dejavu-core: present"
else
  say "fonts-dejavu-core: installing from Debian"
  [ "$(id -u)" = 0 ] || fail "The DejaVu fonts are missing and installing them needs root: run 'sudo apt-get install fonts-dejavu-core', then this again."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core; } \
    || fail "apt-get could not install fonts-dejavu-core."
fi

if [ "$WITH_TEST" = 1 ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver: present"
  else
    say "chromium and chromedriver: installing from Debian"
    [ "$(id -u)" = 0 ] || fail "Chromium is missing and installing it needs root: run 'sudo apt-get install chromium chromium-driver fonts-dejavu-core', then this again."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core; } \
      || fail "apt-get could not install chromium and chromium-driver."
  fi
fi

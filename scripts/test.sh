#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, native model and chart
# tests, wasm-bindgen tests in headless Chromium, and the end-to-end suite against a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets) -D warnings"
cargo clippy --workspace --all-targets -q -- -D warnings

step "native tests (model, charts, app logic)"
cargo test --workspace

step "wasm-bindgen tests in headless Chromium"
# The runner reads its WebDriver capabilities (Chromium's flags) from this file. No -q: it
# breaks the runner's output handling.
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown -p lejto --test web

step "release build for the end-to-end tests"
trunk build --release --dist target/e2e-dist

step "end-to-end tests (playwright-core + Debian Chromium)"
E2E_DIST=target/e2e-dist node --test --test-concurrency=1 tests/e2e/

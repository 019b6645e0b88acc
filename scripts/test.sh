#!/usr/bin/env bash
# Runs every test of retold, installing what a fresh machine lacks:
#   1. cargo fmt --check, clippy -D warnings for the native and the wasm32 targets, and
#      cargo doc with warnings as errors;
#   2. cargo test: unit tests, doctests, fixtures and snapshots, proptest invariants, CLI and
#      hardening tests;
#   3. the wasm binding test (tests/wasm.rs) under node and in headless Chromium;
#   4. the page: node --test over tests/js (render, share links, exports, files) and tests/e2e
#      (playwright-core driving Debian's Chromium), via scripts/test-web.sh.
# The last lines are node's test runner summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "tools"
for component in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
done
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing chromium and chromium-driver"
  SUDO=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi

step "build the page (wasm-bindgen-cli, npm ci, wasm-opt, single file)"
bash scripts/build-web.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32, library)"
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

step "cargo doc (warnings are errors: public docs may not link to private items)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "cargo test"
cargo test

step "wasm test in node"
cargo test --target wasm32-unknown-unknown --test wasm

step "wasm test in headless Chromium"
CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_USE_BROWSER=1 \
  cargo test --target wasm32-unknown-unknown --test wasm

if [ -f ../shared/eval/meter-dev.jsonl ] && [ -f ../shared/eval/score.py ]; then
  step "quality on the METER dev set (information only)"
  cargo build --release --quiet
  python3 ../shared/eval/score.py ../shared/eval/meter-dev.jsonl | tail -n 3 || true
fi

step "page tests (node --test: tests/js and tests/e2e in Chromium)"
RETOLD_SKIP_BUILD=1 bash scripts/test-web.sh

#!/usr/bin/env bash
# Builds the page: wasm (the `page` profile of Cargo.toml) -> wasm-bindgen --target web ->
# wasm-opt -Oz -> dist/ (the files to serve) and dist/retold.html (one self-contained file that
# works from file://). Prints the gzipped size. Installs what it needs on a fresh machine (wasm32
# target, wasm-bindgen-cli, npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_BINDGEN_VERSION=0.2.130
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "build-web: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  echo "build-web: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/.package-lock.json ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "build-web: npm ci"
  npm ci --no-audit --no-fund
fi

echo "build-web: cargo build --lib --profile page --target wasm32-unknown-unknown"
cargo build --lib --profile page --target wasm32-unknown-unknown

rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg --no-typescript \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/page/retold.wasm"
raw_size=$(wc -c < www/pkg/retold_bg.wasm)
# --converge repeats the passes until the module stops shrinking: about 10 s more for 0.5 KB
# less to download, gzipped.
node_modules/.bin/wasm-opt -Oz --converge "${WASM_OPT_FEATURES[@]}" \
  www/pkg/retold_bg.wasm -o www/pkg/retold_bg.opt.wasm
mv www/pkg/retold_bg.opt.wasm www/pkg/retold_bg.wasm
echo "build-web: wasm-opt -Oz --converge: $raw_size -> $(wc -c < www/pkg/retold_bg.wasm) bytes"

node scripts/bundle.mjs

#!/usr/bin/env bash
# The whole benchmark: native (criterion), CLI peak memory, wasm in node, the page in headless
# Chromium, and the peers (text-matcher, a plain word diff) on the same generated inputs.
# Writes everything under bench/out/ and the summary to bench/out/results.md. About 15 minutes on
# 2 cores; `--quick` takes a few minutes (criterion --quick, smaller peer sizes).
#
#   bash bench/run.sh [--quick] [--no-criterion] [--no-wasm] [--no-chromium] [--no-peers] [--build-web]
#
# --build-web rebuilds the page with scripts/build-web.sh first; by default an existing dist/ is
# measured as it is, and it is built only when missing. Installs what it needs on a fresh machine:
# `time` (apt), the Python peers (bench/.venv, pinned in bench/requirements.txt), npm packages
# (npm ci, for playwright-core and wasm-opt), the wasm32 target and wasm-bindgen-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

QUICK=0 CRITERION=1 WASM=1 CHROMIUM=1 PEERS=1 BUILD_WEB=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --no-criterion) CRITERION=0 ;;
    --no-wasm) WASM=0 ;;
    --no-chromium) CHROMIUM=0 ;;
    --no-peers) PEERS=0 ;;
    --build-web) BUILD_WEB=1 ;;
    *) echo "bench: unknown option $arg" >&2; exit 2 ;;
  esac
done

OUT=bench/out
INPUTS=$OUT/inputs
WASM_BINDGEN_VERSION=0.2.130
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
ALL_SIZES=(5k 50k 100k 200k 400k 500k 800k 1m)
step() { printf '\n== bench: %s (%s)\n' "$1" "$(date +%T)"; }

mkdir -p "$OUT"
rm -f "$OUT"/*.jsonl "$OUT"/time-*.txt "$OUT"/stages-*.txt "$OUT"/results.md

step "machine"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src Cargo.toml || echo ' + uncommitted changes in src/')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "rustc: $(rustc --version)"
  echo "node: $(node --version), chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

step "tools"
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
if [ "$PEERS" = 1 ]; then
  if [ ! -x bench/.venv/bin/python ] || [ bench/requirements.txt -nt bench/.venv/.installed ]; then
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install -q -r bench/requirements.txt
    touch bench/.venv/.installed
  fi
fi

step "build (release) and generate inputs"
cargo build --release --bin retold --example generate --example stages
target/release/examples/generate "$INPUTS" | tee "$OUT/inputs.txt"

if [ "$CRITERION" = 1 ]; then
  step "criterion: cargo bench --bench compare"
  if [ "$QUICK" = 1 ]; then
    cargo bench --bench compare -- --quick compare/ 2>&1 | tee "$OUT/criterion.log" | grep -E '^(compare|stages)/|time:'
  else
    cargo bench --bench compare 2>&1 | tee "$OUT/criterion.log" | grep -E '^(compare|stages)/|time:'
  fi
fi

step "stages (examples/stages.rs)"
target/release/examples/stages --size 5k 200 | tee "$OUT/stages-5k.txt"
target/release/examples/stages --size 200k 10 | tee "$OUT/stages-200k.txt"
target/release/examples/stages --size 1m "$([ "$QUICK" = 1 ] && echo 3 || echo 5)" | tee "$OUT/stages-1m.txt"

step "CLI: wall time and peak memory (/usr/bin/time -v, JSON to /dev/null)"
for size in 200k 1m; do
  for run in 1 2 3; do
    /usr/bin/time -v -o "$OUT/time-$size-$run.txt" target/release/retold compare \
      "$INPUTS/$size/source.txt" "$INPUTS/$size/target.txt" --format json > /dev/null
  done
  grep -hE 'Elapsed|Maximum resident' "$OUT"/time-$size-*.txt | sed "s/^/$size: /"
done

if [ "$WASM" = 1 ]; then
  step "wasm in node (wasm-bindgen --target nodejs, wasm-opt -Oz as the page ships)"
  cargo build --lib --profile page --target wasm32-unknown-unknown
  rm -rf "$OUT/node-pkg"
  wasm-bindgen --target nodejs --no-typescript --out-dir "$OUT/node-pkg" \
    target/wasm32-unknown-unknown/page/retold.wasm
  node_modules/.bin/wasm-opt -Oz "${WASM_OPT_FEATURES[@]}" "$OUT/node-pkg/retold_bg.wasm" \
    -o "$OUT/node-pkg/retold_bg.opt.wasm"
  mv "$OUT/node-pkg/retold_bg.opt.wasm" "$OUT/node-pkg/retold_bg.wasm"
  echo '{"type":"commonjs"}' > "$OUT/node-pkg/package.json"
  for size in "${ALL_SIZES[@]}"; do
    node bench/wasm-node.mjs "$OUT/node-pkg" "$INPUTS" "$size" "$([ "$QUICK" = 1 ] && echo 3 || echo 8)" \
      | tee -a "$OUT/wasm-node.jsonl"
  done
fi

if [ "$CHROMIUM" = 1 ]; then
  step "headless Chromium: page load, wasm compare, UI"
  ROOT=dist
  if [ "$BUILD_WEB" = 1 ] || [ ! -f dist/index.html ] || [ ! -f dist/pkg/retold.js ]; then
    bash scripts/build-web.sh || echo "bench: scripts/build-web.sh failed; using the minimal page"
  fi
  if [ ! -f dist/index.html ] || [ ! -f dist/pkg/retold.js ]; then
    ROOT=$OUT/web
    rm -rf "$ROOT" && mkdir -p "$ROOT"
    cp bench/web/index.html "$ROOT/"
    cargo build --lib --profile page --target wasm32-unknown-unknown
    wasm-bindgen --target web --no-typescript --out-dir "$ROOT/pkg" target/wasm32-unknown-unknown/page/retold.wasm
  fi
  echo "page: $ROOT (built $(date -r "$ROOT/pkg/retold_bg.wasm" +%FT%T))"
  if [ "$QUICK" = 1 ]; then
    node bench/chromium.mjs "$ROOT" "$INPUTS" --sizes 5k,200k --ui-sizes 5k --loads 3 --budget 3 | tee "$OUT/chromium.jsonl"
  else
    node bench/chromium.mjs "$ROOT" "$INPUTS" --sizes 5k,200k,1m --ui-sizes 5k,200k,1m --loads 7 --budget 8 | tee "$OUT/chromium.jsonl"
  fi
fi

if [ "$PEERS" = 1 ]; then
  step "peers: text-matcher and a word diff (timeout per size)"
  if [ "$QUICK" = 1 ]; then
    bench/.venv/bin/python bench/peers.py "$INPUTS" 5k 50k 200k --timeout 60 --budget 4 | tee "$OUT/peers.jsonl"
  else
    bench/.venv/bin/python bench/peers.py "$INPUTS" 5k 50k 100k 200k 500k 1m --timeout 90 --budget 10 | tee "$OUT/peers.jsonl"
  fi
fi

step "summary (bench/out/results.md)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
python3 bench/summarize.py "$OUT" target/criterion

#!/usr/bin/env bash
# Fuzz retold::compare for a fixed time, then shrink the corpus.
#
#   scripts/fuzz.sh                  # 60 seconds
#   FUZZ_SECONDS=600 scripts/fuzz.sh # ten minutes
#
# Needs the nightly toolchain (cargo +nightly) and cargo-fuzz, installed here if missing.
# The corpus (fuzz/corpus/compare) and crashes (fuzz/artifacts/compare) are gitignored; a crash
# prints the input file to reproduce with `cargo +nightly fuzz run compare <file>`.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
max_len="${FUZZ_MAX_LEN:-8192}"
corpus=fuzz/corpus/compare

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

# Seed the corpus with the fixture pairs: source, a 0xFF separator, target.
mkdir -p "$corpus"
for dir in tests/fixtures/*/; do
    name="seed-$(basename "$dir")"
    if [ -f "$dir/source.txt" ] && [ ! -f "$corpus/$name" ]; then
        { head -c "$((max_len / 2))" "$dir/source.txt"; printf '\377'; head -c "$((max_len / 2 - 1))" "$dir/target.txt"; } > "$corpus/$name"
    fi
done

# -timeout flags any single input slower than 20 s (a hang or a quadratic blow-up);
# one job only, the machine is shared.
cargo +nightly fuzz run compare "$corpus" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1

# Keep the corpus small: only inputs that add coverage.
cargo +nightly fuzz cmin compare "$corpus" -- -max_len="$max_len" >/dev/null 2>&1 || true
echo "fuzz.sh: corpus has $(ls "$corpus" | wc -l) inputs" >&2

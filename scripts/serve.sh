#!/usr/bin/env bash
# Builds the page (scripts/build-web.sh) and serves dist/ on 127.0.0.1 only.
# PORT=8123 scripts/serve.sh picks another port. Nothing is fetched from anywhere else at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"

bash scripts/build-web.sh

echo
echo "retold is served at:  http://127.0.0.1:${PORT}/"
echo "single-file version:  $(pwd)/dist/retold.html (open it directly, no server needed)"
echo "Press Ctrl+C to stop."
echo
cd dist
exec python3 -m http.server --bind 127.0.0.1 "$PORT"

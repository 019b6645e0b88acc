#!/usr/bin/env bash
# Builds the page, makes sure Chromium is there, then runs the page's tests with node's runner:
#   tests/js/   unit tests of www/*.js in node (tiny DOM shim, no browser)
#   tests/e2e/  playwright-core + Debian's Chromium against dist/ over http (127.0.0.1, free port)
#               and dist/retold.html over file://
# Screenshots and downloaded snapshots go to artifacts/. RETOLD_SKIP_BUILD=1 reuses dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${RETOLD_SKIP_BUILD:-}" ]; then
  bash scripts/build-web.sh
elif [ ! -f node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ -z "${CHROMIUM_PATH:-}" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  echo "test-web: installing chromium and chromium-driver"
  SUDO=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

mkdir -p artifacts
node --test --test-concurrency=1 tests/js/ tests/e2e/

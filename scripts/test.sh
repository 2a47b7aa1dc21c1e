#!/usr/bin/env bash
# npm test: everything that can run on this machine, in one go.
#   build, type-check, lint (ESLint + dependency rules) → unit + integration (vitest) → end-to-end in Chromium (Playwright), the e2e inside an
#   empty network namespace when we are root (so any stray connection fails loudly), then one
#   plain closing line "N passed, N failed, N skipped" summed over both runners.
set -uo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json
status=0

# Build, type-check and lint count as one check each in the closing line.
checks_passed=0; checks_failed=0
if npm run -s build; then checks_passed=$((checks_passed+1)); else echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi
if npm run -s typecheck; then checks_passed=$((checks_passed+1)); else echo "type-check failed"; checks_failed=$((checks_failed+1)); status=1; fi
if npm run -s lint; then checks_passed=$((checks_passed+1)); else echo "lint failed"; checks_failed=$((checks_failed+1)); status=1; fi

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

NS=()
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null && command -v ip >/dev/null; then
  NS=(unshare -n sh -c 'ip link set lo up 2>/dev/null; exec "$@"' netns)
  echo "e2e: running inside an empty network namespace (only loopback exists)"
fi
if [ -x "$CHROMIUM_PATH" ] || command -v "$CHROMIUM_PATH" >/dev/null 2>&1; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json "${NS[@]}" npx playwright test --reporter=list,json || status=1
else
  echo "e2e: Chromium not found at $CHROMIUM_PATH (apt-get install -y chromium); counted as a failure"
  status=1
  echo '{"missing-chromium":true}' > reports/playwright.json
fi

CHECKS_PASSED=$checks_passed CHECKS_FAILED=$checks_failed node scripts/summary.mjs || status=1
exit $status

#!/usr/bin/env bash
# The project's one test command (`npm test`). Runs every check as its own step, keeps going
# after a failure so the summary is complete, and ends with exactly one line:
#   N passed, N failed
# Static steps (typecheck, lint, format, build) count as one check each; unit tests and
# browser tests count per test, read from their JSON reports. Exits non-zero if anything failed.
set -uo pipefail

export NO_COLOR=1
unset FORCE_COLOR # FORCE_COLOR together with NO_COLOR brings colour codes back in some tools

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
export PATH="$ROOT/node_modules/.bin:$PATH"

REPORTS="$ROOT/reports"
mkdir -p "$REPORTS"

passed=0
failed=0
summary=()

# static_step NAME COMMAND...: runs one check that counts as a single pass or fail.
static_step() {
  local name="$1"
  shift
  echo "== $name: $*"
  if "$@"; then
    passed=$((passed + 1))
    summary+=("check $name: ok")
  else
    local status=$?
    failed=$((failed + 1))
    summary+=("check $name: FAILED (exit $status)")
  fi
}

# add_counts NAME EXIT_STATUS "P F": adds per-test counts; a failing run with no failed test counts as one failure.
add_counts() {
  local name="$1" status="$2" p f
  read -r p f <<<"$3"
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
    summary+=("check $name: $p passed, $f failed (exit $status without a failed test)")
  else
    summary+=("check $name: $p passed, $f failed")
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

# (a) types
static_step typecheck tsc --noEmit

# (b) lint
static_step lint eslint .

# (c) formatting
static_step format prettier --check .

# (d) unit, property and architecture tests
VITEST_JSON="$REPORTS/vitest.json"
rm -f "$VITEST_JSON"
echo "== vitest: vitest run"
vitest run --reporter=default --reporter=json --outputFile.json="$VITEST_JSON"
vitest_status=$?
if [ -f "$VITEST_JSON" ]; then
  # A file that crashes on import (or in a hook) is "failed" with no failed test in it: count it once.
  counts="$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const brokenFiles = (r.testResults ?? []).filter(
      (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
    ).length;
    console.log(`${r.numPassedTests ?? 0} ${(r.numFailedTests ?? 0) + brokenFiles}`);
  ' "$VITEST_JSON")" || counts="0 1"
else
  counts="0 1"
fi
add_counts vitest "$vitest_status" "$counts"

# (e) production build
static_step build vite build

# (f) browser tests, only once there are any
if [ -d tests ] && [ -n "$(find tests -name '*.e2e.ts' -print -quit)" ]; then
  PW_JSON="$REPORTS/playwright.json"
  rm -f "$PW_JSON"
  echo "== playwright: playwright test"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$PW_JSON" playwright test --reporter=list,json
  pw_status=$?
  if [ -f "$PW_JSON" ]; then
    # expected = passed; unexpected and flaky = failed; a run-level error (e.g. the server) counts once.
    counts="$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const s = r.stats ?? {};
      const failedTests = (s.unexpected ?? 0) + (s.flaky ?? 0);
      const runErrors = failedTests === 0 && (r.errors ?? []).length > 0 ? 1 : 0;
      console.log(`${s.expected ?? 0} ${failedTests + runErrors}`);
    ' "$PW_JSON")" || counts="0 1"
  else
    # No report: the config threw (no dist/) or the server never started.
    counts="0 1"
  fi
  add_counts playwright "$pw_status" "$counts"
else
  summary+=("check playwright: skipped (no tests/**/*.e2e.ts)")
fi

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

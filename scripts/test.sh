#!/usr/bin/env bash
# The whole test suite: unit and integration tests on this host (XCTest, as
# root), then the pure cgroup v2 tests inside the VM. Ends with one summary
# line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0
passed=0; failed=0

# Adds the counts of the last XCTest summary line in $log, e.g.
# "Executed 25 tests, with 1 test skipped and 0 failures (0 unexpected)".
count() {
  local line total fails skipped
  line=$(grep -aE "Executed [0-9]+ tests?, with" "$log" | tail -1)
  if [[ -z $line ]]; then echo "no XCTest summary found ($1)"; failed=$((failed + 1)); return; fi
  total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$line")
  fails=$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<<"$line")
  skipped=0
  [[ $line == *skipped* ]] && skipped=$(sed -E 's/.*with ([0-9]+) tests? skipped.*/\1/' <<<"$line")
  passed=$((passed + total - fails - skipped)); failed=$((failed + fails))
}

swift test --skip-build 2>&1 | tee "$log" || status=1
count host

if [[ "${SWUNC_SKIP_VM:-0}" != 1 ]]; then
  bash conformance/cgroup2-vm.sh 2>&1 | tee "$log" || status=1
  count cgroup2-vm
fi
rm -f "$log"
((failed == 0)) || status=1
echo "tests: $passed passed, $failed failed"
exit $status

#!/usr/bin/env bash
# The whole test suite: unit and integration tests on this host (XCTest, as
# root), then the pure cgroup v2 tests inside the VM. Ends with one summary
# line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0
swift test --skip-build 2>&1 | tee "$log" || status=1
passed=0; failed=0
read -r total fails < <(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1 |
  sed -E 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/')
passed=$((passed + ${total:-0} - ${fails:-0})); failed=$((failed + ${fails:-0}))
[[ -n ${total:-} ]] || { echo "no XCTest summary found"; failed=$((failed + 1)); }

if [[ "${SWUNC_SKIP_VM:-0}" != 1 ]]; then
  bash conformance/cgroup2-vm.sh 2>&1 | tee "$log" || status=1
  read -r total fails < <(grep -E "Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1 |
    sed -E 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/')
  if [[ -n ${total:-} ]]; then passed=$((passed + total - fails)); failed=$((failed + fails)); else failed=$((failed + 1)); fi
fi
rm -f "$log"
((failed == 0)) || status=1
echo "tests: $passed passed, $failed failed"
exit $status

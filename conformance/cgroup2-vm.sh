#!/usr/bin/env bash
# Runs the cgroup tests that need a pure cgroup v2 host inside the throwaway
# VM of shared/tools/run-in-cgroup2-vm.sh (built on the host first; the VM
# shares the working directory). Prints the XCTest summary from the guest.
#
#   bash conformance/cgroup2-vm.sh ['FILTER']
#
# FILTER is one XCTest filter argument; several suites or tests are joined
# with commas as Module.Class[/test] names, e.g.
# 'CgroupsTests.LiveTests,IntegrationTests.CgroupCommandTests' (a bare module
# name such as CgroupsTests matches nothing in swift-corelibs-xctest).
# The integration tests run the swunc binary next to the test bundle (or
# $SWUNC_BIN) with the busybox rootfs of .build/test-rootfs, which the host
# test run creates (the guest sees the repository through a 9p share).
# SWUNC_TEST_BIN overrides the test bundle (e.g. a --scratch-path build).
set -euo pipefail
cd "$(dirname "$0")/.."
vm=../shared/tools/run-in-cgroup2-vm.sh
if [[ ! -x $vm ]]; then
  echo "cgroup2-vm: $vm not found; pure cgroup v2 tests NOT run (this is a failure in CI)" >&2
  [[ "${CI:-}" == true ]] && exit 1 || exit 0
fi
bin=${SWUNC_TEST_BIN:-.build/debug/swuncPackageTests.xctest}
[[ -x $bin ]] || { echo "cgroup2-vm: build the tests first (swift build --build-tests)" >&2; exit 1; }
[[ -x .build/test-rootfs/bin/busybox ]] || { echo "cgroup2-vm: .build/test-rootfs is missing; run the host integration tests once first" >&2; exit 1; }
filter=${1:-CgroupsTests.LiveTests,CgroupsTests.ParsingTests,IntegrationTests.CgroupCommandTests}
echo "== pure cgroup v2 (VM): $filter"
CG2VM_TIMEOUT=${CG2VM_TIMEOUT:-1500} "$vm" "SWUNC_IN_CG2VM=1 $bin $filter"

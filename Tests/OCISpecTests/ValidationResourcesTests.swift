import XCTest
@testable import OCISpec

/// `linux.resources.*` checks.
final class ValidationResourcesTests: ValidationTestCase {
    private func with(_ change: (inout LinuxResources) -> Void) -> Spec {
        withLinux {
            var r = $0.resources ?? LinuxResources()
            change(&r)
            $0.resources = r
        }
    }

    func testSwapBelowLimit() {
        let spec = with { $0.memory = LinuxMemory(limit: 200, swap: 100) }
        assertOnlyError(spec, "linux.resources.memory.swap: must be >= limit (swap 100 < limit 200)")
        XCTAssertEqual(errors(with { $0.memory = LinuxMemory(limit: 200, swap: -1) }), [])
    }

    func testReservationAboveLimit() {
        let spec = with { $0.memory = LinuxMemory(limit: 200, reservation: 300) }
        assertOnlyError(spec, "linux.resources.memory.reservation: must be <= limit (reservation 300 > limit 200)")
    }

    func testCPUListSyntax() {
        XCTAssertEqual(errors(with { $0.cpu = LinuxCPU(cpus: "0-2,4", mems: "0") }), [])
        assertOnlyError(with { $0.cpu = LinuxCPU(cpus: "0-") },
                        #"linux.resources.cpu.cpus: invalid list "0-" (expected e.g. "0-2,4")"#)
        assertOnlyError(with { $0.cpu = LinuxCPU(mems: "3-1") },
                        #"linux.resources.cpu.mems: invalid list "3-1" (expected e.g. "0-2,4")"#)
        assertOnlyError(with { $0.cpu = LinuxCPU(cpus: "a") },
                        #"linux.resources.cpu.cpus: invalid list "a" (expected e.g. "0-2,4")"#)
    }

    func testCPUShares() {
        assertOnlyError(with { $0.cpu = LinuxCPU(shares: 1) }, "linux.resources.cpu.shares: must be 0 (unset) or >= 2, got 1")
        XCTAssertEqual(errors(with { $0.cpu = LinuxCPU(shares: 0) }), [])
        XCTAssertEqual(errors(with { $0.cpu = LinuxCPU(shares: 2) }), [])
    }

    func testPidsLimit() {
        assertOnlyError(with { $0.pids = LinuxPids(limit: -5) }, "linux.resources.pids.limit: must be -1 (unlimited) or >= 0, got -5")
        XCTAssertEqual(errors(with { $0.pids = LinuxPids(limit: -1) }), [])
        XCTAssertEqual(errors(with { $0.pids = LinuxPids(limit: 100) }), [])
    }

    func testDeviceRuleType() {
        let spec = with { $0.devices?.append(LinuxDeviceCgroup(allow: true, type: "u", access: "r")) }
        assertOnlyError(spec, #"linux.resources.devices[1].type: must be one of a, c, b, got "u""#)
    }

    func testDeviceRuleAccess() {
        let spec = with { $0.devices = [LinuxDeviceCgroup(allow: true, type: "c", major: 1, minor: 3, access: "rwx")] }
        assertOnlyError(spec, #"linux.resources.devices[0].access: must contain only r, w, m, got "rwx""#)
    }

    func testBlockIOWeight() {
        assertOnlyError(with { $0.blockIO = LinuxBlockIO(weight: 5) }, "linux.resources.blockIO.weight: must be in 10...1000, got 5")
        assertOnlyError(with { $0.blockIO = LinuxBlockIO(weightDevice: [LinuxWeightDevice(major: 8, minor: 0, weight: 2000)]) },
                        "linux.resources.blockIO.weightDevice[0].weight: must be in 10...1000, got 2000")
        XCTAssertEqual(errors(with { $0.blockIO = LinuxBlockIO(weight: 1000, leafWeight: 10) }), [])
    }
}

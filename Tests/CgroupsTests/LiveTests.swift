import Glibc
import XCTest
@testable import Cgroups

/// Real cgroup tests; run unchanged on the hybrid host and in the pure
/// cgroup v2 VM. Each test skips when it is not root or lacks a layout.
final class LiveTests: LiveCgroupTestCase {
    func testLifecycle() throws {
        try manager.create()
        for d in fs.allDirs { XCTAssertTrue(FileIO.exists(d), d) }
        let child = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(child.pid)
        XCTAssertTrue(try manager.pids().contains(child.pid))
        if mounts.layout == .hybrid, let u = fs.unifiedDir {
            XCTAssertTrue(try read(u + "/cgroup.procs").split(separator: "\n").contains(Substring(String(child.pid))),
                          "hybrid must join the unified hierarchy too")
        }

        try manager.apply(CgroupResources(
            memory: .init(limit: 64 << 20),
            cpu: .init(quota: 50_000, period: 100_000),
            pids: .init(limit: 100)))
        let v2 = mounts.layout == .v2
        XCTAssertEqual(try read(dir("memory") + (v2 ? "/memory.max" : "/memory.limit_in_bytes")), String(64 << 20))
        XCTAssertEqual(try read(dir("pids") + "/pids.max"), "100")
        if v2 {
            XCTAssertEqual(try read(dir("cpu") + "/cpu.max"), "50000 100000")
        } else {
            XCTAssertEqual(try read(dir("cpu") + "/cpu.cfs_quota_us"), "50000")
            XCTAssertEqual(try read(dir("cpu") + "/cpu.cfs_period_us"), "100000")
        }
        // Only the period: the quota must be kept.
        try manager.apply(CgroupResources(cpu: .init(period: 200_000)))
        XCTAssertEqual(try read(dir("cpu") + (v2 ? "/cpu.max" : "/cpu.cfs_quota_us")), v2 ? "50000 200000" : "50000")
        // pids.limit 0 = unlimited; memory -1 = unlimited.
        try manager.apply(CgroupResources(memory: .init(limit: -1), pids: .init(limit: 0)))
        XCTAssertEqual(try read(dir("pids") + "/pids.max"), "max")
        if v2 { XCTAssertEqual(try read(dir("memory") + "/memory.max"), "max") }

        try manager.freeze()
        XCTAssertTrue(try manager.isFrozen())
        if let f = fs.v1Dir("freezer") {
            XCTAssertEqual(try read(f + "/freezer.state"), "FROZEN")
        } else {
            XCTAssertEqual(try read(fs.unifiedDir! + "/cgroup.freeze"), "1")
            XCTAssertTrue(try read(fs.unifiedDir! + "/cgroup.events").contains("frozen 1"))
        }
        try manager.thaw()
        XCTAssertFalse(try manager.isFrozen())
        if let f = fs.v1Dir("freezer") { XCTAssertEqual(try read(f + "/freezer.state"), "THAWED") }

        let st = try manager.stats()
        XCTAssertGreaterThanOrEqual(st.pids.current, 1)
        XCTAssertGreaterThan(st.memory.usage.usage, 0)

        // killAll on a frozen cgroup must still kill (thaw after signalling).
        try manager.freeze()
        try manager.killAll(signal: SIGKILL)
        let status = reap(child)
        XCTAssertNotNil(status, "child survived killAll")
        if let s = status { XCTAssertEqual(wasSignaled(s), SIGKILL) }
        XCTAssertFalse(try manager.isFrozen())

        try manager.destroy()
        for d in fs.allDirs { XCTAssertFalse(FileIO.exists(d), "\(d) still exists") }
        XCTAssertEqual(try manager.pids(), [])
        try manager.destroy()  // idempotent
    }

    func testDestroyKillsStragglersAndSubcgroups() throws {
        try manager.create()
        let child = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(child.pid)
        // A nested cgroup (as a container with cgroupns might create).
        for d in fs.allDirs { try FileIO.mkdirAll(d + "/nested") }
        try manager.freeze()
        try manager.destroy()
        let status = reap(child)
        if let s = status { XCTAssertEqual(wasSignaled(s), SIGKILL) } else { XCTFail("child survived destroy") }
        for d in fs.allDirs { XCTAssertFalse(FileIO.exists(d), "\(d) still exists") }
    }

    func testOOMKill() throws {
        try manager.create()
        let limit: Int64 = 10 << 20
        // Swap equal to the limit: no swap, so the allocation cannot escape to it.
        var mem = CgroupResources.Memory(limit: limit)
        let swapFile = mounts.layout == .v2 ? "/memory.swap.max" : "/memory.memsw.limit_in_bytes"
        if FileIO.exists(dir("memory") + swapFile) { mem.swap = limit }
        try manager.apply(CgroupResources(memory: mem))
        XCTAssertEqual(try manager.oomKillCount(), 0)
        let child = try spawn(["/bin/sh", "-c", "read _; x=$(head -c 50000000 /dev/zero | tr \"\\0\" a); sleep 1"])
        try manager.addProcess(child.pid)
        child.release()
        guard let st = reap(child, timeoutMillis: 60_000) else { return XCTFail("allocating child was not killed in time") }
        XCTAssertEqual(wasSignaled(st), SIGKILL, "status \(st)")
        XCTAssertGreaterThanOrEqual(try manager.oomKillCount(), 1)
    }

    /// Runs `echo x > /dev/null` inside the cgroup under `rules`; returns the exit status.
    private func runEchoDevNull(_ rules: [CgroupResources.DeviceRule]) throws -> Int32? {
        try manager.apply(CgroupResources(devices: rules))
        let child = try spawn(["/bin/sh", "-c", "read _; echo x > /dev/null"])
        try manager.addProcess(child.pid)
        child.release()
        return reap(child, timeoutMillis: 20_000)
    }

    func testDeviceRulesDenyDevNull() throws {
        try manager.create()
        let st = try runEchoDevNull([
            .init(allow: true),
            .init(allow: false, type: "c", major: 1, minor: 3, access: "rwm"),
        ])
        XCTAssertNotNil(st)
        XCTAssertNotEqual(exitCode(st ?? 0), 0, "opening /dev/null must be refused")
    }

    func testDeviceRulesAllowDevNull() throws {
        try manager.create()
        let st = try runEchoDevNull([
            .init(allow: false),
            .init(allow: true, type: "c", major: 1, minor: 3, access: "rw"),
        ])
        XCTAssertEqual(exitCode(st ?? -1), 0, "opening /dev/null must be allowed")
        // Re-applying replaces the filter: now deny it again.
        let st2 = try runEchoDevNull([.init(allow: false)])
        XCTAssertNotEqual(exitCode(st2 ?? 0), 0)
    }

    func testCpusetInheritedAndApplied() throws {
        try manager.create()
        let d = dir("cpuset")
        guard FileIO.exists(d + "/cpuset.cpus") else { throw XCTSkip("cpuset files not available here") }
        let parentCpus = try read(FileIO.parent(d) + (mounts.layout == .v2 ? "/cpuset.cpus.effective" : "/cpuset.cpus"))
        if mounts.layout != .v2 {
            XCTAssertEqual(try read(d + "/cpuset.cpus"), parentCpus, "v1 cpuset must inherit cpus")
            XCTAssertFalse(try read(d + "/cpuset.mems").isEmpty)
        }
        let first = CPUList.parse(parentCpus)?.first ?? 0
        try manager.apply(CgroupResources(cpu: .init(cpus: "\(first)", mems: "0")))
        XCTAssertEqual(try read(d + "/cpuset.cpus"), "\(first)")
        let child = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(child.pid)  // ENOSPC if cpus/mems were empty on v1
        XCTAssertThrowsError(try manager.apply(CgroupResources(cpu: .init(cpus: "1-0")))) { e in
            XCTAssertTrue("\(e)".contains("linux.resources.cpu.cpus"), "\(e)")
        }
    }

    func testUnsupportedFieldsNameTheOCIField() throws {
        try manager.create()
        func expect(_ r: CgroupResources, _ field: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertThrowsError(try manager.apply(r), file: file, line: line) { e in
                XCTAssertTrue("\(e)".hasPrefix(field), "\(e)", file: file, line: line)
            }
        }
        let blk = dir("blkio")
        if mounts.layout != .v2, !FileIO.exists(blk + "/blkio.weight"), !FileIO.exists(blk + "/blkio.bfq.weight") {
            expect(CgroupResources(blockIO: .init(weight: 500)), "linux.resources.blockIO.weight: this host has no blkio.weight")
        }
        if mounts.layout == .v2 {
            expect(CgroupResources(cpu: .init(realtimeRuntime: 1000, realtimePeriod: 100_000)), "linux.resources.cpu.realtime")
            expect(CgroupResources(memory: .init(swappiness: 10)), "linux.resources.memory.swappiness")
            expect(CgroupResources(network: .init(classID: 7)), "linux.resources.network.classID")
        }
        if mounts.unified == nil {
            expect(CgroupResources(unified: ["memory.max": "1"]), "linux.resources.unified")
        }
        expect(CgroupResources(unified: ["../x.y": "1"]), "linux.resources.unified.../x.y")
        expect(CgroupResources(pids: .init(limit: -5), unified: ["nonexistent.file": "1"]), "linux.resources.unified.nonexistent.file")
        expect(CgroupResources(memory: .init(limit: 100 << 20, swap: 50 << 20)), "linux.resources.memory.swap")
    }

    func testMemoryAndSwapOrdering() throws {
        try manager.create()
        let d = dir("memory")
        let v2 = mounts.layout == .v2
        let swapFile = v2 ? "/memory.swap.max" : "/memory.memsw.limit_in_bytes"
        guard FileIO.exists(d + swapFile) else { throw XCTSkip("no swap accounting on this host") }
        // Raise, lower below the previous limit, raise again: every step must
        // keep memsw >= limit on v1.
        let mb: Int64 = 1 << 20
        let steps: [(Int64, Int64)] = [(64 * mb, 128 * mb), (16 * mb, 32 * mb), (256 * mb, 256 * mb), (8 * mb, -1)]
        for (l, s) in steps {
            try manager.apply(CgroupResources(memory: .init(limit: l, swap: s)))
            if v2 {
                XCTAssertEqual(try read(d + "/memory.max"), String(l))
                XCTAssertEqual(try read(d + "/memory.swap.max"), s == -1 ? "max" : String(s - l))
            } else {
                XCTAssertEqual(try read(d + "/memory.limit_in_bytes"), String(l))
                if s != -1 { XCTAssertEqual(try read(d + "/memory.memsw.limit_in_bytes"), String(s)) }
            }
        }
        try manager.apply(CgroupResources(memory: .init(reservation: 4 << 20)))
        XCTAssertEqual(try read(d + (v2 ? "/memory.low" : "/memory.soft_limit_in_bytes")), String(4 << 20))
    }

    func testCPUSharesAndUnified() throws {
        try manager.create()
        try manager.apply(CgroupResources(cpu: .init(shares: 1024)))
        if mounts.layout == .v2 {
            XCTAssertEqual(try read(dir("cpu") + "/cpu.weight"), "39")
            try manager.apply(CgroupResources(unified: ["cpu.weight": "77", "pids.max": "33"]))
            XCTAssertEqual(try read(dir("cpu") + "/cpu.weight"), "77")
            XCTAssertEqual(try read(dir("pids") + "/pids.max"), "33")
        } else {
            XCTAssertEqual(try read(dir("cpu") + "/cpu.shares"), "1024")
        }
    }

    func testHybridHugetlbGoesToUnified() throws {
        guard mounts.layout == .hybrid else { throw XCTSkip("hybrid layout only") }
        guard mounts.hierarchy(for: "hugetlb") == nil, fs.v2OnlyControllers.contains("hugetlb") else {
            throw XCTSkip("hugetlb is not a v2-only controller here")
        }
        try manager.create()
        let sizes = FsCgroupManager.hugePageSizes()
        guard sizes.contains("2MB") else { throw XCTSkip("no 2MB huge pages") }
        // The kernel rounds limits down to whole pages.
        try manager.apply(CgroupResources(hugepageLimits: [.init(pageSize: "2MB", limit: 4 << 20)]))
        XCTAssertEqual(try read(fs.unifiedDir! + "/hugetlb.2MB.max"), String(4 << 20))
        let st = try manager.stats()
        XCTAssertNotNil(st.hugetlb["2MB"])
    }

    func testStatsAndRecursivePids() throws {
        try manager.create()
        let burner = try spawn(["/bin/sh", "-c", "read _; i=0; while [ $i -lt 30000 ]; do i=$((i+1)); done"])
        try manager.addProcess(burner.pid)
        burner.release()
        XCTAssertEqual(exitCode(reap(burner) ?? -1), 0)
        try manager.apply(CgroupResources(pids: .init(limit: 50)))
        let st = try manager.stats()
        XCTAssertGreaterThan(st.cpu.usage.total, 0)
        XCTAssertEqual(st.pids.limit, 50)
        XCTAssertFalse(st.memory.raw.isEmpty)
        if mounts.layout == .v1 || mounts.layout == .hybrid { XCTAssertFalse(st.cpu.usage.percpu.isEmpty) }

        // pids() is recursive: a process in a sub-cgroup is listed too.
        let sleeper = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(sleeper.pid)
        let primary = fs.primaryDir!
        try FileIO.mkdirAll(primary + "/sub")
        try FileIO.write(primary + "/sub/cgroup.procs", String(sleeper.pid))
        XCTAssertEqual(try manager.pids(), [sleeper.pid])
        try manager.destroy()
        if let s = reap(sleeper) { XCTAssertEqual(wasSignaled(s), SIGKILL) } else { XCTFail("sleeper survived") }
        XCTAssertFalse(FileIO.exists(primary))
    }

    func testDestroyOfNeverCreatedCgroup() throws {
        try manager.destroy()
    }
}

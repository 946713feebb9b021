import XCTest
@testable import Cgroups

final class ParsingTests: XCTestCase {
    func testMountinfoV1() {
        let m = CgroupMounts.parse(mountinfo: Fixtures.mountinfoV1)
        XCTAssertEqual(m.layout, .v1)
        XCTAssertNil(m.unified)
        XCTAssertEqual(m.v1["cpu"], "/sys/fs/cgroup/cpu,cpuacct")
        XCTAssertEqual(m.v1["cpuacct"], "/sys/fs/cgroup/cpu,cpuacct")
        XCTAssertEqual(m.v1["net_prio"], "/sys/fs/cgroup/net_cls,net_prio")
        XCTAssertEqual(m.v1["name=systemd"], "/sys/fs/cgroup/systemd")
        XCTAssertEqual(m.v1["memory"], "/sys/fs/cgroup/memory", "the later bind mount must not win")
        XCTAssertEqual(m.hierarchy(for: "cpu")?.controllers, ["cpu", "cpuacct"])
        XCTAssertEqual(m.hierarchies.count, 11)
        XCTAssertFalse(m.v1.keys.contains("xattr"))
        XCTAssertFalse(m.v1.keys.contains { $0.hasPrefix("release_agent") })
    }

    func testMountinfoV2() {
        let m = CgroupMounts.parse(mountinfo: Fixtures.mountinfoV2)
        XCTAssertEqual(m.layout, .v2)
        XCTAssertEqual(m.unified, "/sys/fs/cgroup")
        XCTAssertTrue(m.hierarchies.isEmpty)
    }

    func testMountinfoHybrid() {
        let m = CgroupMounts.parse(mountinfo: Fixtures.mountinfoHybrid)
        XCTAssertEqual(m.layout, .hybrid)
        XCTAssertEqual(m.unified, "/sys/fs/cgroup/unified")
        XCTAssertEqual(m.v1["cpu"], "/sys/fs/cgroup/cpu")
        XCTAssertEqual(m.v1["cpuacct"], "/sys/fs/cgroup/cpuacct")
        XCTAssertEqual(m.hierarchies.count, 9)
        XCTAssertNil(m.v1["hugetlb"])
    }

    func testMountinfoEscapes() {
        XCTAssertEqual(CgroupMounts.unescape("/a\\040b\\134c"), "/a b\\c")
        XCTAssertEqual(CgroupMounts.unescape("/plain"), "/plain")
        XCTAssertEqual(CgroupMounts.unescape("/trail\\04"), "/trail\\04")
    }

    func testProcCgroup() {
        let v1 = ProcCgroup.parse(Fixtures.procCgroupV1)
        XCTAssertNil(v1.unified)
        XCTAssertEqual(v1.v1["cpuacct"], "/system.slice/containerd.service")
        XCTAssertEqual(v1.v1["net_prio"], "/")
        XCTAssertEqual(v1.v1["name=systemd"], "/system.slice/containerd.service")
        let v2 = ProcCgroup.parse(Fixtures.procCgroupV2)
        XCTAssertEqual(v2.unified, "/user.slice/user-0.slice/session-3.scope")
        XCTAssertTrue(v2.v1.isEmpty)
        let h = ProcCgroup.parse(Fixtures.procCgroupHybrid)
        XCTAssertEqual(h.unified, "/")
        XCTAssertEqual(h.v1["memory"], "/process_api/fdb8c40bc08d6e2a8f247af1eca328ec")
        XCTAssertEqual(h.v1["pids"], "/")
        XCTAssertEqual(ProcCgroup.parse("0::/a:b\n").unified, "/a:b")
    }

    func testPathResolution() {
        XCTAssertEqual(CgroupPath.resolve("/swunc/abc", default: "/x", own: "/sys.slice"), "/swunc/abc")
        XCTAssertEqual(CgroupPath.resolve("swunc/abc", default: "/x", own: "/sys.slice"), "/sys.slice/swunc/abc")
        XCTAssertEqual(CgroupPath.resolve(nil, default: "/swunc/id", own: "/a"), "/swunc/id")
        XCTAssertEqual(CgroupPath.resolve("", default: "rel", own: "/"), "/rel")
        XCTAssertEqual(CgroupPath.directory(mountPoint: "/sys/fs/cgroup", mountRoot: "/", cgroup: "/a/b"), "/sys/fs/cgroup/a/b")
        XCTAssertEqual(CgroupPath.directory(mountPoint: "/sys/fs/cgroup", mountRoot: "/kube/ctr", cgroup: "/kube/ctr/x"), "/sys/fs/cgroup/x")
        XCTAssertEqual(CgroupPath.directory(mountPoint: "/sys/fs/cgroup", mountRoot: "/kube/ctr", cgroup: "/y"), "/sys/fs/cgroup/y")
    }

    func testManagerDirectoriesPerHierarchy() {
        let mounts = CgroupMounts.parse(mountinfo: Fixtures.mountinfoHybrid)
        let own = ProcCgroup.parse(Fixtures.procCgroupHybrid)
        let rel = makeCgroupManager(cgroupsPath: "swunc/c1", defaultPath: "/swunc/x", mounts: mounts, own: own) as! FsCgroupManager
        XCTAssertEqual(rel.v1Dir("memory"), "/sys/fs/cgroup/memory/process_api/fdb8c40bc08d6e2a8f247af1eca328ec/swunc/c1")
        XCTAssertEqual(rel.v1Dir("cpu"), "/sys/fs/cgroup/cpu/swunc/c1")
        XCTAssertEqual(rel.unifiedDir, "/sys/fs/cgroup/unified/swunc/c1")
        XCTAssertEqual(rel.layout, .hybrid)
        let abs = makeCgroupManager(path: "/swunc/c2", mounts: mounts) as! FsCgroupManager
        XCTAssertEqual(abs.v1Dir("memory"), "/sys/fs/cgroup/memory/swunc/c2")
        XCTAssertEqual(abs.v1Dir("name=systemd"), "/sys/fs/cgroup/systemd/swunc/c2")
        XCTAssertEqual(abs.allDirs.count, 10)
        let v1 = makeCgroupManager(path: "/swunc/c3", mounts: CgroupMounts.parse(mountinfo: Fixtures.mountinfoV1)) as! FsCgroupManager
        XCTAssertEqual(v1.v1Dir("cpuacct"), "/sys/fs/cgroup/cpu,cpuacct/swunc/c3")
        XCTAssertNil(v1.unifiedDir)
        let nested = makeCgroupManager(cgroupsPath: nil, defaultPath: "/kubepods/pod1/ctr/sub", mounts: CgroupMounts.parse(mountinfo: Fixtures.mountinfoV2Nested),
                                       own: ProcCgroup.parse("0::/kubepods/pod1/ctr\n")) as! FsCgroupManager
        XCTAssertEqual(nested.unifiedDir, "/sys/fs/cgroup/sub")
    }

    func testCPUList() {
        XCTAssertEqual(CPUList.parse("0-3,7,9-10"), [0, 1, 2, 3, 7, 9, 10])
        XCTAssertEqual(CPUList.parse("1\n"), [1])
        XCTAssertEqual(CPUList.parse(""), [])
        XCTAssertEqual(CPUList.parse("3,1,1-2"), [1, 2, 3])
        XCTAssertNil(CPUList.parse("3-1"))
        XCTAssertNil(CPUList.parse("a"))
        XCTAssertNil(CPUList.parse("1-"))
        XCTAssertEqual(CPUList.format([0, 1, 2, 5, 7, 8]), "0-2,5,7-8")
        XCTAssertEqual(CPUList.format([]), "")
    }

    func testV2Conversions() throws {
        XCTAssertEqual(V2Conversions.cpuWeight(fromShares: 1024), 39)
        XCTAssertEqual(V2Conversions.cpuWeight(fromShares: 2), 1)
        XCTAssertEqual(V2Conversions.cpuWeight(fromShares: 262_144), 10_000)
        XCTAssertEqual(V2Conversions.cpuWeight(fromShares: 0), 0)
        XCTAssertEqual(V2Conversions.ioWeight(fromBlkioWeight: 10), 1)
        XCTAssertEqual(V2Conversions.ioWeight(fromBlkioWeight: 500), 4950)
        XCTAssertEqual(V2Conversions.ioWeight(fromBlkioWeight: 1000), 10_000)
        XCTAssertEqual(V2Conversions.cpuMax(quota: 50_000, period: 100_000), "50000 100000")
        XCTAssertEqual(V2Conversions.cpuMax(quota: -1, period: 250_000), "max 250000")
        XCTAssertEqual(V2Conversions.cpuMax(quota: 20_000, period: nil), "20000 100000")
        XCTAssertEqual(try V2Conversions.swapMax(memorySwap: 300, memory: 100), 200)
        XCTAssertEqual(try V2Conversions.swapMax(memorySwap: -1, memory: 100), -1)
        XCTAssertEqual(try V2Conversions.swapMax(memorySwap: 0, memory: -1), -1)
        XCTAssertNil(try V2Conversions.swapMax(memorySwap: 0, memory: 100))
        XCTAssertThrowsError(try V2Conversions.swapMax(memorySwap: 50, memory: 100))
        XCTAssertThrowsError(try V2Conversions.swapMax(memorySwap: 50, memory: 0)) { e in
            XCTAssertTrue("\(e)".contains("linux.resources.memory.swap"))
        }
        XCTAssertEqual(V2Conversions.limitString(-1), "max")
        XCTAssertEqual(V2Conversions.limitString(4096), "4096")
        XCTAssertEqual(V2Conversions.pidsMax(0), "max")
        XCTAssertEqual(V2Conversions.pidsMax(64), "64")
    }

    func testKeyValue() {
        let kv = KeyValue.parse("oom_kill_disable 0\nunder_oom 0\noom_kill 3\n")
        XCTAssertEqual(kv["oom_kill"], 3)
        let n = KeyValue.nested("8:0 rbytes=1 wbytes=2 rios=3 wios=4 dbytes=0 dios=0")
        XCTAssertEqual(n?.key, "8:0")
        XCTAssertEqual(n?.fields["wbytes"], 2)
        XCTAssertEqual(FsCgroupManager.pageSizeName(kb: 2048), "2MB")
        XCTAssertEqual(FsCgroupManager.pageSizeName(kb: 1_048_576), "1GB")
        XCTAssertEqual(FsCgroupManager.pageSizeName(kb: 64), "64KB")
    }

    func testDeviceV1Lines() {
        typealias R = CgroupResources.DeviceRule
        XCTAssertEqual(DeviceFilter.v1Lines(R(allow: true, type: "c", major: 1, minor: 3, access: "rwm")), ["c 1:3 rwm"])
        XCTAssertEqual(DeviceFilter.v1Lines(R(allow: false)), ["a"])
        XCTAssertEqual(DeviceFilter.v1Lines(R(allow: true, type: "c", major: 136, minor: -1, access: "rw")), ["c 136:* rw"])
        XCTAssertEqual(DeviceFilter.v1Lines(R(allow: true, type: "a", major: 5, access: "mr")), ["c 5:* rm", "b 5:* rm"])
    }

    func testDeviceFilterProgram() {
        typealias R = CgroupResources.DeviceRule
        // deny all, then allow c 1:3 rw: prologue(6) + rule c 1:3 rw (type 1 + access 3 + major 1 + minor 1 + 2) + deny-all rule (2)
        let p = DeviceFilter.program(for: [R(allow: false), R(allow: true, type: "c", major: 1, minor: 3, access: "rw")])
        XCTAssertEqual(p.count, 6 + 8 + 2)
        XCTAssertEqual(p[6], DeviceFilter.Insn(0x55, dst: 2, off: 7, imm: 2), "type check jumps past the block")
        XCTAssertEqual(p[8].imm, 6, "rw mask")
        XCTAssertEqual(p[9].code, 0x5d)
        XCTAssertEqual(p[9].off, 4)
        XCTAssertEqual(p[12], DeviceFilter.Insn(0xb7, dst: 0, imm: 1))
        XCTAssertEqual(p[13].code, 0x95)
        XCTAssertEqual(p[14], DeviceFilter.Insn(0xb7, dst: 0, imm: 0), "catch-all deny ends the program")
        XCTAssertEqual(p.last?.code, 0x95)
        // No rules: default deny.
        let empty = DeviceFilter.program(for: [])
        XCTAssertEqual(empty.count, 8)
        XCTAssertEqual(empty[6].imm, 0)
        // A later catch-all makes earlier rules unreachable, so they are dropped.
        let all = DeviceFilter.program(for: [R(allow: false, type: "c", major: 1, minor: 3), R(allow: true)])
        XCTAssertEqual(all.count, 8)
        XCTAssertEqual(all[6].imm, 1)
        let bytes = DeviceFilter.encode([DeviceFilter.Insn(0x61, dst: 4, src: 1, off: 4)])
        XCTAssertEqual(bytes, [0x61, 0x14, 4, 0, 0, 0, 0, 0])
    }

    func testErrorNamesField() {
        let e = CgroupError.sys("/sys/fs/cgroup/x/memory.max", "write", 22).field("linux.resources.memory.limit")
        XCTAssertTrue(e.description.hasPrefix("linux.resources.memory.limit: /sys/fs/cgroup/x/memory.max"))
        XCTAssertTrue(e.description.contains("Invalid argument"))
    }
}

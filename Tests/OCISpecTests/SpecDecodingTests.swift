import Foundation
import XCTest
@testable import OCISpec

/// Decoding the runtime-spec's full Linux example config (config.md) into the model.
final class SpecDecodingTests: XCTestCase {
    static let exampleConfig = #"""
    {
        "ociVersion": "1.2.0",
        "process": {
            "terminal": true,
            "consoleSize": { "height": 25, "width": 80 },
            "user": { "uid": 1, "gid": 1, "umask": 63, "additionalGids": [5, 6] },
            "args": ["sh"],
            "env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"],
            "cwd": "/",
            "capabilities": {
                "bounding": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
                "permitted": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
                "inheritable": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
                "effective": ["CAP_AUDIT_WRITE", "CAP_KILL"],
                "ambient": ["CAP_NET_BIND_SERVICE"]
            },
            "rlimits": [
                { "type": "RLIMIT_CORE", "hard": 1024, "soft": 1024 },
                { "type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024 }
            ],
            "apparmorProfile": "acme_secure_profile",
            "oomScoreAdj": 100,
            "selinuxLabel": "system_u:system_r:svirt_lxc_net_t:s0:c124,c675",
            "ioPriority": { "class": "IOPRIO_CLASS_IDLE", "priority": 4 },
            "scheduler": { "policy": "SCHED_DEADLINE", "nice": 0, "priority": 0, "flags": ["SCHED_FLAG_RESET_ON_FORK"], "runtime": 20000, "deadline": 100000, "period": 100000 },
            "execCPUAffinity": { "initial": "7", "final": "0-3,7" },
            "noNewPrivileges": true
        },
        "root": { "path": "rootfs", "readonly": true },
        "hostname": "slartibartfast",
        "domainname": "foobarbaz.test",
        "mounts": [
            { "destination": "/proc", "type": "proc", "source": "proc" },
            { "destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755", "size=65536k"] },
            { "destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"] },
            { "destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"] },
            { "destination": "/dev/mqueue", "type": "mqueue", "source": "mqueue", "options": ["nosuid", "noexec", "nodev"] },
            { "destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev"] },
            { "destination": "/sys/fs/cgroup", "type": "cgroup", "source": "cgroup", "options": ["nosuid", "noexec", "nodev", "relatime", "ro"] },
            { "destination": "/data", "type": "bind", "source": "/volumes/testing", "options": ["rbind", "rw", "idmap"],
              "uidMappings": [{ "containerID": 0, "hostID": 1000, "size": 10 }],
              "gidMappings": [{ "containerID": 0, "hostID": 1000, "size": 10 }] }
        ],
        "hooks": {
            "prestart": [
                { "path": "/usr/bin/fix-mounts", "args": ["fix-mounts", "arg1", "arg2"], "env": ["key1=value1"] },
                { "path": "/usr/bin/setup-network" }
            ],
            "createRuntime": [{ "path": "/usr/bin/fix-mounts", "args": ["fix-mounts", "arg1", "arg2"], "env": ["key1=value1"] }],
            "createContainer": [{ "path": "/usr/bin/mount-hook", "args": ["-mount", "arg1", "arg2"], "env": ["key1=value1"] }],
            "startContainer": [{ "path": "/usr/bin/refresh-ldcache" }],
            "poststart": [{ "path": "/usr/bin/notify-start", "timeout": 5 }],
            "poststop": [{ "path": "/usr/sbin/cleanup.sh", "args": ["cleanup.sh", "-f"] }]
        },
        "linux": {
            "devices": [
                { "path": "/dev/fuse", "type": "c", "major": 10, "minor": 229, "fileMode": 438, "uid": 0, "gid": 0 },
                { "path": "/dev/sda", "type": "b", "major": 8, "minor": 0, "fileMode": 432, "uid": 0, "gid": 0 }
            ],
            "netDevices": { "eth0": { "name": "ns1" }, "ens4": {} },
            "uidMappings": [{ "containerID": 0, "hostID": 1000, "size": 32000 }],
            "gidMappings": [{ "containerID": 0, "hostID": 1000, "size": 32000 }],
            "timeOffsets": { "monotonic": { "secs": 172800, "nanosecs": 0 }, "boottime": { "secs": -10 } },
            "sysctl": { "net.ipv4.ip_forward": "1", "net.core.somaxconn": "256" },
            "cgroupsPath": "/myRuntime/myContainer",
            "resources": {
                "network": { "classID": 1048577, "priorities": [{ "name": "eth0", "priority": 500 }, { "name": "eth1", "priority": 1000 }] },
                "pids": { "limit": 32771 },
                "hugepageLimits": [{ "pageSize": "2MB", "limit": 9223372036854772000 }, { "pageSize": "64KB", "limit": 1000000 }],
                "memory": { "limit": 536870912, "reservation": 536870912, "swap": 536870912, "kernel": -1, "kernelTCP": -1, "swappiness": 0, "disableOOMKiller": false, "useHierarchy": true, "checkBeforeUpdate": true },
                "cpu": { "shares": 1024, "quota": 1000000, "burst": 1000000, "period": 500000, "realtimeRuntime": 950000, "realtimePeriod": 1000000, "cpus": "2-3", "mems": "0-7", "idle": 0 },
                "devices": [
                    { "allow": false, "access": "rwm" },
                    { "allow": true, "type": "c", "major": 10, "minor": 229, "access": "rw" },
                    { "allow": true, "type": "b", "major": 8, "minor": 0, "access": "r" }
                ],
                "blockIO": {
                    "weight": 10, "leafWeight": 10,
                    "weightDevice": [{ "major": 8, "minor": 0, "weight": 500, "leafWeight": 300 }, { "major": 8, "minor": 16, "weight": 500 }],
                    "throttleReadBpsDevice": [{ "major": 8, "minor": 0, "rate": 600 }],
                    "throttleWriteIOPSDevice": [{ "major": 8, "minor": 16, "rate": 300 }]
                },
                "rdma": { "mlx5_1": { "hcaHandles": 3, "hcaObjects": 10000 }, "mlx4_0": { "hcaObjects": 1000 } },
                "unified": { "io.max": "259:0 rbps=2097152 wiops=120", "memory.high": "1073741824" }
            },
            "rootfsPropagation": "slave",
            "seccomp": {
                "defaultAction": "SCMP_ACT_ALLOW",
                "defaultErrnoRet": 1,
                "architectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"],
                "flags": ["SECCOMP_FILTER_FLAG_LOG"],
                "listenerPath": "/run/seccomp-agent.socket",
                "listenerMetadata": "metadata",
                "syscalls": [
                    { "names": ["getcwd", "chmod"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38 },
                    { "names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{ "index": 0, "value": 8, "op": "SCMP_CMP_EQ" }, { "index": 1, "value": 255, "valueTwo": 8, "op": "SCMP_CMP_MASKED_EQ" }] },
                    { "names": ["mkdir"], "action": "SCMP_ACT_NOTIFY" }
                ]
            },
            "namespaces": [
                { "type": "pid" }, { "type": "network" }, { "type": "ipc" }, { "type": "uts" },
                { "type": "mount" }, { "type": "user" }, { "type": "cgroup" }, { "type": "time" }
            ],
            "maskedPaths": ["/proc/kcore", "/proc/latency_stats", "/proc/timer_stats", "/proc/sched_debug"],
            "readonlyPaths": ["/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"],
            "mountLabel": "system_u:object_r:svirt_sandbox_file_t:s0:c715,c811",
            "intelRdt": { "closID": "guaranteed_group", "l3CacheSchema": "L3:0=7f0;1=1f", "memBwSchema": "MB:0=20;1=70" },
            "personality": { "domain": "LINUX32", "flags": [] }
        },
        "annotations": { "com.example.key1": "value1", "com.example.key2": "value2" },
        "someFutureField": { "ignored": [1, 2, 3] }
    }
    """#

    static func decodeExample() throws -> Spec {
        try JSONDecoder().decode(Spec.self, from: Data(exampleConfig.utf8))
    }

    func testTopLevel() throws {
        let spec = try Self.decodeExample()
        XCTAssertEqual(spec.ociVersion, "1.2.0")
        XCTAssertEqual(spec.root, Root(path: "rootfs", readonly: true))
        XCTAssertEqual(spec.hostname, "slartibartfast")
        XCTAssertEqual(spec.domainname, "foobarbaz.test")
        XCTAssertEqual(spec.annotations?["com.example.key2"], "value2")
    }

    func testProcess() throws {
        let p = try XCTUnwrap(Self.decodeExample().process)
        XCTAssertEqual(p.terminal, true)
        XCTAssertEqual(p.consoleSize, ConsoleSize(height: 25, width: 80))
        XCTAssertEqual(p.user, User(uid: 1, gid: 1, umask: 63, additionalGids: [5, 6]))
        XCTAssertEqual(p.args, ["sh"])
        XCTAssertEqual(p.env?.count, 2)
        XCTAssertEqual(p.cwd, "/")
        XCTAssertEqual(p.capabilities?.effective, ["CAP_AUDIT_WRITE", "CAP_KILL"])
        XCTAssertEqual(p.capabilities?.ambient, ["CAP_NET_BIND_SERVICE"])
        XCTAssertEqual(p.rlimits?[1], POSIXRlimit(type: "RLIMIT_NOFILE", hard: 1024, soft: 1024))
        XCTAssertEqual(p.apparmorProfile, "acme_secure_profile")
        XCTAssertEqual(p.oomScoreAdj, 100)
        XCTAssertEqual(p.selinuxLabel, "system_u:system_r:svirt_lxc_net_t:s0:c124,c675")
        XCTAssertEqual(p.ioPriority, LinuxIOPriority(class: "IOPRIO_CLASS_IDLE", priority: 4))
        XCTAssertEqual(p.scheduler?.policy, "SCHED_DEADLINE")
        XCTAssertEqual(p.scheduler?.deadline, 100000)
        XCTAssertEqual(p.scheduler?.flags, ["SCHED_FLAG_RESET_ON_FORK"])
        XCTAssertEqual(p.execCPUAffinity, CPUAffinity(initial: "7", final: "0-3,7"))
        XCTAssertEqual(p.noNewPrivileges, true)
    }

    func testMountsAndHooks() throws {
        let spec = try Self.decodeExample()
        let mounts = try XCTUnwrap(spec.mounts)
        XCTAssertEqual(mounts.count, 8)
        XCTAssertEqual(mounts[0], Mount(destination: "/proc", type: "proc", source: "proc"))
        XCTAssertEqual(mounts[1].options, ["nosuid", "strictatime", "mode=755", "size=65536k"])
        XCTAssertEqual(mounts[7].uidMappings, [LinuxIDMapping(containerID: 0, hostID: 1000, size: 10)])
        let hooks = try XCTUnwrap(spec.hooks)
        XCTAssertEqual(hooks.prestart?.count, 2)
        XCTAssertEqual(hooks.prestart?[0].args, ["fix-mounts", "arg1", "arg2"])
        XCTAssertEqual(hooks.prestart?[1], Hook(path: "/usr/bin/setup-network"))
        XCTAssertEqual(hooks.createRuntime?[0].env, ["key1=value1"])
        XCTAssertEqual(hooks.createContainer?[0].path, "/usr/bin/mount-hook")
        XCTAssertEqual(hooks.startContainer?[0].path, "/usr/bin/refresh-ldcache")
        XCTAssertEqual(hooks.poststart?[0].timeout, 5)
        XCTAssertEqual(hooks.poststop?[0].args, ["cleanup.sh", "-f"])
    }

    func testLinux() throws {
        let linux = try XCTUnwrap(Self.decodeExample().linux)
        XCTAssertEqual(linux.devices?[0], LinuxDevice(type: "c", path: "/dev/fuse", major: 10, minor: 229, fileMode: 438, uid: 0, gid: 0))
        XCTAssertEqual(linux.netDevices?["eth0"]?.name, "ns1")
        XCTAssertEqual(linux.netDevices?["ens4"], LinuxNetDevice())
        XCTAssertEqual(linux.uidMappings, [LinuxIDMapping(containerID: 0, hostID: 1000, size: 32000)])
        XCTAssertEqual(linux.timeOffsets?["monotonic"], LinuxTimeOffset(secs: 172800, nanosecs: 0))
        XCTAssertEqual(linux.timeOffsets?["boottime"], LinuxTimeOffset(secs: -10, nanosecs: 0))
        XCTAssertEqual(linux.sysctl?["net.core.somaxconn"], "256")
        XCTAssertEqual(linux.cgroupsPath, "/myRuntime/myContainer")
        XCTAssertEqual(linux.rootfsPropagation, "slave")
        XCTAssertEqual(linux.namespaces?.map(\.type), ["pid", "network", "ipc", "uts", "mount", "user", "cgroup", "time"])
        XCTAssertEqual(linux.maskedPaths?.count, 4)
        XCTAssertEqual(linux.readonlyPaths?.first, "/proc/asound")
        XCTAssertEqual(linux.mountLabel, "system_u:object_r:svirt_sandbox_file_t:s0:c715,c811")
        XCTAssertEqual(linux.intelRdt, LinuxIntelRdt(closID: "guaranteed_group", l3CacheSchema: "L3:0=7f0;1=1f", memBwSchema: "MB:0=20;1=70"))
        XCTAssertEqual(linux.personality, LinuxPersonality(domain: "LINUX32", flags: []))
    }

    func testResources() throws {
        let r = try XCTUnwrap(Self.decodeExample().linux?.resources)
        XCTAssertEqual(r.network, LinuxNetwork(classID: 1048577, priorities: [
            LinuxInterfacePriority(name: "eth0", priority: 500), LinuxInterfacePriority(name: "eth1", priority: 1000),
        ]))
        XCTAssertEqual(r.pids, LinuxPids(limit: 32771))
        XCTAssertEqual(r.hugepageLimits?[1], LinuxHugepageLimit(pageSize: "64KB", limit: 1000000))
        XCTAssertEqual(r.memory, LinuxMemory(limit: 536870912, reservation: 536870912, swap: 536870912, kernel: -1,
                                              kernelTCP: -1, swappiness: 0, disableOOMKiller: false, useHierarchy: true,
                                              checkBeforeUpdate: true))
        XCTAssertEqual(r.cpu, LinuxCPU(shares: 1024, quota: 1000000, burst: 1000000, period: 500000, realtimeRuntime: 950000,
                                       realtimePeriod: 1000000, cpus: "2-3", mems: "0-7", idle: 0))
        XCTAssertEqual(r.devices?[0], LinuxDeviceCgroup(allow: false, access: "rwm"))
        XCTAssertEqual(r.devices?[1], LinuxDeviceCgroup(allow: true, type: "c", major: 10, minor: 229, access: "rw"))
        XCTAssertEqual(r.blockIO?.weight, 10)
        XCTAssertEqual(r.blockIO?.weightDevice?[0], LinuxWeightDevice(major: 8, minor: 0, weight: 500, leafWeight: 300))
        XCTAssertEqual(r.blockIO?.weightDevice?[1].leafWeight, nil)
        XCTAssertEqual(r.blockIO?.throttleReadBpsDevice, [LinuxThrottleDevice(major: 8, minor: 0, rate: 600)])
        XCTAssertEqual(r.blockIO?.throttleWriteIOPSDevice, [LinuxThrottleDevice(major: 8, minor: 16, rate: 300)])
        XCTAssertNil(r.blockIO?.throttleWriteBpsDevice)
        XCTAssertEqual(r.rdma?["mlx5_1"], LinuxRdma(hcaHandles: 3, hcaObjects: 10000))
        XCTAssertEqual(r.rdma?["mlx4_0"], LinuxRdma(hcaObjects: 1000))
        XCTAssertEqual(r.unified?["memory.high"], "1073741824")
    }

    func testSeccomp() throws {
        let s = try XCTUnwrap(Self.decodeExample().linux?.seccomp)
        XCTAssertEqual(s.defaultAction, "SCMP_ACT_ALLOW")
        XCTAssertEqual(s.defaultErrnoRet, 1)
        XCTAssertEqual(s.architectures, ["SCMP_ARCH_X86", "SCMP_ARCH_X32"])
        XCTAssertEqual(s.flags, ["SECCOMP_FILTER_FLAG_LOG"])
        XCTAssertEqual(s.listenerPath, "/run/seccomp-agent.socket")
        XCTAssertEqual(s.listenerMetadata, "metadata")
        XCTAssertEqual(s.syscalls?[0], SeccompSyscall(names: ["getcwd", "chmod"], action: "SCMP_ACT_ERRNO", errnoRet: 38))
        XCTAssertEqual(s.syscalls?[1].args?[1], SeccompArg(index: 1, value: 255, valueTwo: 8, op: "SCMP_CMP_MASKED_EQ"))
    }

    func testExampleValidatesAgainstBundle() throws {
        let bundle = try TemporaryBundle()
        defer { bundle.remove() }
        let spec = try Self.decodeExample()
        XCTAssertEqual(validationErrors(spec, bundlePath: bundle.path).map(\.description), [])
    }

    func testRoundTripThroughEncoder() throws {
        let spec = try Self.decodeExample()
        let data = try JSONEncoder().encode(spec)
        XCTAssertEqual(try JSONDecoder().decode(Spec.self, from: data), spec)
    }

    func testOptionalFieldsAreOmittedWhenEncoding() throws {
        let data = try JSONEncoder().encode(Spec(ociVersion: "1.2.0", root: Root(path: "rootfs")))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["ociVersion", "root"])
    }

    func testMissingRequiredFieldFails() {
        XCTAssertThrowsError(try JSONDecoder().decode(Spec.self, from: Data(#"{"root":{"path":"r"}}"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode(OCISpec.Process.self, from: Data(#"{"user":{"uid":0,"gid":0}}"#.utf8)))
    }
}

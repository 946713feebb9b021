import Foundation
import XCTest
@testable import OCISpec

/// `defaultSpec` must match what `runc spec` / `runc spec --rootless` produce.
final class SpecDefaultTests: XCTestCase {
    func testRootfulDefaults() throws {
        let spec = defaultSpec(rootless: false)
        let p = try XCTUnwrap(spec.process)
        XCTAssertEqual(spec.ociVersion, "1.2.0")
        XCTAssertEqual(p.terminal, true)
        XCTAssertEqual(p.args, ["sh"])
        XCTAssertEqual(p.user, User(uid: 0, gid: 0))
        XCTAssertEqual(p.cwd, "/")
        XCTAssertEqual(p.env, ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"])
        let caps = ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"]
        XCTAssertEqual(p.capabilities, LinuxCapabilities(bounding: caps, effective: caps, permitted: caps))
        XCTAssertEqual(p.rlimits, [POSIXRlimit(type: "RLIMIT_NOFILE", hard: 1024, soft: 1024)])
        XCTAssertEqual(p.noNewPrivileges, true)
        XCTAssertEqual(spec.root, Root(path: "rootfs", readonly: true))
        XCTAssertEqual(spec.hostname, "swunc")
        XCTAssertEqual(spec.mounts?.map(\.destination),
                       ["/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue", "/sys", "/sys/fs/cgroup"])
        XCTAssertEqual(spec.mounts?[1], Mount(destination: "/dev", type: "tmpfs", source: "tmpfs",
                                              options: ["nosuid", "strictatime", "mode=755", "size=65536k"]))
        XCTAssertEqual(spec.mounts?[2].options, ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"])
        XCTAssertEqual(spec.mounts?[5].options, ["nosuid", "noexec", "nodev", "ro"])
        XCTAssertEqual(spec.mounts?[6].type, "cgroup")
        let linux = try XCTUnwrap(spec.linux)
        XCTAssertEqual(linux.namespaces?.map(\.type), ["pid", "network", "ipc", "uts", "mount", "cgroup"])
        XCTAssertNil(linux.uidMappings)
        XCTAssertEqual(linux.resources?.devices, [LinuxDeviceCgroup(allow: false, access: "rwm")])
        XCTAssertEqual(linux.maskedPaths, [
            "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
            "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi",
        ])
        XCTAssertEqual(linux.readonlyPaths, ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"])
    }

    func testRootlessDefaults() throws {
        let spec = defaultSpec(rootless: true, hostUID: 1234, hostGID: 567)
        let linux = try XCTUnwrap(spec.linux)
        XCTAssertEqual(linux.namespaces?.map(\.type), ["pid", "ipc", "uts", "mount", "cgroup", "user"])
        XCTAssertEqual(linux.uidMappings, [LinuxIDMapping(containerID: 0, hostID: 1234, size: 1)])
        XCTAssertEqual(linux.gidMappings, [LinuxIDMapping(containerID: 0, hostID: 567, size: 1)])
        XCTAssertNil(linux.resources)
        let sys = try XCTUnwrap(spec.mounts?.first { $0.destination == "/sys" })
        XCTAssertEqual(sys, Mount(destination: "/sys", type: "none", source: "/sys",
                                  options: ["rbind", "nosuid", "noexec", "nodev", "ro"]))
        let pts = try XCTUnwrap(spec.mounts?.first { $0.destination == "/dev/pts" })
        XCTAssertEqual(pts.options, ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"])
        XCTAssertEqual(spec.process?.user, User(uid: 0, gid: 0))
    }

    func testRootlessUsesCurrentIDsByDefault() {
        let spec = defaultSpec(rootless: true)
        XCTAssertEqual(spec.linux?.uidMappings?.first?.hostID, UInt32(geteuid()))
    }
}

import XCTest
@testable import OCISpec

/// sysctl, devices, masked/readonly paths, rootfsPropagation, cgroupsPath.
final class ValidationLinuxTests: ValidationTestCase {
    func testHostWideSysctlRejected() {
        let spec = withLinux { $0.sysctl = ["vm.swappiness": "10"] }
        assertOnlyError(spec, #"linux.sysctl["vm.swappiness"]: not namespaced; refusing to set a host-wide sysctl from a container"#)
    }

    func testNamespacedSysctlsAccepted() {
        let spec = withLinux {
            $0.sysctl = ["net.ipv4.ip_forward": "1", "kernel.shmmax": "1", "fs.mqueue.msg_max": "10",
                         "kernel.msgmax": "1", "kernel.sem": "1 2 3 4", "net/core/somaxconn": "128",
                         "kernel.domainname": "x"]
        }
        XCTAssertEqual(errors(spec), [])
    }

    func testNetSysctlNeedsNetworkNamespace() {
        let spec = withLinux {
            $0.namespaces?.removeAll { $0.type == "network" }
            $0.sysctl = ["net.ipv4.ip_forward": "1"]
        }
        assertOnlyError(spec, #"linux.sysctl["net.ipv4.ip_forward"]: requires a new network namespace"#)
    }

    func testIPCSysctlNeedsIPCNamespace() {
        let spec = withLinux {
            $0.namespaces?.removeAll { $0.type == "ipc" }
            $0.sysctl = ["kernel.shmmax": "1", "fs.mqueue.queues_max": "1"]
        }
        XCTAssertEqual(errors(spec), [
            #"linux.sysctl["fs.mqueue.queues_max"]: requires a new ipc namespace"#,
            #"linux.sysctl["kernel.shmmax"]: requires a new ipc namespace"#,
        ])
    }

    func testUTSSysctlNeedsUTSNamespace() {
        var spec = withLinux {
            $0.namespaces?.removeAll { $0.type == "uts" }
            $0.sysctl = ["kernel.hostname": "x"]
        }
        spec.hostname = nil
        assertOnlyError(spec, #"linux.sysctl["kernel.hostname"]: requires a new uts namespace"#)
    }

    func testDeviceType() {
        let spec = withLinux { $0.devices = [LinuxDevice(type: "x", path: "/dev/x", major: 1, minor: 1)] }
        assertOnlyError(spec, #"linux.devices[0].type: must be one of c, b, u, p, got "x""#)
    }

    func testDevicePathAbsolute() {
        let spec = withLinux { $0.devices = [LinuxDevice(type: "c", path: "dev/fuse", major: 10, minor: 229)] }
        assertOnlyError(spec, #"linux.devices[0].path: must be absolute, got "dev/fuse""#)
    }

    func testDeviceNumbersRequired() {
        let spec = withLinux {
            $0.devices = [LinuxDevice(type: "p", path: "/dev/fifo"), LinuxDevice(type: "b", path: "/dev/sda", minor: 0)]
        }
        assertOnlyError(spec, #"linux.devices[1].major: required for type "b""#)
    }

    func testDeviceFileMode() {
        let spec = withLinux { $0.devices = [LinuxDevice(type: "c", path: "/dev/null", major: 1, minor: 3, fileMode: 0o20666)] }
        assertOnlyError(spec, "linux.devices[0].fileMode: must be <= 0o7777, got 0o20666")
    }

    func testMaskedAndReadonlyPathsAbsolute() {
        let spec = withLinux {
            $0.maskedPaths?.append("proc/kcore")
            $0.readonlyPaths = ["sys"]
        }
        XCTAssertEqual(errors(spec), [
            #"linux.maskedPaths[10]: must be absolute, got "proc/kcore""#,
            #"linux.readonlyPaths[0]: must be absolute, got "sys""#,
        ])
    }

    func testRootfsPropagation() {
        var spec = withLinux { $0.rootfsPropagation = "rslave" }
        XCTAssertEqual(errors(spec), [])
        spec.linux?.rootfsPropagation = "bogus"
        assertOnlyError(spec, #"linux.rootfsPropagation: must be one of shared, rshared, slave, rslave, private, rprivate, unbindable, runbindable, got "bogus""#)
    }

    func testCgroupsPathDotDot() {
        var spec = withLinux { $0.cgroupsPath = "/a/../../b" }
        assertOnlyError(spec, #"linux.cgroupsPath: must not contain ".." components, got "/a/../../b""#)
        spec.linux?.cgroupsPath = "system.slice:swunc:abc"
        XCTAssertEqual(errors(spec), [])
    }
}

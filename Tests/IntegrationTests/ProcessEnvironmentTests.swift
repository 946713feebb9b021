import Foundation
import XCTest

/// What a user checks from inside a running container.
final class ProcessEnvironmentTests: SwuncTestCase {
    func testInitIsPID1InItsOwnPIDNamespaceWithItsOwnHostname() throws {
        let r = try runContainer(args: ["sh", "-c", "echo pid=$$; hostname; readlink /proc/self/ns/pid; readlink /proc/1/exe"]) { c in
            c["hostname"] = "it-host"
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "pid=1")
        XCTAssertEqual(lines.dropFirst().first, "it-host")
        let hostPidNS = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/pid")
        XCTAssertNotEqual(lines.dropFirst(2).first, hostPidNS, "the container must have its own pid namespace")
    }

    func testExitStatusPropagates() throws {
        let r = try runContainer(args: ["sh", "-c", "exit 7"])
        XCTAssertEqual(r.status, 7)
    }

    func testUserGroupsUmaskCwdRlimitsAndCapabilities() throws {
        let script = "id -u; id -g; id -G; umask; pwd; ulimit -n; grep CapEff /proc/self/status; grep CapBnd /proc/self/status"
        let r = try runContainer(args: ["sh", "-c", script]) { c in
            var p = c["process"] as! [String: Any]
            p["user"] = ["uid": 1000, "gid": 1001, "additionalGids": [5, 7], "umask": 0o027]
            p["cwd"] = "/tmp/work/dir"
            p["rlimits"] = [["type": "RLIMIT_NOFILE", "hard": 321, "soft": 123]]
            p["capabilities"] = ["bounding": ["CAP_NET_BIND_SERVICE", "CAP_KILL"], "effective": ["CAP_NET_BIND_SERVICE"],
                                 "permitted": ["CAP_NET_BIND_SERVICE"], "inheritable": ["CAP_NET_BIND_SERVICE"],
                                 // A non-root user keeps capabilities across execve only through the ambient set.
                                 "ambient": ["CAP_NET_BIND_SERVICE"]]
            c["process"] = p
            c["root"] = ["path": Self.rootfs, "readonly": false]
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        let l = r.stdout.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(l.count, 8, r.stdout)
        guard l.count == 8 else { return }
        XCTAssertEqual(l[0], "1000")
        XCTAssertEqual(l[1], "1001")
        XCTAssertEqual(Set(l[2].split(separator: " ")), ["1001", "5", "7"])
        XCTAssertEqual(l[3], "0027")
        XCTAssertEqual(l[4], "/tmp/work/dir")
        XCTAssertEqual(l[5], "123")
        // CAP_NET_BIND_SERVICE is bit 10; CAP_KILL bit 5.
        XCTAssertEqual(l[6], "CapEff:\t0000000000000400".replacingOccurrences(of: "\t", with: "\t"), l[6])
        XCTAssertTrue(l[7].hasSuffix("0000000000000420"), l[7])
    }

    func testMaskedAndReadonlyPathsAndReadonlyRoot() throws {
        let script = """
        [ -e /proc/timer_list ] && [ "$(wc -c < /proc/timer_list)" = 0 ] && echo file-masked
        [ -d /sys/firmware ] && [ -z "$(ls -A /sys/firmware)" ] && echo dir-masked
        (touch /sys/firmware/x) 2>/dev/null || echo masked-dir-readonly
        (echo 1 > /proc/sys/kernel/sysrq) 2>/dev/null || echo sysrq-readonly
        touch /newfile 2>/dev/null || echo root-readonly
        touch /tmp/x 2>/dev/null || echo tmp-readonly
        """
        let r = try runContainer(args: ["sh", "-c", script])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("file-masked"), r.stdout)
        XCTAssertTrue(r.stdout.contains("dir-masked"), r.stdout)
        XCTAssertTrue(r.stdout.contains("masked-dir-readonly"), r.stdout)
        XCTAssertTrue(r.stdout.contains("sysrq-readonly"), r.stdout)
        XCTAssertTrue(r.stdout.contains("root-readonly"), r.stdout)
    }

    func testOwnMountTable() throws {
        let r = try runContainer(args: ["sh", "-c", "cat /proc/self/mountinfo"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains(workDir), "host paths must not be visible in the container's mount table")
        let rootLine = r.stdout.split(separator: "\n").first { $0.split(separator: " ").count > 4 && $0.split(separator: " ")[4] == "/" }
        XCTAssertNotNil(rootLine, r.stdout)
        XCTAssertTrue(r.stdout.contains("/proc proc") || r.stdout.contains(" /proc "), r.stdout)
    }

    func testUserNamespaceMapping() throws {
        let r = try runContainer(args: ["sh", "-c", "cat /proc/self/uid_map /proc/self/gid_map; id -u"]) { c in
            var linux = c["linux"] as! [String: Any]
            var ns = linux["namespaces"] as! [[String: Any]]
            ns.append(["type": "user"])
            linux["namespaces"] = ns
            linux["uidMappings"] = [["containerID": 0, "hostID": 100000, "size": 65536]]
            linux["gidMappings"] = [["containerID": 0, "hostID": 100000, "size": 65536]]
            c["linux"] = linux
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        let fields = r.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" })
        XCTAssertEqual(Array(fields.prefix(6)), ["0", "100000", "65536", "0", "100000", "65536"], r.stdout)
        XCTAssertEqual(fields.last, "0")
    }

    func testOverlayMountFromMounts() throws {
        let lower = workDir + "/lower", upper = workDir + "/upper", work = workDir + "/work"
        for d in [lower, upper, work] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        try "from-lower\n".write(toFile: lower + "/l.txt", atomically: true, encoding: .utf8)
        let r = try runContainer(args: ["sh", "-c", "cat /data/l.txt && echo written > /data/new.txt"]) { c in
            var mounts = c["mounts"] as! [[String: Any]]
            mounts.append(["destination": "/data", "type": "overlay", "source": "overlay",
                           "options": ["lowerdir=\(lower)", "upperdir=\(upper)", "workdir=\(work)"]])
            c["mounts"] = mounts
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "from-lower\n")
        XCTAssertEqual(try String(contentsOfFile: upper + "/new.txt"), "written\n", "the write must land in the overlay's upper dir")
    }

    func testEnvironmentAndPathLookup() throws {
        let r = try runContainer(args: ["env"]) { c in
            var p = c["process"] as! [String: Any]
            p["env"] = ["PATH=/usr/bin:/bin", "GREETING=hi there"]
            c["process"] = p
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("GREETING=hi there\n"), r.stdout)
    }
}

/// Socket activation and the time namespace.
final class PassThroughTests: SwuncTestCase {
    func testListenFdsArePassedAndAnnounced() throws {
        let b = try makeBundle(args: ["sh", "-c", "echo $LISTEN_FDS $LISTEN_PID; cat <&3"])
        let marker = workDir + "/activation"
        try "socket-activated\n".write(toFile: marker, atomically: true, encoding: .utf8)
        let r = Self.shell("exec 3<\(marker); LISTEN_FDS=1 \(Self.binary) --root \(stateRoot) run --bundle \(b) \(newID())")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "1 1\nsocket-activated\n")
    }

    func testTimeNamespaceOffsets() throws {
        let r = try runContainer(args: ["cat", "/proc/uptime"]) { c in
            var linux = c["linux"] as! [String: Any]
            linux["namespaces"] = (linux["namespaces"] as! [[String: Any]]) + [["type": "time"]]
            linux["timeOffsets"] = ["boottime": ["secs": 10 * 365 * 86400, "nanosecs": 0]]
            c["linux"] = linux
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        let uptime = Double(r.stdout.split(separator: " ").first ?? "") ?? 0
        XCTAssertGreaterThan(uptime, 10 * 365 * 86400, "boottime offset must show in /proc/uptime: \(r.stdout)")
    }
}

/// Flags and fields that change how the container is put together.
final class CreateOptionTests: SwuncTestCase {
    func testNoPivotStillGivesTheContainerItsRoot() throws {
        let b = try makeBundle(args: ["sh", "-c", "ls /; cat /proc/self/mountinfo | wc -l"])
        let r = swunc(["run", "--no-pivot", "--bundle", b, newID()])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("bin") && r.stdout.contains("etc"), r.stdout)
        XCTAssertFalse(r.stdout.contains("work"), "the host root must not be the container's /")
    }

    func testPreserveFdsKeepsExactlyThoseFds() throws {
        let b = try makeBundle(args: ["sh", "-c", "cat <&3; cat <&4; ls /proc/self/fd | tr '\\n' ' '"])
        let f3 = workDir + "/three", f4 = workDir + "/four", f5 = workDir + "/five"
        try "three\n".write(toFile: f3, atomically: true, encoding: .utf8)
        try "four\n".write(toFile: f4, atomically: true, encoding: .utf8)
        try "five\n".write(toFile: f5, atomically: true, encoding: .utf8)
        let r = Self.shell("exec 3<\(f3) 4<\(f4) 5<\(f5); \(Self.binary) --root \(stateRoot) run --preserve-fds 2 --bundle \(b) \(newID())")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("three\nfour\n"), r.stdout)
        // 0-2, the two preserved, and ls's own directory fd (5): fd 5 of the caller did not get in.
        XCTAssertEqual(r.stdout.split(separator: "\n").last.map(String.init), "0 1 2 3 4 5 ")
        XCTAssertFalse(r.stdout.contains("five"))
    }

    func testOomScoreAdjAndDomainname() throws {
        let r = try runContainer(args: ["sh", "-c", "cat /proc/self/oom_score_adj /proc/sys/kernel/domainname"]) { c in
            var p = c["process"] as! [String: Any]
            p["oomScoreAdj"] = 500
            c["process"] = p
            c["domainname"] = "example.test"
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "500\nexample.test\n")
    }

    /// A limit this host cannot apply fails create cleanly, naming the field.
    func testUnappliableResourceFailsCreateCleanly() throws {
        // net_cls exists neither here (hybrid without net_cls) nor on pure v2.
        try XCTSkipIf(FileManager.default.fileExists(atPath: "/sys/fs/cgroup/net_cls"), "this host has net_cls")
        let b = try makeBundle(args: ["sleep", "987654321"]) { c in
            var linux = c["linux"] as! [String: Any]
            linux["resources"] = ["network": ["classID": 1048577]]
            c["linux"] = linux
        }
        let before = HostSnapshot.take(stateRoot: stateRoot)
        let id = newID()
        let r = swunc(["create", "--bundle", b, id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("linux.resources.network"), r.stderr)
        XCTAssertNil(state(id))
        XCTAssertEqual(before.cgroupDirs, HostSnapshot.take(stateRoot: stateRoot).cgroupDirs)
    }
}

/// Configs written by `runc spec` list ambient capabilities without
/// inheritable ones; runc and crun run them (skipping those ambient caps).
final class RuncSpecCompatibilityTests: SwuncTestCase {
    func testAmbientWithoutInheritableIsSkippedNotFatal() throws {
        let r = try runContainer(args: ["sh", "-c", "grep -E 'CapAmb|CapEff' /proc/self/status"]) { c in
            var p = c["process"] as! [String: Any]
            p["capabilities"] = ["bounding": ["CAP_KILL", "CAP_NET_BIND_SERVICE"], "effective": ["CAP_KILL", "CAP_NET_BIND_SERVICE"],
                                 "permitted": ["CAP_KILL", "CAP_NET_BIND_SERVICE"], "ambient": ["CAP_KILL", "CAP_NET_BIND_SERVICE"]]
            c["process"] = p
        }
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("CapAmb:\t0000000000000000"), r.stdout)
        XCTAssertTrue(r.stdout.contains("CapEff:\t0000000000000420"), r.stdout)
    }
}

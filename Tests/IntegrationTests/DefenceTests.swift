import CBootstrap
import Foundation
import Glibc
import XCTest

/// Each test tries an attack from runc's CVE history against swunc.
final class DefenceTests: SwuncTestCase {
    /// CVE-2019-5736: the init (and exec processes) run from a sealed memfd
    /// copy, so /proc/<pid>/exe never leads to a writable host binary.
    func testInitRunsFromSealedCopyThatCannotBeWritten() throws {
        let id = newID()
        XCTAssertEqual(swunc(["create", "--bundle", try makeBundle(args: ["sleep", "600"]), id]).status, 0)
        let pid = try XCTUnwrap(state(id)?["pid"] as? Int)
        let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
        XCTAssertTrue(exe.hasPrefix("/memfd:swunc"), "init must run from the memfd copy, runs from \(exe)")
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.binary))
        let fd = open("/proc/\(pid)/exe", O_WRONLY)
        XCTAssertLessThan(fd, 0, "even host root must not get a writable handle on the init's binary")
        if fd >= 0 { close(fd) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: Self.binary)), before)
    }

    /// The waiting init is non-dumpable: a process in the container (here
    /// an exec, container root without CAP_SYS_PTRACE) cannot open its
    /// /proc/1/exe, /proc/1/fd or /proc/1/mem.
    func testInitIsNotReachableThroughProcFromTheContainer() throws {
        let id = newID()
        XCTAssertEqual(swunc(["create", "--bundle", try makeBundle(args: ["sleep", "600"]), id]).status, 0)
        let r = swunc(["exec", id, "sh", "-c",
                       "cat /proc/1/comm; (cat /proc/1/exe >/dev/null) 2>/dev/null && echo EXE-READABLE; for f in /proc/1/fd/*; do readlink $f >/dev/null 2>&1 && echo FD-FOLLOWABLE; done; (head -c1 /proc/1/mem >/dev/null) 2>/dev/null && echo MEM-READABLE; echo done"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("swunc") || r.stdout.hasPrefix("memfd"), "pid 1 is the waiting init: \(r.stdout)")
        XCTAssertFalse(r.stdout.contains("EXE-READABLE"), r.stdout)
        XCTAssertFalse(r.stdout.contains("FD-FOLLOWABLE"), r.stdout)
        XCTAssertFalse(r.stdout.contains("MEM-READABLE"), r.stdout)
        XCTAssertTrue(r.stdout.contains("done"))
    }

    /// CVE-2024-21626: no host fd reaches the process, and a cwd through a
    /// leaked fd (/proc/self/fd/N) cannot put the process outside the rootfs.
    func testNoLeakedFdsAndCwdThroughProcSelfFdIsRefused() throws {
        let r = try runContainer(args: ["ls", "/proc/self/fd"])
        XCTAssertEqual(r.stdout.split(separator: "\n"), ["0", "1", "2", "3"])
        for n in 3...8 {
            let id = newID()
            let b = try makeBundle(args: ["sh", "-c", "pwd; ls .. | head -3"]) { c in
                var p = c["process"] as! [String: Any]
                p["cwd"] = "/proc/self/fd/\(n)"
                c["process"] = p
            }
            let res = swunc(["run", "--bundle", b, id])
            if res.status == 0 {
                XCTAssertFalse(res.stdout.contains("swunc-test") || res.stdout.contains(workDir), "cwd escaped: \(res.stdout)")
            } else {
                XCTAssertTrue(res.stderr.contains("process.cwd"), res.stderr)
            }
        }
    }

    /// A rootfs full of hostile symlinks cannot make swunc mount over or
    /// write to the host.
    func testHostileSymlinksInRootfs() throws {
        let rootfs = workDir + "/hostile"
        let victim = workDir + "/victim-file"
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        _ = Self.shell("cp -a \(Self.rootfs) \(rootfs) && rm -rf \(rootfs)/dev && mkdir \(rootfs)/dev && ln -s \(victim) \(rootfs)/dev/null && ln -s / \(rootfs)/mnt2")
        // /dev is not a tmpfs here: swunc creates the devices in the image's own /dev.
        let b = try makeBundle(args: ["sh", "-c", "ls -l /dev/null; echo hi > /dev/null; ls /mnt2/data >/dev/null && echo mounted-inside"]) { c in
            c["root"] = ["path": rootfs, "readonly": false]
            var m = (c["mounts"] as! [[String: Any]]).filter { ($0["destination"] as? String)?.hasPrefix("/dev") != true }
            m.append(["destination": "/mnt2/data", "type": "tmpfs", "source": "tmpfs"])
            c["mounts"] = m
        }
        let r = swunc(["run", "--bundle", b, newID()])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("c"), "/dev/null must be a char device: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("mounted-inside"), r.stdout)
        XCTAssertEqual(try String(contentsOfFile: victim), "precious\n", "a host file was written through a symlink")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/data"), "a mount escaped to the host's /data")
    }

    /// CVE-2019-19921: /proc as a symlink in the image is refused.
    func testProcSymlinkIsRefused() throws {
        let rootfs = workDir + "/procsym"
        _ = Self.shell("cp -a \(Self.rootfs) \(rootfs) && rmdir \(rootfs)/proc && ln -s /tmp \(rootfs)/proc")
        let b = try makeBundle(args: ["true"]) { c in c["root"] = ["path": rootfs, "readonly": false] }
        let id = newID()
        let r = swunc(["create", "--bundle", b, id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("symlink"), r.stderr)
        XCTAssertNil(state(id))
    }

    /// Only procfs on /proc; sysctl refuses a /proc/sys that is not procfs.
    func testOnlyProcfsOnProcAndSysctlVerifiesIt() throws {
        let b = try makeBundle(args: ["true"]) { c in
            var m = c["mounts"] as! [[String: Any]]
            m = m.map { ($0["destination"] as? String) == "/proc" ? ["destination": "/proc", "type": "tmpfs", "source": "tmpfs"] : $0 }
            c["mounts"] = m
        }
        let r = swunc(["create", "--bundle", b, newID()])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("only a proc filesystem may be mounted on /proc"), r.stderr)
    }

    /// Sysctls only for namespaces the container really has.
    func testSysctlNeedsTheNamespace() throws {
        let b = try makeBundle(args: ["true"]) { c in
            var linux = c["linux"] as! [String: Any]
            linux["namespaces"] = (linux["namespaces"] as! [[String: Any]]).filter { $0["type"] as? String != "network" }
            linux["sysctl"] = ["net.ipv4.ip_forward": "1"]
            c["linux"] = linux
        }
        let r = swunc(["create", "--bundle", b, newID()])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("linux.sysctl"), r.stderr)
        // And one it may set, in its own namespace, really is set.
        let ok = try runContainer(args: ["cat", "/proc/sys/net/ipv4/ip_forward"]) { c in
            var linux = c["linux"] as! [String: Any]
            linux["sysctl"] = ["net.ipv4.ip_forward": "1"]
            c["linux"] = linux
        }
        XCTAssertEqual(ok.stdout, "1\n", ok.stderr)
    }

    /// CVE-2021-43784: the bootstrap reads lengths it can trust only after
    /// checking them. A hostile parent's oversized or inconsistent message
    /// ends the bootstrap with an error, never a crash or an overflow.
    func testBootstrapRejectsOversizedAndTruncatedMessages() throws {
        func attempt(_ frame: [UInt8]) -> (Int32, String) {
            var sv: [Int32] = [-1, -1]
            XCTAssertEqual(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sv), 0)
            var fa = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&fa)
            posix_spawn_file_actions_adddup2(&fa, sv[1], 3)
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("swunc"), strdup("init"), nil]
            let envp: [UnsafeMutablePointer<CChar>?] = [strdup("_SWUNC_BOOT_FD=3"), nil]
            let rc = posix_spawn(&pid, Self.binary, &fa, nil, argv, envp)
            posix_spawn_file_actions_destroy(&fa)
            close(sv[1])
            XCTAssertEqual(rc, 0)
            _ = frame.withUnsafeBytes { write(sv[0], $0.baseAddress, $0.count) }
            shutdown(sv[0], Int32(SHUT_WR))
            var reply = [UInt8](repeating: 0, count: 4096)
            var got = 0
            while true {
                let n = reply.withUnsafeMutableBytes { read(sv[0], $0.baseAddress! + got, $0.count - got) }
                if n <= 0 { break }
                got += n
            }
            close(sv[0])
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let text = got > 8 ? String(decoding: reply[8..<got], as: UTF8.self) : ""
            return (status, text)
        }
        func u32(_ v: UInt32) -> [UInt8] { withUnsafeBytes(of: v) { Array($0) } }
        // Frame claiming 4 GiB.
        var (status, text) = attempt(u32(1) + u32(0xffff_ffff))
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(text.contains("bootstrap"), text)
        // 1000 namespace paths (limit 16).
        (status, text) = attempt(u32(1) + u32(8) + u32(0) + u32(1000))
        XCTAssertTrue(text.contains("exceed the limit"), text)
        // A path length running past the end of the message.
        (status, text) = attempt(u32(1) + u32(16) + u32(0) + u32(1) + u32(0x4000_0000) + u32(4000))
        XCTAssertTrue(text.contains("bad length"), text)
        XCTAssertNotEqual(status, 0)
    }
}

import Foundation
import Glibc
import XCTest

/// `exec` joins the container: namespaces, cgroup, user; statuses propagate.
final class ExecTests: SwuncTestCase {
    func startSleeper(_ edit: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        let id = newID()
        let b = try makeBundle(args: ["sleep", "600"]) { c in
            c["hostname"] = "exec-host"
            edit(&c)
        }
        XCTAssertEqual(swunc(["run", "-d", "--bundle", b, id]).status, 0)
        return id
    }

    func testExecSeesContainerNamespacesAndCgroup() throws {
        let id = try startSleeper()
        let initPid = try XCTUnwrap(state(id)?["pid"] as? Int)
        let r = swunc(["exec", id, "sh", "-c", "hostname; cat /proc/1/comm; readlink /proc/self/ns/pid; grep memory /proc/self/cgroup; grep memory /proc/1/cgroup"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "exec-host")
        XCTAssertEqual(lines.dropFirst().first, "sleep", r.stdout)
        let initNS = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(initPid)/ns/pid")
        XCTAssertEqual(lines.dropFirst(2).first, initNS)
        XCTAssertEqual(lines.count, 5, r.stdout)
        XCTAssertEqual(lines.dropFirst(3).first, lines.last, "exec must be in the init's cgroup")
        // And from the host: a detached exec sits in the init's cgroup.
        let pidFile = workDir + "/e.pid"
        XCTAssertEqual(swunc(["exec", "-d", "--pid-file", pidFile, id, "sleep", "30"]).status, 0)
        let execPid = try String(contentsOfFile: pidFile)
        let hostView = { (pid: String) in try String(contentsOfFile: "/proc/\(pid)/cgroup").split(separator: "\n").first { $0.contains(":memory:") } }
        XCTAssertEqual(try hostView(execPid), try hostView(String(initPid)))
    }

    func testExitStatusAndUser() throws {
        let id = try startSleeper()
        XCTAssertEqual(swunc(["exec", id, "sh", "-c", "exit 5"]).status, 5)
        let r = swunc(["exec", "--user", "1000:1000", "--env", "FOO=bar", "--cwd", "/tmp", id, "sh", "-c", "id -u; id -g; echo $FOO; pwd"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "1000\n1000\nbar\n/tmp\n")
    }

    func testExecIntoStoppedContainerFails() throws {
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", try makeBundle(args: ["true"]), id]).status, 0)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        let r = swunc(["exec", id, "true"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("stopped"), r.stderr)
    }

    func testExecHasNoInheritableCapsUnlessAsked() throws {
        let id = try startSleeper()
        let r = swunc(["exec", "--cap", "CAP_SYS_ADMIN", id, "grep", "-E", "CapInh|CapAmb", "/proc/self/status"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("CapInh:\t0000000000000000"), r.stdout)
        XCTAssertTrue(r.stdout.contains("CapAmb:\t0000000000000000"), r.stdout)
    }

    func testExecAppliesContainerSeccomp() throws {
        let id = try startSleeper { c in
            var linux = c["linux"] as! [String: Any]
            linux["seccomp"] = ["defaultAction": "SCMP_ACT_ALLOW", "syscalls": [["names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO"]]]
            c["linux"] = linux
            c["root"] = ["path": Self.rootfs, "readonly": false]
        }
        let r = swunc(["exec", id, "sh", "-c", "mkdir /tmp/e 2>&1; echo rc=$?"])
        XCTAssertTrue(r.stdout.contains("rc=1") && r.stdout.contains("not permitted"), r.stdout)
    }

    func testExecProcessFileAndDetach() throws {
        let id = try startSleeper()
        let pf = workDir + "/process.json"
        try #"{"args":["sh","-c","echo from-process-json > /dev/null; sleep 30"],"cwd":"/","user":{"uid":0,"gid":0},"env":["PATH=/bin"]}"#
            .write(toFile: pf, atomically: true, encoding: .utf8)
        let pidFile = workDir + "/exec.pid"
        let r = swunc(["exec", "--process", pf, "--detach", "--pid-file", pidFile, id])
        XCTAssertEqual(r.status, 0, r.stderr)
        let pid = Int32(try String(contentsOfFile: pidFile)) ?? 0
        XCTAssertGreaterThan(pid, 0)
        var cmd = ""
        for _ in 0..<100 {
            cmd = (try? String(contentsOfFile: "/proc/\(pid)/cmdline")) ?? ""
            if !cmd.isEmpty && !cmd.hasPrefix("swunc") { break }
            usleep(20_000)
        }
        // busybox sh execs the last command of -c itself, so it may already be sleep.
        XCTAssertTrue(cmd.hasPrefix("sh\u{0}") || cmd.hasPrefix("sleep\u{0}"), cmd)
    }
}

import Foundation
import Glibc
import XCTest

/// linux.seccomp really filters syscalls inside the container.
final class SeccompTests: SwuncTestCase {
    func profile(_ syscalls: [[String: Any]], defaultAction: String = "SCMP_ACT_ALLOW") -> (inout [String: Any]) -> Void {
        { c in
            var linux = c["linux"] as! [String: Any]
            linux["seccomp"] = ["defaultAction": defaultAction, "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"],
                                "syscalls": syscalls]
            c["linux"] = linux
            c["root"] = ["path": Self.rootfs, "readonly": false]
        }
    }

    func testMkdirDeniedWithEPERM() throws {
        let r = try runContainer(args: ["sh", "-c", "mkdir /tmp/denied-dir; echo rc=$?"],
                                 profile([["names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1]]))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("rc=1"), r.stdout)
        XCTAssertTrue(r.stderr.contains("Operation not permitted") || r.stdout.contains("Operation not permitted"), r.stderr + r.stdout)
    }

    func testErrnoRetIsUsed() throws {
        let r = try runContainer(args: ["sh", "-c", "mkdir /tmp/x 2>&1"],
                                 profile([["names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": Int(ENOSPC)]]))
        XCTAssertTrue(r.stdout.contains("No space left"), r.stdout)
    }

    func testKillProcess() throws {
        let r = try runContainer(args: ["uname"], profile([["names": ["uname"], "action": "SCMP_ACT_KILL_PROCESS"]]))
        XCTAssertEqual(r.status, 128 + SIGSYS, "the process dies of SIGSYS")
        XCTAssertFalse(r.stdout.contains("Linux"), r.stdout)
    }

    /// An argument filter blocks only the matching call: personality(0xffffffff)
    /// queries, anything else is denied... here: kill with signal 0 is blocked,
    /// other signals are not.
    func testArgumentFilterOnlyBlocksMatchingCalls() throws {
        let r = try runContainer(args: ["sh", "-c", "kill -0 $$ && echo zero-ok || echo zero-denied; sleep 100 & kill -TERM $! && echo term-ok"],
                                 profile([["names": ["kill"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1,
                                           "args": [["index": 1, "value": 0, "op": "SCMP_CMP_EQ"]]]]))
        XCTAssertTrue(r.stdout.contains("zero-denied"), r.stdout)
        XCTAssertTrue(r.stdout.contains("term-ok"), r.stdout)
    }

    func testUnknownActionIsAValidationError() throws {
        let b = try makeBundle(args: ["true"], profile([["names": ["mkdir"], "action": "SCMP_ACT_BOGUS"]]))
        let id = newID()
        let r = swunc(["create", "--bundle", b, id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("linux.seccomp.syscalls[0].action"), r.stderr)
        XCTAssertNil(state(id))
    }

    func testUnknownSyscallNamesAreSkipped() throws {
        let r = try runContainer(args: ["true"], profile([["names": ["no_such_syscall_xyz", "mkdir"], "action": "SCMP_ACT_ERRNO"]]))
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    /// SCMP_ACT_NOTIFY: the agent on listenerPath receives the notify fd and
    /// the container state, and answers the trapped syscall.
    func testNotifyListenerReceivesFdAndAnswers() throws {
        let sockPath = workDir + "/seccomp.sock"
        let agent = SeccompAgent(path: sockPath)
        try agent.listen()
        let b = try makeBundle(args: ["sh", "-c", "mkdir /tmp/notified; echo rc=$?"]) { c in
            var linux = c["linux"] as! [String: Any]
            linux["seccomp"] = ["defaultAction": "SCMP_ACT_ALLOW", "listenerPath": sockPath, "listenerMetadata": "meta-42",
                                "syscalls": [["names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_NOTIFY"]]]
            c["linux"] = linux
            c["root"] = ["path": Self.rootfs, "readonly": false]
            var p = c["process"] as! [String: Any]
            p["noNewPrivileges"] = true
            c["process"] = p
        }
        agent.serveOne(answerErrno: EACCES)
        let r = swunc(["run", "--bundle", b, newID()])
        agent.wait()
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("rc=1"), "the agent answered EACCES: \(r.stdout) \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("Permission denied"), r.stderr)
        XCTAssertTrue(agent.receivedState.contains("meta-42"), agent.receivedState)
        XCTAssertTrue(agent.receivedState.contains("seccompFd"), agent.receivedState)
        XCTAssertGreaterThan(agent.answered, 0)
    }
}

import Foundation
import Glibc
import XCTest

/// A failed create is a no-op: it names the field or path, and leaves no
/// state directory, cgroup, mount or process behind.
final class FailureTests: SwuncTestCase {
    func assertCreateFails(_ bundle: String, id: String? = nil, mentions: String, file: StaticString = #filePath, line: UInt = #line) {
        let before = HostSnapshot.take(stateRoot: stateRoot)
        let cid = id ?? newID()
        let r = swunc(["create", "--bundle", bundle, cid])
        XCTAssertNotEqual(r.status, 0, "create should fail", file: file, line: line)
        XCTAssertTrue(r.stderr.contains(mentions), "error should mention \(mentions): \(r.stderr)", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateRoot + "/" + cid), "state dir left behind", file: file, line: line)
        let after = HostSnapshot.take(stateRoot: stateRoot)
        XCTAssertEqual(before.mounts, after.mounts, "mounts left behind", file: file, line: line)
        XCTAssertEqual(before.cgroupDirs, after.cgroupDirs, "cgroups left behind", file: file, line: line)
        XCTAssertEqual(before.children, after.children, "processes left behind", file: file, line: line)
        XCTAssertFalse(Self.hostHasProcess(marker: "987654321"), "a container process survived", file: file, line: line)
    }

    /// True if any process's command line contains marker.
    static func hostHasProcess(marker: String) -> Bool {
        for p in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int(p) != nil {
            if let d = FileManager.default.contents(atPath: "/proc/\(p)/cmdline"),
               String(decoding: d, as: UTF8.self).replacingOccurrences(of: "\0", with: " ").contains(marker) { return true }
        }
        return false
    }

    let sleeper = ["sleep", "987654321"]

    func testInvalidJSONSaysWhere() throws {
        let b = try makeRawBundle("{\n  \"ociVersion\": \"1.2.0\",\n  \"process\": {\"args\": [\"sh\",]\n}")
        assertCreateFails(b, mentions: "line 3")
    }

    func testTruncatedJSON() throws {
        let b = try makeRawBundle("{\"ociVersion\": \"1.2.0\", \"root\": {\"path\": \"rootfs\"")
        assertCreateFails(b, mentions: "end of input")
    }

    func testUnknownCapability() throws {
        let b = try makeBundle(args: sleeper) { c in
            var p = c["process"] as! [String: Any]
            var caps = p["capabilities"] as! [String: Any]
            caps["bounding"] = ["CAP_CHOWN", "CAP_KILL", "CAP_FOO"]
            p["capabilities"] = caps
            c["process"] = p
        }
        assertCreateFails(b, mentions: "process.capabilities.bounding[2]: unknown capability \"CAP_FOO\"")
    }

    func testRelativeMountDestination() throws {
        let b = try makeBundle(args: sleeper) { c in
            var m = c["mounts"] as! [[String: Any]]
            m.append(["destination": "tmp/x", "type": "tmpfs", "source": "tmpfs"])
            c["mounts"] = m
        }
        assertCreateFails(b, mentions: ".destination: must be absolute, got \"tmp/x\"")
    }

    func testSymlinkedMountDestinationEscapingRootfs() throws {
        // A rootfs whose /escape is a symlink climbing out of the rootfs.
        let rootfs = workDir + "/evil-rootfs"
        _ = Self.shell("cp -a \(Self.rootfs) \(rootfs) && ln -s ../../../../../../../../tmp/swunc-escape-target \(rootfs)/escape")
        let hostTarget = "/tmp/swunc-escape-target"
        try? FileManager.default.removeItem(atPath: hostTarget)
        let b = try makeBundle(args: sleeper) { c in
            c["root"] = ["path": rootfs, "readonly": false]
            var m = c["mounts"] as! [[String: Any]]
            m.append(["destination": "/escape", "type": "tmpfs", "source": "tmpfs"])
            c["mounts"] = m
        }
        assertCreateFails(b, mentions: "/escape")
        XCTAssertFalse(FileManager.default.fileExists(atPath: hostTarget), "nothing may be created outside the rootfs")
    }

    func testMissingRootfs() throws {
        let b = try makeBundle(args: sleeper) { c in c["root"] = ["path": "/nonexistent/rootfs"] }
        assertCreateFails(b, mentions: "root.path")
    }

    func testMissingExecutable() throws {
        let b = try makeBundle(args: ["no-such-binary-987654321"])
        assertCreateFails(b, mentions: "no-such-binary-987654321")
    }

    func testFailingCreateRuntimeHook() throws {
        let b = try makeBundle(args: sleeper) { c in
            c["hooks"] = ["createRuntime": [["path": "/bin/sh", "args": ["sh", "-c", "exit 3"]]]]
        }
        assertCreateFails(b, mentions: "hooks.createRuntime[0]")
    }

    func testDuplicateIDChangesNothing() throws {
        let b = try makeBundle(args: sleeper)
        let id = newID()
        XCTAssertEqual(swunc(["create", "--bundle", b, id]).status, 0)
        let first = try XCTUnwrap(state(id))
        let r = swunc(["create", "--bundle", b, id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("already exists"), r.stderr)
        let again = try XCTUnwrap(state(id))
        XCTAssertEqual(first["pid"] as? Int, again["pid"] as? Int)
        XCTAssertEqual(again["status"] as? String, "created")
    }

    func testIDWithSlash() throws {
        let b = try makeBundle(args: sleeper)
        let r = swunc(["create", "--bundle", b, "a/b"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("container id"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateRoot + "/a"))
    }

    func testStartUnknownContainer() throws {
        let r = swunc(["start", "nope"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("does not exist"), r.stderr)
    }
}

import Foundation
import Glibc
import XCTest

/// create / start / state / kill / delete, each status reported truthfully.
final class LifecycleTests: SwuncTestCase {
    func testFullCycleReportsEachStatus() throws {
        let bundle = try makeBundle(args: ["sleep", "600"])
        let id = newID()
        let pidFile = workDir + "/pid"
        var r = swunc(["create", "--bundle", bundle, "--pid-file", pidFile, id])
        XCTAssertEqual(r.status, 0, r.stderr)
        let created = try XCTUnwrap(state(id))
        XCTAssertEqual(created["status"] as? String, "created")
        let pid = try XCTUnwrap(created["pid"] as? Int)
        XCTAssertGreaterThan(pid, 0)
        XCTAssertEqual(try String(contentsOfFile: pidFile), String(pid))
        XCTAssertEqual(created["id"] as? String, id)
        XCTAssertEqual(created["bundle"] as? String, bundle)

        r = swunc(["start", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(state(id)?["status"] as? String, "running")
        // The process really is sleep now.
        XCTAssertTrue((try String(contentsOfFile: "/proc/\(pid)/cmdline")).hasPrefix("sleep"))

        r = swunc(["start", id])
        XCTAssertNotEqual(r.status, 0, "start of a running container must fail")

        r = swunc(["delete", id])
        XCTAssertNotEqual(r.status, 0, "delete of a running container without --force must fail")
        XCTAssertTrue(r.stderr.contains("running"), r.stderr)

        r = swunc(["kill", id, "KILL"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        XCTAssertEqual(state(id)?["pid"] as? Int, 0)

        r = swunc(["delete", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertNil(state(id))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateRoot + "/" + id))
        r = swunc(["state", id])
        XCTAssertTrue(r.stderr.contains("does not exist"), r.stderr)
    }

    func testKillBySignalNameNumberAndAll() throws {
        let bundle = try makeBundle(args: ["sh", "-c", "trap 'echo got-usr1 > /tmp/sig; exit 3' USR1; while true; do sleep 0.1; done"]) { c in
            c["root"] = ["path": Self.rootfs, "readonly": false]
        }
        let id = newID()
        XCTAssertEqual(swunc(["run", "--detach", "--bundle", bundle, id]).status, 0)
        XCTAssertEqual(state(id)?["status"] as? String, "running")
        XCTAssertEqual(swunc(["kill", id, "SIGUSR1"]).status, 0)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        XCTAssertNotEqual(swunc(["kill", id, "NOSUCHSIG"]).status, 0)

        let id2 = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", try makeBundle(args: ["sh", "-c", "sleep 600 & sleep 600"]), id2]).status, 0)
        XCTAssertEqual(swunc(["kill", "--all", id2, "9"]).status, 0)
        XCTAssertTrue(waitForStatus(id2, "stopped"))
    }

    func testForceDeleteOfRunningContainer() throws {
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", try makeBundle(args: ["sleep", "600"]), id]).status, 0)
        let pid = try XCTUnwrap(state(id)?["pid"] as? Int)
        let r = swunc(["delete", "--force", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/proc/\(pid)/cmdline") && ((try? String(contentsOfFile: "/proc/\(pid)/cmdline")) ?? "").hasPrefix("sleep"))
        XCTAssertNil(state(id))
    }

    /// runc and crun delete a created container without --force, and
    /// containerd's shim relies on it (docs/lifecycle.md).
    func testDeleteOfCreatedContainerKillsIt() throws {
        let id = newID()
        XCTAssertEqual(swunc(["create", "--bundle", try makeBundle(args: ["sleep", "600"]), id]).status, 0)
        let pid = try XCTUnwrap(state(id)?["pid"] as? Int)
        XCTAssertEqual(swunc(["delete", id]).status, 0)
        usleep(50_000)
        let alive = ((try? String(contentsOfFile: "/proc/\(pid)/stat")) ?? "").contains(" S ")
        XCTAssertFalse(alive)
    }

    func testListShowsContainers() throws {
        let id = newID()
        XCTAssertEqual(swunc(["create", "--bundle", try makeBundle(args: ["true"]), id]).status, 0)
        let table = swunc(["list"])
        XCTAssertTrue(table.stdout.contains(id) && table.stdout.contains("created"), table.stdout)
        let json = swunc(["list", "--format", "json"])
        let arr = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(arr?.first?["id"] as? String, id)
        XCTAssertEqual(swunc(["list", "-q"]).stdout, id + "\n")
    }

    func testRunReports128PlusSignal() throws {
        let bundle = try makeBundle(args: ["sleep", "600"])
        let id = newID()
        let exe = Self.binary
        let root = stateRoot
        var result: Result?
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            result = Self.run(exe, ["--root", root, "run", "--bundle", bundle, id])
            done.signal()
        }
        XCTAssertTrue(waitForStatus(id, "running"))
        XCTAssertEqual(swunc(["kill", id, "KILL"]).status, 0)
        XCTAssertEqual(done.wait(timeout: .now() + 20), .success)
        XCTAssertEqual(result?.status, 137)
    }

    /// containerd's shim reads --log as JSON lines and shows the last error.
    func testErrorsAreLoggedAsJSONLines() throws {
        let log = workDir + "/log.json"
        let r = swunc(["--log", log, "--log-format", "json", "start", "no-such-container"])
        XCTAssertNotEqual(r.status, 0)
        let line = try String(contentsOfFile: log).split(separator: "\n").last.map(String.init) ?? ""
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        XCTAssertEqual(obj?["level"] as? String, "error")
        XCTAssertTrue((obj?["msg"] as? String ?? "").contains("no-such-container"), line)
        XCTAssertNotNil(obj?["time"] as? String)
    }

    func testVersionAndFeatures() throws {
        XCTAssertTrue(swunc(["--version"]).stdout.contains("swunc version"))
        let f = swunc(["features"])
        XCTAssertEqual(f.status, 0)
        let doc = try JSONSerialization.jsonObject(with: Data(f.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(doc?["ociVersionMin"] as? String, "1.0.0")
    }
}

import Foundation
import XCTest

final class HookTests: SwuncTestCase {
    /// Every hook runs, in the spec's order, with the state on stdin.
    func testHooksRunInOrderWithState() throws {
        let log = workDir + "/hooks.log"
        func hook(_ name: String) -> [String: Any] {
            ["path": "/bin/sh", "args": ["sh", "-c", "printf '\(name) ' >> \(log); cat >> \(log); echo >> \(log)"]]
        }
        let bundle = try makeBundle(args: ["sh", "-c", "cat /tmp/start-hook"]) { c in
            c["root"] = ["path": Self.rootfs, "readonly": false]
            c["hooks"] = [
                "prestart": [hook("prestart")],
                "createRuntime": [hook("createRuntime")],
                "createContainer": [hook("createContainer")],
                // Runs inside the container after pivot_root: the path is the container's sh.
                "startContainer": [["path": "/bin/sh", "args": ["sh", "-c", "echo start-ran > /tmp/start-hook"]]],
                "poststart": [hook("poststart")],
                "poststop": [hook("poststop")],
            ]
        }
        let id = newID()
        let r = swunc(["run", "--bundle", bundle, id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "start-ran\n")
        let lines = try String(contentsOfFile: log).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.map { String($0.split(separator: " ").first ?? "") },
                       ["prestart", "createRuntime", "createContainer", "poststart", "poststop"])
        for line in lines {
            let json = String(line.drop(while: { $0 != " " }).dropFirst())
            let state = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            XCTAssertEqual(state?["id"] as? String, id)
            XCTAssertEqual(state?["bundle"] as? String, bundle)
        }
        let first = try JSONSerialization.jsonObject(with: Data(String(lines[0].drop(while: { $0 != " " })).utf8)) as? [String: Any]
        XCTAssertEqual(first?["status"] as? String, "creating")
        XCTAssertGreaterThan(first?["pid"] as? Int ?? 0, 0)
    }

    func testHookTimeoutFailsCreate() throws {
        let bundle = try makeBundle(args: ["true"]) { c in
            c["hooks"] = ["createRuntime": [["path": "/bin/sleep", "args": ["sleep", "30"], "timeout": 1]]]
        }
        let id = newID()
        let start = Date()
        let r = swunc(["create", "--bundle", bundle, id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("timed out"), r.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertNil(state(id))
    }

    func testFailingPoststartOnlyWarns() throws {
        let bundle = try makeBundle(args: ["true"]) { c in
            c["hooks"] = ["poststart": [["path": "/bin/false"]]]
        }
        let r = swunc(["run", "--bundle", bundle, newID()])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("hooks.poststart[0]"), r.stderr)
    }
}

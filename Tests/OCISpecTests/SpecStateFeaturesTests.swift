import Foundation
import XCTest
@testable import OCISpec

/// The state and features documents.
final class SpecStateFeaturesTests: XCTestCase {
    private func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testRunningStateIncludesPid() throws {
        let state = ContainerState(id: "c1", status: "running", pid: 4422, bundle: "/b", annotations: ["k": "v"])
        let o = try object(state)
        XCTAssertEqual(o["ociVersion"] as? String, "1.2.0")
        XCTAssertEqual(o["id"] as? String, "c1")
        XCTAssertEqual(o["status"] as? String, "running")
        XCTAssertEqual(o["pid"] as? Int, 4422)
        XCTAssertEqual(o["bundle"] as? String, "/b")
        XCTAssertEqual(o["annotations"] as? [String: String], ["k": "v"])
    }

    func testStoppedStateOmitsZeroPid() throws {
        XCTAssertNil(try object(ContainerState(id: "c", status: "stopped", pid: 0, bundle: "/b"))["pid"])
        let o = try object(ContainerState(id: "c", status: "stopped", bundle: "/b"))
        XCTAssertEqual(Set(o.keys), ["ociVersion", "id", "status", "bundle"])
    }

    func testStateDecodes() throws {
        let json = #"{"ociVersion":"1.0.2","id":"x","status":"created","pid":7,"bundle":"/tmp/b"}"#
        let state = try JSONDecoder().decode(ContainerState.self, from: Data(json.utf8))
        XCTAssertEqual(state, ContainerState(ociVersion: "1.0.2", id: "x", status: "created", pid: 7, bundle: "/tmp/b"))
    }

    func testFeaturesDocumentShape() throws {
        let features = Features.swunc(supportedSeccompFlags: ["SECCOMP_FILTER_FLAG_LOG"])
        let o = try object(features)
        XCTAssertEqual(o["ociVersionMin"] as? String, "1.0.0")
        XCTAssertEqual(o["ociVersionMax"] as? String, "1.2.0")
        XCTAssertEqual(o["hooks"] as? [String],
                       ["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"])
        XCTAssertTrue((o["mountOptions"] as? [String])?.contains("rbind") ?? false)
        let linux = try XCTUnwrap(o["linux"] as? [String: Any])
        XCTAssertEqual(linux["namespaces"] as? [String], ["pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time"])
        XCTAssertEqual((linux["capabilities"] as? [String])?.count, 41)
        let cgroup = try XCTUnwrap(linux["cgroup"] as? [String: Any])
        XCTAssertEqual(Set(cgroup.keys), ["v1", "v2", "systemd", "systemdUser", "rdma"])
        let seccomp = try XCTUnwrap(linux["seccomp"] as? [String: Any])
        XCTAssertEqual(seccomp["enabled"] as? Bool, true)
        XCTAssertEqual(seccomp["supportedFlags"] as? [String], ["SECCOMP_FILTER_FLAG_LOG"])
        XCTAssertEqual((seccomp["operators"] as? [String])?.count, 7)
        XCTAssertEqual((linux["apparmor"] as? [String: Bool])?["enabled"], false)
        XCTAssertEqual(((linux["mountExtensions"] as? [String: Any])?["idmap"] as? [String: Bool])?["enabled"], true)
        XCTAssertNil(o["annotations"])
    }
}

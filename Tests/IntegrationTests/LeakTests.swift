import Foundation
import XCTest

/// Hundreds of lifecycles leave fds, mounts, cgroups, processes and state
/// dirs exactly where they were.
final class LeakTests: SwuncTestCase {
    func testTwoHundredLifecyclesLeaveNothingBehind() throws {
        let bundle = try makeBundle(args: ["true"])
        let detached = try makeBundle(args: ["sleep", "600"])
        // Warm up once (first use creates the /swunc-it parent cgroups).
        XCTAssertEqual(swunc(["run", "--bundle", bundle, "warm"]).status, 0)
        let before = HostSnapshot.take(stateRoot: stateRoot)
        for i in 0..<200 {
            let id = "leak-\(i)"
            if i % 2 == 0 {
                let r = swunc(["run", "--bundle", bundle, id])
                XCTAssertEqual(r.status, 0, r.stderr)
            } else {
                XCTAssertEqual(swunc(["create", "--bundle", detached, id]).status, 0)
                XCTAssertEqual(swunc(["start", id]).status, 0)
                XCTAssertEqual(swunc(["kill", id, "KILL"]).status, 0)
                XCTAssertEqual(swunc(["delete", "--force", id]).status, 0)
            }
        }
        let after = HostSnapshot.take(stateRoot: stateRoot)
        XCTAssertEqual(before.mounts, after.mounts, "mounts leaked")
        XCTAssertEqual(before.cgroupDirs, after.cgroupDirs, "cgroups leaked")
        XCTAssertEqual(before.stateDirs, after.stateDirs, "state dirs leaked")
        XCTAssertEqual(before.children, after.children, "zombies or processes leaked")
    }

    /// No fd of swunc's reaches the container: only stdio (ls's own
    /// directory fd is the fourth entry).
    func testNoHostFdReachesTheContainer() throws {
        let r = try runContainer(args: ["ls", "/proc/self/fd"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").map(String.init), ["0", "1", "2", "3"])
    }
}

import Foundation
import Glibc
import XCTest

/// Hundreds of lifecycles leave fds, mounts, cgroups, processes and state
/// dirs exactly where they were.
final class LeakTests: SwuncTestCase {
    func testTwoHundredLifecyclesLeaveNothingBehind() throws {
        // A cgroup parent of its own: other tests (or runs) on the host
        // must not look like leaks, and real leaks must not hide.
        let parent = "swunc-leak-\(getpid())"
        let privateCgroup = { (c: inout [String: Any]) in
            var linux = c["linux"] as! [String: Any]
            linux["cgroupsPath"] = "/\(parent)/c-\(UInt32.random(in: 0...UInt32.max))"
            c["linux"] = linux
        }
        let bundle = try makeBundle(args: ["true"], privateCgroup)
        let detached = try makeBundle(args: ["sleep", "600"], privateCgroup)
        defer { _ = Self.shell("rmdir /sys/fs/cgroup/*/\(parent) 2>/dev/null") }
        // Warm up once (first use creates the /swunc-it parent cgroups).
        XCTAssertEqual(swunc(["run", "--bundle", bundle, "warm"]).status, 0)
        let before = HostSnapshot.take(stateRoot: stateRoot, cgroupParent: parent)
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
        let after = HostSnapshot.take(stateRoot: stateRoot, cgroupParent: parent)
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

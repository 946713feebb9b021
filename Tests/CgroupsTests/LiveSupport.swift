import Glibc
import XCTest
@testable import Cgroups

/// A child started with posix_spawn whose stdin is a pipe: commands that
/// begin with `read _` wait for `release()`, so the test can move them into
/// the cgroup before they do anything interesting.
struct SpawnedChild {
    let pid: pid_t
    private let gate: Int32

    init(_ argv: [String]) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw CgroupError.sys("pipe", "pipe", errno) }
        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        posix_spawn_file_actions_adddup2(&fa, fds[0], 0)
        posix_spawn_file_actions_addclose(&fa, fds[1])
        let cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &fa, nil, cargs, environ)
        close(fds[0])
        guard rc == 0 else { close(fds[1]); throw CgroupError.sys(argv[0], "posix_spawn", rc) }
        self.pid = pid
        self.gate = fds[1]
        _ = fcntl(gate, F_SETFD, FD_CLOEXEC)
    }

    /// Lets a `read _`-gated command continue.
    func release() {
        _ = "go\n".withCString { write(gate, $0, 3) }
        close(gate)
    }

    /// waitpid; returns the raw status.
    func wait() -> Int32 {
        var st: Int32 = 0
        while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        return st
    }

    /// waitpid with a deadline; nil if still running (then SIGKILLs and reaps it).
    func wait(timeoutMillis: Int) -> Int32? {
        let end = FileIO.nowMillis() + timeoutMillis
        var st: Int32 = 0
        while FileIO.nowMillis() < end {
            let r = waitpid(pid, &st, WNOHANG)
            if r == pid { return st }
            usleep(2000)
        }
        kill(pid, SIGKILL)
        _ = wait()
        return nil
    }
}

func wasSignaled(_ st: Int32) -> Int32? { (st & 0x7f) != 0 && (st & 0x7f) != 0x7f ? st & 0x7f : nil }
func exitCode(_ st: Int32) -> Int32? { (st & 0x7f) == 0 ? (st >> 8) & 0xff : nil }

/// Base class for tests that touch the real cgroup filesystem: skips unless
/// root, gives each test a private /swunc-test-<random> path and destroys it
/// (and reverts a unified subtree_control it enabled) afterwards.
class LiveCgroupTestCase: XCTestCase {
    var mounts = CgroupMounts()
    var manager: CgroupManager!
    var cgPath = ""
    var children: [SpawnedChild] = []
    private var unifiedRootControllersBefore: String?

    override func setUpWithError() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root to write cgroups") }
        mounts = try CgroupMounts.detect()
        if let u = mounts.unified { unifiedRootControllersBefore = try? FileIO.read(u + "/cgroup.subtree_control") }
        cgPath = "/swunc-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        manager = makeCgroupManager(path: cgPath, mounts: mounts)
    }

    override func tearDownWithError() throws {
        for c in children { kill(c.pid, SIGKILL); _ = c.wait(timeoutMillis: 5000) }
        children = []
        if let m = manager { try m.destroy() }
        // Undo the root subtree_control changes create() made (best effort:
        // another user may now depend on them, then the kernel refuses).
        if let u = mounts.unified, let before = unifiedRootControllersBefore,
           let now = try? FileIO.read(u + "/cgroup.subtree_control") {
            let had = Set(before.split(whereSeparator: { $0 == " " || $0 == "\n" }))
            for c in now.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !had.contains(c) {
                try? FileIO.write(u + "/cgroup.subtree_control", "-" + c)
            }
        }
    }

    func spawn(_ argv: [String]) throws -> SpawnedChild {
        let c = try SpawnedChild(argv)
        children.append(c)
        return c
    }

    /// Reaps `c` and forgets it (so tearDown does not wait for it again).
    func reap(_ c: SpawnedChild, timeoutMillis: Int = 20_000) -> Int32? {
        children.removeAll { $0.pid == c.pid }
        return c.wait(timeoutMillis: timeoutMillis)
    }

    var fs: FsCgroupManager { manager as! FsCgroupManager }

    /// This cgroup's directory for `controller`'s files (v1 hierarchy or unified).
    func dir(_ controller: String) -> String {
        switch fs.target(controller) {
        case .v1(let d), .v2(let d): return d
        case .none: return "/nonexistent"
        }
    }

    func read(_ path: String) throws -> String { try FileIO.readTrimmed(path) }
}

import Foundation
import Glibc
import XCTest

/// Drives the real swunc binary as a user would, with a private --root and
/// bundles built from a busybox rootfs. Every container a test makes is
/// deleted in tearDown, even when the test fails.
class SwuncTestCase: XCTestCase {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var binary: String {
        ProcessInfo.processInfo.environment["SWUNC_BIN"] ?? packageRoot + "/.build/debug/swunc"
    }

    /// One busybox rootfs for all tests (read-only for the containers that
    /// set root.readonly; others write only under /tmp).
    static let rootfs: String = {
        let dir = packageRoot + "/.build/test-rootfs"
        if !FileManager.default.fileExists(atPath: dir + "/bin/busybox") {
            let r = shell("bash \(packageRoot)/bundles/make-rootfs.sh \(dir)")
            precondition(r.status == 0, "make-rootfs failed: \(r.stderr)")
        }
        return dir
    }()

    var stateRoot = ""
    var workDir = ""
    var createdIDs: [String] = []

    override func setUpWithError() throws {
        try XCTSkipUnless(getuid() == 0, "integration tests need root")
        let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        stateRoot = "/run/swunc-test/\(tag)"
        workDir = "/tmp/swunc-it-\(tag)"
        try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        for id in createdIDs { _ = swunc(["delete", "--force", id]) }
        try? FileManager.default.removeItem(atPath: stateRoot)
        _ = Self.shell("umount -R \(workDir) 2>/dev/null; rm -rf \(workDir)")
    }

    /// A fresh id, remembered for cleanup.
    func newID(_ prefix: String = "c") -> String {
        let id = "\(prefix)-\(UInt32.random(in: 0...UInt32.max))"
        createdIDs.append(id)
        return id
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs swunc with the test's --root.
    @discardableResult
    func swunc(_ args: [String], stdin: String? = nil, timeout: TimeInterval = 60) -> Result {
        Self.run(Self.binary, ["--root", stateRoot] + args, stdin: stdin, timeout: timeout)
    }

    /// Output goes to temp files, not pipes: a created or detached
    /// container inherits swunc's stdio and would hold a pipe open for as
    /// long as it lives.
    static func run(_ exe: String, _ args: [String], stdin: String? = nil, timeout: TimeInterval = 60) -> Result {
        let p = Foundation.Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let base = NSTemporaryDirectory() + "swunc-it-out-\(UInt64.random(in: 0...UInt64.max))"
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer { try? FileManager.default.removeItem(atPath: base + ".out"); try? FileManager.default.removeItem(atPath: base + ".err") }
        guard let out = FileHandle(forWritingAtPath: base + ".out"), let err = FileHandle(forWritingAtPath: base + ".err") else {
            return Result(status: -1, stdout: "", stderr: "cannot create output files")
        }
        p.standardOutput = out
        p.standardError = err
        let inPipe = Pipe()
        p.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe
        do { try p.run() } catch { return Result(status: -1, stdout: "", stderr: "\(error)") }
        try? out.close(); try? err.close()
        if let s = stdin { inPipe.fileHandleForWriting.write(s.data(using: .utf8)!); try? inPipe.fileHandleForWriting.close() }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(2_000) }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        let o = (try? String(contentsOfFile: base + ".out")) ?? ""
        let e = (try? String(contentsOfFile: base + ".err")) ?? ""
        return Result(status: p.terminationStatus, stdout: o, stderr: e)
    }

    static func shell(_ cmd: String) -> Result { run("/bin/sh", ["-c", cmd]) }

    /// A bundle directory with a config.json derived from `swunc spec`,
    /// terminal off, rootfs pointing at the shared busybox tree, a cgroup
    /// under /swunc-it, and the given changes applied.
    func makeBundle(args: [String], _ edit: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        let dir = workDir + "/bundle-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = Self.run(Self.binary, ["spec", "--bundle", dir])
        XCTAssertEqual(r.status, 0, r.stderr)
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/config.json"))
        var config = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var process = config["process"] as! [String: Any]
        process["terminal"] = false
        process["args"] = args
        config["process"] = process
        config["root"] = ["path": Self.rootfs, "readonly": true]
        var linux = config["linux"] as! [String: Any]
        linux["cgroupsPath"] = "/swunc-it/\(UInt32.random(in: 0...UInt32.max))"
        config["linux"] = linux
        edit(&config)
        let out = try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted])
        try out.write(to: URL(fileURLWithPath: dir + "/config.json"))
        return dir
    }

    /// Writes raw text as config.json (for malformed-input tests).
    func makeRawBundle(_ text: String) throws -> String {
        let dir = workDir + "/raw-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir + "/rootfs", withIntermediateDirectories: true)
        try text.write(toFile: dir + "/config.json", atomically: true, encoding: .utf8)
        return dir
    }

    /// `run` in the foreground; returns status and output.
    func runContainer(args: [String], _ edit: (inout [String: Any]) -> Void = { _ in }) throws -> Result {
        let bundle = try makeBundle(args: args, edit)
        return swunc(["run", "--bundle", bundle, newID()])
    }

    func state(_ id: String) -> [String: Any]? {
        let r = swunc(["state", id])
        guard r.status == 0 else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]
    }

    /// Waits (bounded) until the container reports the status.
    func waitForStatus(_ id: String, _ status: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if state(id)?["status"] as? String == status { return true }
            usleep(20_000)
        }
        return false
    }
}

/// What the host looks like, to prove a container left nothing behind.
struct HostSnapshot: Equatable {
    var mounts: Int
    var cgroupDirs: [String]
    var stateDirs: [String]
    var fds: Int
    var children: Int

    /// cgroupParent: the top-level cgroup directory whose children are
    /// counted (tests that must not see other tests' containers use their own).
    static func take(stateRoot: String, cgroupParent: String = "swunc-it") -> HostSnapshot {
        let mountinfo = (try? String(contentsOfFile: "/proc/self/mountinfo")) ?? ""
        var cg: [String] = []
        for h in ["memory", "pids", "cpu,cpuacct", "unified", "freezer", "devices"] {
            let dir = "/sys/fs/cgroup/\(h)/\(cgroupParent)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where !name.contains(".") || name.first!.isNumber {
                if (try? FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.type] as? FileAttributeType) == .typeDirectory {
                    cg.append(h + "/" + name)
                }
            }
        }
        let states = ((try? FileManager.default.contentsOfDirectory(atPath: stateRoot)) ?? []).sorted()
        let fds = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count
        let me = getpid()
        var children = 0
        for p in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int32(p) != nil {
            if let stat = try? String(contentsOfFile: "/proc/\(p)/stat"),
               let close = stat.lastIndex(of: ")") {
                let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
                if fields.count > 1, Int32(fields[1]) == me { children += 1 }
            }
        }
        return HostSnapshot(mounts: mountinfo.split(separator: "\n").count, cgroupDirs: cg.sorted(), stateDirs: states, fds: fds, children: children)
    }
}

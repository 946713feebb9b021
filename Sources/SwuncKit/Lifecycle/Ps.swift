import Glibc
import CBootstrap
import LinuxKit

extension Runtime {
    /// `ps --format json`: the host pids of every process in the container's
    /// cgroup (and its sub-cgroups), sorted. A stopped container has none,
    /// and saying so is more useful than an empty list.
    public func processes(id: String) throws -> [Int32] {
        let record = try store.load(id: id)
        let status = record.liveStatus(directory: store.directory(of: id))
        guard status != .stopped else {
            throw SwuncError("ps: container \"\(id)\" is not running (it is stopped)")
        }
        let cg = try cgroup(of: record, for: "ps")
        do { return try cg.manager.pids().sorted() } catch {
            throw SwuncError("ps \(id): reading cgroup \(record.cgroupPath): \(describe(error))")
        }
    }

    /// `ps` (table): runs the host's `ps` with `psArgs` (default `-ef`) and
    /// keeps the header plus the rows whose PID column is one of the
    /// container's processes, as runc does.
    public func processTable(id: String, psArgs: [String]) throws -> String {
        let pids = Set(try processes(id: id))
        let args = psArgs.isEmpty ? ["-ef"] : psArgs
        let (status, output) = try PsTool.run(["ps"] + args)
        guard status == 0 else {
            throw SwuncError("ps \(args.joined(separator: " ")) exited with status \(status): \(output)")
        }
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { throw SwuncError("ps printed nothing") }
        guard let pidColumn = header.split(separator: " ").firstIndex(of: "PID") else {
            throw SwuncError("ps: no PID column in the header \"\(header)\" (pass ps options that print PID, e.g. -ef or -o pid,args)")
        }
        var out = header + "\n"
        for line in lines.dropFirst() where !line.isEmpty {
            let fields = line.split(separator: " ")
            guard pidColumn < fields.count, let p = Int32(fields[pidColumn]) else {
                throw SwuncError("ps: unexpected line (no pid in column \(pidColumn + 1)): \"\(line)\"")
            }
            if pids.contains(p) { out += line + "\n" }
        }
        return out
    }
}

/// Runs a program found on PATH and returns its exit status and its stdout
/// and stderr combined (what runc shows when ps fails).
enum PsTool {
    static func run(_ argv: [String]) throws -> (Int32, String) {
        var fds: [Int32] = [-1, -1]
        guard swunc_pipe2(&fds, O_CLOEXEC) == 0 else { throw SystemError("pipe") }
        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&fa, fds[1], 1)
        posix_spawn_file_actions_adddup2(&fa, fds[1], 2)
        var pid: pid_t = 0
        let rc = withCStrings(argv) { p in
            posix_spawnp(&pid, argv[0], &fa, nil, UnsafeMutablePointer(mutating: p), environ)
        }
        close(fds[1])
        defer { close(fds[0]) }
        guard rc == 0 else { throw SwuncError("cannot run \(argv[0]): \(errnoText(rc))") }
        let bytes = FileIO.readAll(fd: fds[0])
        guard let st = waitForChild(pid) else { throw SystemError("waitpid \(argv[0])") }
        return (st.shellCode, String(decoding: bytes, as: UTF8.self))
    }
}

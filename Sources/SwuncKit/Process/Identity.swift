import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// process.user: supplementary groups, gid, uid, and umask.
enum Identity {
    /// Switches to the configured user while keeping the permitted
    /// capabilities (PR_SET_KEEPCAPS), so CapabilitySets.apply can set them
    /// for a non-root user afterwards.
    static func switchUser(_ user: User, inUserNamespaceWithSetgroupsDenied: Bool) throws {
        _ = try check(swunc_prctl(8 /* PR_SET_KEEPCAPS */, 1, 0, 0, 0), "prctl(PR_SET_KEEPCAPS)")
        if !inUserNamespaceWithSetgroupsDenied {
            var groups = (user.additionalGids ?? []).map { gid_t($0) }
            let rc = groups.withUnsafeMutableBufferPointer { swunc_setgroups($0.count, $0.baseAddress) }
            _ = try check(rc, "process.user.additionalGids: setgroups")
        }
        _ = try check(swunc_setresgid(user.gid, user.gid, user.gid), "process.user.gid: setresgid(\(user.gid)) (is the gid mapped in the user namespace?)")
        _ = try check(swunc_setresuid(user.uid, user.uid, user.uid), "process.user.uid: setresuid(\(user.uid)) (is the uid mapped in the user namespace?)")
        _ = try check(swunc_prctl(8, 0, 0, 0, 0), "prctl(PR_SET_KEEPCAPS, 0)")
        if let mask = user.umask { umask(mode_t(mask)) } else { umask(0o022) }
    }
}

/// process.rlimits.
enum Rlimits {
    static let numbers: [String: Int32] = [
        "RLIMIT_CPU": 0, "RLIMIT_FSIZE": 1, "RLIMIT_DATA": 2, "RLIMIT_STACK": 3, "RLIMIT_CORE": 4,
        "RLIMIT_RSS": 5, "RLIMIT_NPROC": 6, "RLIMIT_NOFILE": 7, "RLIMIT_MEMLOCK": 8, "RLIMIT_AS": 9,
        "RLIMIT_LOCKS": 10, "RLIMIT_SIGPENDING": 11, "RLIMIT_MSGQUEUE": 12, "RLIMIT_NICE": 13,
        "RLIMIT_RTPRIO": 14, "RLIMIT_RTTIME": 15,
    ]

    static func apply(_ limits: [POSIXRlimit], pid: Int32 = 0) throws {
        for (i, l) in limits.enumerated() {
            guard let n = numbers[l.type] else { throw SwuncError("process.rlimits[\(i)].type: unknown rlimit \"\(l.type)\"") }
            _ = try check(swunc_prlimit(pid, n, l.soft, l.hard), "process.rlimits[\(i)] (\(l.type) soft \(l.soft) hard \(l.hard))")
        }
    }
}

/// The container's PATH lookup, done before `create` reports success so a
/// missing binary fails create, not start.
enum ExecutableLookup {
    static func resolve(_ name: String, env: [String]) throws -> String {
        if name.contains("/") {
            try checkExecutable(name, field: "process.args[0]")
            return name
        }
        let path = env.last(where: { $0.hasPrefix("PATH=") }).map { String($0.dropFirst(5)) }
            ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        for dir in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (dir.isEmpty ? "." : String(dir)) + "/" + name
            var st = stat()
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o111 != 0 {
                return candidate
            }
        }
        throw SwuncError("process.args[0]: executable \"\(name)\" not found in the container's PATH (\(path))")
    }

    static func checkExecutable(_ path: String, field: String) throws {
        var st = stat()
        if stat(path, &st) != 0 { throw SystemError("\(field): \(path) in the container") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw SwuncError("\(field): \(path) in the container is a directory") }
        if st.st_mode & 0o111 == 0 { throw SwuncError("\(field): \(path) in the container is not executable") }
    }
}

import Glibc
import CBootstrap
import LinuxKit

/// Resolves paths inside the container's rootfs by fd, never by string
/// concatenation: every lookup goes through openat2(RESOLVE_IN_ROOT), so a
/// symlink in the rootfs ("/proc -> /", "../../etc") is resolved as if the
/// rootfs were "/" and can never reach the host. Missing components are
/// created one at a time under an fd of their resolved parent.
struct RootfsPath {
    /// SWUNC_O_PATH fd of the rootfs directory.
    let rootFd: Int32
    let rootPath: String

    init(rootPath: String) throws {
        self.rootPath = rootPath
        rootFd = try checkErrno("open rootfs \(rootPath)") { Glibc.open(rootPath, SWUNC_O_PATH | O_DIRECTORY | O_CLOEXEC) }
    }

    func close() { Glibc.close(rootFd) }

    enum Create { case none, directory, file }

    /// Opens path (relative to or "absolute" within the rootfs) as SWUNC_O_PATH,
    /// creating missing components. The returned fd is the caller's to close;
    /// mount onto it through `procPath(fd)`.
    func open(_ path: String, create: Create, mode: mode_t = 0o755, depth: Int = 0) throws -> Int32 {
        if depth > 40 { throw SwuncError("\(path): too many levels of symbolic links inside the rootfs") }
        if depth == 0 { try refuseEscapingSymlinks(path) }
        let rel = Self.relative(path)
        let fd = swunc_openat2_in_root(rootFd, rel.isEmpty ? "." : rel, SWUNC_O_PATH | O_CLOEXEC, 0)
        if fd >= 0 { return fd }
        if fd != -ENOENT || create == .none {
            throw SystemError("resolve \(path) inside rootfs \(rootPath)", errno: -fd)
        }
        // Walk down: the deepest existing prefix, then create the rest.
        let comps = rel.split(separator: "/").map(String.init)
        var parentFd = try check(swunc_openat2_in_root(rootFd, ".", SWUNC_O_PATH | O_CLOEXEC, 0), "open rootfs")
        var prefix: [String] = []
        for (i, name) in comps.enumerated() {
            let isLast = i == comps.count - 1
            let sub = (prefix + [name]).joined(separator: "/")
            var next = swunc_openat2_in_root(rootFd, sub, SWUNC_O_PATH | O_CLOEXEC, 0)
            if next == -ENOENT {
                let made: Int32
                if isLast && create == .file {
                    made = openat(parentFd, name, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o644)
                    if made >= 0 { Glibc.close(made) }
                } else {
                    made = mkdirat(parentFd, name, mode)
                }
                if made < 0 && errno == EEXIST {
                    // A dangling symlink: follow it inside the root and retry.
                    var buf = [CChar](repeating: 0, count: 4097)
                    let n = readlinkat(parentFd, name, &buf, 4096)
                    Glibc.close(parentFd)
                    guard n > 0 else { throw SystemError("readlink \(sub) inside rootfs") }
                    buf[n] = 0
                    let target = String(cString: buf)
                    let base = target.hasPrefix("/") ? target : (prefix.joined(separator: "/") + "/" + target)
                    let rest = comps[(i + 1)...].joined(separator: "/")
                    return try open(rest.isEmpty ? base : base + "/" + rest, create: create, mode: mode, depth: depth + 1)
                } else if made < 0 {
                    let e = errno
                    Glibc.close(parentFd)
                    throw SystemError("create \(sub) inside rootfs \(rootPath)", errno: e)
                }
                next = swunc_openat2_in_root(rootFd, sub, SWUNC_O_PATH | O_CLOEXEC, 0)
            }
            Glibc.close(parentFd)
            if next < 0 { throw SystemError("resolve \(sub) inside rootfs \(rootPath)", errno: -next) }
            parentFd = next
            prefix.append(name)
        }
        return parentFd
    }

    /// Refuses a path whose symlinks try to climb above the rootfs
    /// ("../../../etc", "/../../x"). openat2 would clamp them to the rootfs
    /// anyway; no legitimate image needs that, so a hostile one gets a clear
    /// error naming the link instead of a mount in a surprising place.
    func refuseEscapingSymlinks(_ path: String) throws {
        var stack: [String] = []
        var pending = ArraySlice(path.split(separator: "/").map(String.init))
        var links = 0
        while let c = pending.first {
            pending = pending.dropFirst()
            if c == "." { continue }
            if c == ".." {
                if stack.isEmpty { throw SwuncError("\(path): climbs above the container's rootfs") }
                stack.removeLast()
                continue
            }
            let parentRel = stack.joined(separator: "/")
            let parent = swunc_openat2_in_root(rootFd, parentRel.isEmpty ? "." : parentRel, SWUNC_O_PATH | O_CLOEXEC, 0)
            if parent < 0 { return }  // missing parent: nothing left to follow
            var buf = [CChar](repeating: 0, count: 4097)
            let n = readlinkat(parent, c, &buf, 4096)
            Glibc.close(parent)
            if n < 0 { stack.append(c); continue }  // not a link (or missing)
            links += 1
            if links > 40 { throw SwuncError("\(path): too many levels of symbolic links") }
            buf[n] = 0
            let target = String(cString: buf)
            if target.hasPrefix("/") { stack.removeAll() }
            let linkPath = "/" + (stack + [c]).joined(separator: "/")
            var resolved = stack
            for t in target.split(separator: "/").map(String.init) {
                if t == "." { continue }
                if t == ".." {
                    if resolved.isEmpty {
                        throw SwuncError("\(path): \(linkPath) is a symlink to \"\(target)\", which points outside the container's rootfs")
                    }
                    resolved.removeLast()
                } else {
                    resolved.append(t)
                }
            }
            // Re-walk the target's components (they may be links themselves).
            pending = ArraySlice(resolved.dropFirst(stack.count)) + pending
        }
    }

    /// "/a/../b/" -> "a/../b" (openat2 clamps ".." at the root itself).
    static func relative(_ path: String) -> String {
        var s = Substring(path)
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}

/// The magic-link path through which a syscall that takes a path (mount,
/// chmod) acts on exactly the inode an fd refers to.
func procPath(_ fd: Int32) -> String { "/proc/self/fd/\(fd)" }

/// File type bits of an fd.
func fileType(_ fd: Int32) -> mode_t {
    var st = stat()
    if fstat(fd, &st) != 0 { return 0 }
    return st.st_mode & S_IFMT
}

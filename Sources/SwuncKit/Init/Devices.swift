import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// Device nodes inside the container's /dev.
struct DeviceSetup {
    let root: RootfsPath
    /// In a user namespace mknod is refused: devices are bind-mounted from
    /// the host instead.
    let inUserNamespace: Bool

    struct Node { var path: String; var type: String; var major: UInt32; var minor: UInt32; var mode: UInt32; var uid: UInt32; var gid: UInt32 }

    /// The devices every container gets (runtime-spec "Default Devices").
    static let defaults: [Node] = [
        Node(path: "/dev/null", type: "c", major: 1, minor: 3, mode: 0o666, uid: 0, gid: 0),
        Node(path: "/dev/zero", type: "c", major: 1, minor: 5, mode: 0o666, uid: 0, gid: 0),
        Node(path: "/dev/full", type: "c", major: 1, minor: 7, mode: 0o666, uid: 0, gid: 0),
        Node(path: "/dev/random", type: "c", major: 1, minor: 8, mode: 0o666, uid: 0, gid: 0),
        Node(path: "/dev/urandom", type: "c", major: 1, minor: 9, mode: 0o666, uid: 0, gid: 0),
        Node(path: "/dev/tty", type: "c", major: 5, minor: 0, mode: 0o666, uid: 0, gid: 0),
    ]

    func create(configured: [LinuxDevice]) throws {
        var nodes = Self.defaults
        for d in configured {
            let node = Node(path: d.path, type: d.type, major: UInt32(d.major ?? 0), minor: UInt32(d.minor ?? 0),
                            mode: d.fileMode ?? 0o666, uid: d.uid ?? 0, gid: d.gid ?? 0)
            if let i = nodes.firstIndex(where: { $0.path == d.path }) { nodes[i] = node } else { nodes.append(node) }
        }
        for (i, n) in nodes.enumerated() {
            do { try make(n) } catch {
                let field = i < Self.defaults.count ? "default device \(n.path)" : "linux.devices[\(i - Self.defaults.count)] (\(n.path))"
                throw SwuncError("\(field): \(describe(error))")
            }
        }
        try links()
    }

    func make(_ n: Node) throws {
        let slash = n.path.lastIndex(of: "/")!
        let dir = String(n.path[..<slash])
        let name = String(n.path[n.path.index(after: slash)...])
        let dirFd = try root.open(dir.isEmpty ? "/" : dir, create: .directory)
        defer { close(dirFd) }
        if inUserNamespace {
            let target = try root.open(n.path, create: .file)
            defer { close(target) }
            _ = try check(swunc_mount(n.path, procPath(target), nil, MS.bind, nil), "bind host \(n.path)")
            return
        }
        let typeBits: mode_t
        switch n.type {
        case "c", "u": typeBits = S_IFCHR
        case "b": typeBits = S_IFBLK
        case "p": typeBits = S_IFIFO
        default: throw SwuncError("unknown device type \(n.type)")
        }
        // Replace whatever the image put there (a symlink to a host file
        // must not be followed: unlinkat removes the link itself).
        let dirFdReal = try checkErrno("open \(dir)") { openat(dirFd, ".", O_DIRECTORY | O_CLOEXEC) }
        defer { close(dirFdReal) }
        if unlinkat(dirFdReal, name, 0) != 0 && errno != ENOENT && errno != EISDIR {
            throw SystemError("remove existing \(n.path)")
        }
        _ = try check(swunc_mknodat(dirFdReal, name, UInt32(typeBits) | (n.mode & 0o7777), n.major, n.minor), "mknod \(n.path)")
        // mknod applies the umask; set the exact mode and owner.
        _ = try checkErrno("chmod \(n.path)") { fchmodat(dirFdReal, name, mode_t(n.mode & 0o7777), 0) }
        _ = try checkErrno("chown \(n.path)") { fchownat(dirFdReal, name, n.uid, n.gid, AT_SYMLINK_NOFOLLOW) }
    }

    /// /dev/fd, /dev/std{in,out,err}, /dev/ptmx, /dev/core as runc creates them.
    func links() throws {
        let dev = try root.open("/dev", create: .directory)
        defer { close(dev) }
        let dirFd = try checkErrno("open /dev") { openat(dev, ".", O_DIRECTORY | O_CLOEXEC) }
        defer { close(dirFd) }
        var list: [(String, String)] = [("/proc/self/fd", "fd"), ("/proc/self/fd/0", "stdin"), ("/proc/self/fd/1", "stdout"), ("/proc/self/fd/2", "stderr"), ("pts/ptmx", "ptmx")]
        if access("/proc/kcore", F_OK) == 0 { list.append(("/proc/kcore", "core")) }
        for (target, name) in list {
            if name == "ptmx" { unlinkat(dirFd, name, 0) }
            if symlinkat(target, dirFd, name) != 0 && errno != EEXIST {
                throw SystemError("symlink /dev/\(name)")
            }
        }
    }
}

import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// Performs the entries of `mounts` inside the rootfs, before pivot_root.
struct Mounter {
    let root: RootfsPath
    let bundle: String
    let cgroupPath: String
    let hasCgroupNamespace: Bool
    let inUserNamespace: Bool
    let mountLabel: String?

    func mountAll(_ mounts: [Mount]) throws {
        for (i, m) in mounts.enumerated() {
            do {
                try mount(m)
            } catch {
                throw SwuncError("mounts[\(i)] (\(m.type ?? "bind") on \(m.destination)): \(describe(error))")
            }
        }
    }

    func mount(_ m: Mount) throws {
        try checkProcAndSysfs(m)
        let opts = parseMountOptions(m.options ?? [])
        let isBind = opts.isBind || m.type == "bind"
        let recursive = opts.isRecursiveBind
        var flags = UInt(opts.flags)
        var data = opts.data
        if let label = mountLabel, !label.isEmpty, m.type != "proc", m.type != "sysfs", !isBind {
            data.append("context=\"\(label)\"")
        }
        let type = m.type ?? (isBind ? "bind" : "")

        if type == "cgroup" || type == "cgroup2" {
            try mountCgroup(destination: m.destination, flags: flags)
            return
        }

        if isBind {
            var source = m.source ?? ""
            if !source.hasPrefix("/") { source = bundle + "/" + source }
            var st = stat()
            guard stat(source, &st) == 0 else { throw SystemError("bind source \(source)") }
            let isDir = (st.st_mode & S_IFMT) == S_IFDIR
            let target = try root.open(m.destination, create: isDir ? .directory : .file)
            defer { close(target) }
            _ = try check(swunc_mount(source, procPath(target), nil, MS.bind | (recursive ? MS.rec : 0), nil), "bind \(source)")
            // A bind mount ignores every flag but MS_REC; apply them with a remount.
            let wanted = flags & ~(MS.bind | MS.rec | MS.remount | MS.propagation)
            if wanted != 0 {
                let target2 = try root.open(m.destination, create: .none)
                defer { close(target2) }
                let keep = mountFlagsOf(path: procPath(target2)) & MS.lockable & ~opts.clearFlags
                _ = try check(swunc_mount(nil, procPath(target2), nil, MS.bind | MS.remount | wanted | keep, nil), "remount \(m.destination) with its options")
            }
        } else {
            let target = try root.open(m.destination, create: .directory)
            defer { close(target) }
            flags &= ~MS.propagation
            let dataString = data.joined(separator: ",")
            var rc = swunc_mount(m.source ?? type, procPath(target), type, flags, dataString.isEmpty ? nil : dataString)
            if rc == -EPERM || rc == -EBUSY, type == "sysfs" || type == "mqueue" {
                // Without its own network namespace (sysfs) or in a user
                // namespace the kernel refuses a fresh instance; bind the
                // host's, as runc does.
                let host = type == "sysfs" ? "/sys" : "/dev/mqueue"
                rc = swunc_mount(host, procPath(target), nil, MS.bind | MS.rec, nil)
                if rc == 0 && flags & MS.rdonly != 0 {
                    rc = swunc_mount(nil, procPath(target), nil, MS.bind | MS.remount | MS.rdonly | (mountFlagsOf(path: procPath(target)) & MS.lockable), nil)
                }
            }
            if type == "proc" && rc == 0 { try verifyProcfs(destination: m.destination) }
            _ = try check(rc, "mount \(type)")
        }
        for p in opts.propagation {
            let target = try root.open(m.destination, create: .none)
            defer { close(target) }
            _ = try check(swunc_mount(nil, procPath(target), nil, UInt(p), nil), "set propagation of \(m.destination)")
        }
    }

    /// /proc and /sys are where the kernel's knobs live: only a real proc
    /// (sysfs) may go there, and never onto a symlink an image planted
    /// (CVE-2019-19921: /proc as a symlink redirected runc's later writes).
    func checkProcAndSysfs(_ m: Mount) throws {
        let dest = "/" + RootfsPath.relative(m.destination)
        if dest == "/proc" && m.type != "proc" {
            throw SwuncError("only a proc filesystem may be mounted on /proc (got type \(m.type ?? "bind"))")
        }
        if m.type == "proc" || m.type == "sysfs" {
            let name = String(dest.split(separator: "/").last ?? "")
            let parentPath = String(dest.dropLast(name.count))
            let parent = try root.open(parentPath.isEmpty ? "/" : parentPath, create: .directory)
            defer { close(parent) }
            var buf = [CChar](repeating: 0, count: 256)
            if readlinkat(parent, name, &buf, 255) >= 0 {
                throw SwuncError("\(dest) is a symlink in the rootfs; refusing to mount \(m.type!) on it")
            }
        }
    }

    /// Only a real procfs may be mounted on a container's /proc (runc
    /// CVE-2019-19921 / CVE-2019-16884 made /proc a symlink or another fs).
    func verifyProcfs(destination: String) throws {
        // Reopened after mounting: an fd from before refers to the covered directory.
        let f = try root.open(destination, create: .none)
        defer { close(f) }
        let magic = swunc_fstatfs_type(f)
        if magic != 0x9fa0 { throw SwuncError("the proc mount is not a procfs (magic \(magic))") }
    }

    /// A cgroup mount: cgroup2 when the host is pure v2, otherwise a tmpfs
    /// holding one mount per v1 hierarchy. With a cgroup namespace the
    /// kernel shows the container's cgroup as the root; without one the
    /// container's own cgroup directories are bind-mounted.
    func mountCgroup(destination: String, flags: UInt) throws {
        let hier = CgroupHierarchies.current()
        let target = try root.open(destination, create: .directory)
        defer { close(target) }
        let roFlags = flags & MS.rdonly
        let mflags = MS.nosuid | MS.noexec | MS.nodev | roFlags
        if hier.isPureV2 {
            if hasCgroupNamespace {
                _ = try check(swunc_mount("cgroup2", procPath(target), "cgroup2", mflags, nil), "mount cgroup2")
            } else {
                let src = hier.unified! + cgroupPath
                _ = try check(swunc_mount(src, procPath(target), nil, MS.bind | MS.rec, nil), "bind \(src)")
                if roFlags != 0 { _ = try check(swunc_mount(nil, procPath(target), nil, MS.bind | MS.remount | mflags, nil), "remount cgroup ro") }
            }
            return
        }
        _ = try check(swunc_mount("tmpfs", procPath(target), "tmpfs", MS.nosuid | MS.noexec | MS.nodev, "mode=755"), "mount tmpfs for cgroups")
        // fds opened before a mount refer to the covered directory: reopen.
        let tmpfs = try root.open(destination, create: .none)
        defer { close(tmpfs) }
        for h in hier.v1 {
            let name = (h.mountPoint.split(separator: "/").last).map(String.init) ?? h.options
            let sub = try root.open(destination + "/" + name, create: .directory)
            defer { close(sub) }
            if hasCgroupNamespace {
                _ = try check(swunc_mount("cgroup", procPath(sub), "cgroup", mflags, h.options), "mount cgroup \(h.options)")
            } else {
                let src = h.mountPoint + cgroupPath
                if !FileIO.isDirectory(src) { continue }
                _ = try check(swunc_mount(src, procPath(sub), nil, MS.bind | MS.rec, nil), "bind \(src)")
                if roFlags != 0 {
                    let bound = try root.open(destination + "/" + name, create: .none)
                    _ = swunc_mount(nil, procPath(bound), nil, MS.bind | MS.remount | mflags, nil)
                    close(bound)
                }
            }
            // cpu,cpuacct mounted together: also reachable as cpu and cpuacct.
            if name.contains(",") {
                for alias in name.split(separator: ",") {
                    _ = symlinkat(name, tmpfs, String(alias))
                }
            }
        }
        if roFlags != 0 {
            _ = try check(swunc_mount(nil, procPath(tmpfs), nil, MS.bind | MS.remount | MS.rdonly | MS.nosuid | MS.noexec | MS.nodev, nil), "remount cgroup tmpfs ro")
        }
    }
}

/// The host's cgroup hierarchies, from /proc/self/mountinfo.
struct CgroupHierarchies {
    struct V1 { var mountPoint: String; var options: String }
    var v1: [V1] = []
    var unified: String?
    var isPureV2: Bool { v1.isEmpty && unified != nil }

    static func current() -> CgroupHierarchies {
        var out = CgroupHierarchies()
        guard let text = FileIO.readText("/proc/self/mountinfo") else { return out }
        for line in text.split(separator: "\n") {
            // id parent maj:min root mountpoint opts [optional...] - fstype source superopts
            let fields = line.split(separator: " ")
            guard let dash = fields.firstIndex(of: "-"), dash >= 5, fields.count >= dash + 4 else { continue }
            let left = fields[..<dash]
            let right = Array(fields[(dash + 1)...])
            let mp = String(left[4])
            if right[0] == "cgroup2" {
                if out.unified == nil { out.unified = mp }
            } else if right[0] == "cgroup" {
                let known = right[2].split(separator: ",").filter { s in
                    !(s == "rw" || s == "ro" || s.hasPrefix("release_agent") || s == "clone_children" || s == "noprefix" || s == "xattr" || s.hasPrefix("cpuset_v2_mode"))
                }
                out.v1.append(V1(mountPoint: mp, options: known.joined(separator: ",")))
            }
        }
        return out
    }
}

import Glibc
import CBootstrap
import LinuxKit

/// Makes the rootfs the container's "/".
enum RootSwitch {
    /// pivot_root(".", ".") leaves the old root stacked on top of the new
    /// one; after making it a slave (so the unmount cannot propagate back to
    /// the host) a lazy unmount drops it. This avoids needing a put_old
    /// directory inside the rootfs, which a read-only image may not allow.
    static func pivot(to rootfs: String) throws {
        let newRoot = try checkErrno("open \(rootfs)") { open(rootfs, O_DIRECTORY | O_RDONLY | O_CLOEXEC) }
        defer { close(newRoot) }
        let oldRoot = try checkErrno("open /") { open("/", O_DIRECTORY | O_RDONLY | O_CLOEXEC) }
        defer { close(oldRoot) }
        _ = try checkErrno("chdir \(rootfs)") { fchdir(newRoot) }
        _ = try check(swunc_pivot_root(".", "."), "pivot_root \(rootfs)")
        _ = try checkErrno("fchdir old root") { fchdir(oldRoot) }
        _ = try check(swunc_mount(nil, ".", nil, MS.slave | MS.rec, nil), "make old root rslave")
        _ = try check(swunc_umount2(".", 2 /* MNT_DETACH */), "unmount old root")
        _ = try checkErrno("chdir new root") { fchdir(newRoot) }
    }

    /// --no-pivot: move the rootfs mount onto / and chroot. Weaker (the old
    /// root stays reachable to a process that escapes the chroot) but works
    /// on a ramfs root where pivot_root is impossible.
    static func moveAndChroot(to rootfs: String) throws {
        _ = try checkErrno("chdir \(rootfs)") { chdir(rootfs) }
        _ = try check(swunc_mount(rootfs, "/", nil, MS.move, nil), "move \(rootfs) to /")
        _ = try checkErrno("chroot") { chroot(".") }
        _ = try checkErrno("chdir /") { chdir("/") }
    }
}

/// maskedPaths, readonlyPaths and the read-only root, after the switch.
enum PathProtection {
    /// Hides a path: a file gets /dev/null bound over it (verified to be the
    /// real char 1:3, so an image cannot swap in its own "null"), a
    /// directory an empty read-only tmpfs. Missing paths are skipped.
    static func mask(_ path: String, index: Int) throws {
        let fd = swunc_openat2_in_root(AT_FDCWD, path, SWUNC_O_PATH | O_CLOEXEC, 0)
        if fd == -ENOENT { return }
        let target = try check(fd, "linux.maskedPaths[\(index)]: resolve \(path)")
        defer { close(target) }
        if fileType(target) == S_IFDIR {
            _ = try check(swunc_mount("tmpfs", procPath(target), "tmpfs", MS.rdonly, "size=0k"), "linux.maskedPaths[\(index)]: mask \(path)")
        } else {
            let null = try checkErrno("open /dev/null") { open("/dev/null", SWUNC_O_PATH | O_CLOEXEC) }
            defer { close(null) }
            var st = stat()
            guard fstat(null, &st) == 0, (st.st_mode & S_IFMT) == S_IFCHR, swunc_major(UInt64(st.st_rdev)) == 1, swunc_minor(UInt64(st.st_rdev)) == 3 else {
                throw SwuncError("linux.maskedPaths[\(index)]: /dev/null in the container is not the null device; refusing to mask \(path) with it")
            }
            _ = try check(swunc_mount(procPath(null), procPath(target), nil, MS.bind, nil), "linux.maskedPaths[\(index)]: mask \(path)")
        }
    }

    static func makeReadonly(_ path: String, index: Int) throws {
        let fd = swunc_openat2_in_root(AT_FDCWD, path, SWUNC_O_PATH | O_CLOEXEC, 0)
        if fd == -ENOENT { return }
        let target = try check(fd, "linux.readonlyPaths[\(index)]: resolve \(path)")
        defer { close(target) }
        _ = try check(swunc_mount(procPath(target), procPath(target), nil, MS.bind | MS.rec, nil), "linux.readonlyPaths[\(index)]: bind \(path)")
        let again = try check(swunc_openat2_in_root(AT_FDCWD, path, SWUNC_O_PATH | O_CLOEXEC, 0), "reopen \(path)")
        defer { close(again) }
        let keep = mountFlagsOf(path: procPath(again)) & MS.lockable
        _ = try check(swunc_mount(nil, procPath(again), nil, MS.bind | MS.remount | MS.rdonly | MS.rec | keep, nil), "linux.readonlyPaths[\(index)]: remount \(path) read-only")
    }

    static func readonlyRoot() throws {
        let keep = mountFlagsOf(path: "/") & MS.lockable
        _ = try check(swunc_mount(nil, "/", nil, MS.bind | MS.remount | MS.rdonly | keep, nil), "root.readonly: remount / read-only")
    }
}

/// linux.sysctl: written through the container's own /proc/sys, which is
/// verified to be procfs first.
enum Sysctl {
    static func apply(_ values: [String: String]) throws {
        if values.isEmpty { return }
        let dir = try checkErrno("open /proc/sys") { open("/proc/sys", O_DIRECTORY | O_RDONLY | O_CLOEXEC) }
        defer { close(dir) }
        guard swunc_fstatfs_type(dir) == 0x9fa0 else {
            throw SwuncError("linux.sysctl: /proc/sys in the container is not procfs; refusing to write")
        }
        for key in values.keys.sorted() {
            let rel = String(key.map { $0 == "." ? "/" : $0 })
            if rel.contains("..") { throw SwuncError("linux.sysctl[\"\(key)\"]: invalid key") }
            let fd = openat(dir, rel, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
            if fd < 0 { throw SystemError("linux.sysctl[\"\(key)\"]: open /proc/sys/\(rel)") }
            defer { close(fd) }
            if !FileIO.writeAll(fd: fd, Array(values[key]!.utf8)) {
                throw SystemError("linux.sysctl[\"\(key)\"]: write \(values[key]!)")
            }
        }
    }
}

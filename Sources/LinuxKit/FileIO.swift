import Glibc

/// Small Foundation-free file helpers used on the hot path.
public enum FileIO {
    /// Reads a whole file. Returns nil and leaves errno set when it cannot be opened.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
        defer { close(fd) }
        return readAll(fd: fd)
    }

    /// Reads a whole file or throws a SystemError naming it.
    public static func readOrThrow(_ path: String) throws -> [UInt8] {
        guard let bytes = read(path) else { throw SystemError("open \(path)") }
        return bytes
    }

    /// Reads everything from an fd until EOF.
    public static func readAll(fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Reads a small text file (proc, sysfs, cgroupfs).
    public static func readText(_ path: String) -> String? {
        guard let b = read(path) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    /// Writes all bytes to an fd, retrying short writes and EINTR.
    public static func writeAll(fd: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 { if errno == EINTR { continue }; return false }
            off += n
        }
        return true
    }

    /// Opens path for writing (no create) and writes the string: the way
    /// proc, sysfs and cgroupfs knobs are set.
    public static func writeKnob(_ path: String, _ value: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 { throw SystemError("open \(path)") }
        defer { close(fd) }
        if !writeAll(fd: fd, Array(value.utf8)) { throw SystemError("write \(value) to \(path)") }
    }

    /// Atomically replaces path: write a temp file in the same directory,
    /// fsync it, rename over the target. A reader sees the old or the new
    /// content, never a torn one, even across a crash.
    public static func writeAtomic(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o600) throws {
        let tmp = path + ".tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        if fd < 0 { throw SystemError("create \(tmp)") }
        if !writeAll(fd: fd, bytes) || fsync(fd) != 0 {
            let e = errno
            close(fd); unlink(tmp)
            throw SystemError("write \(tmp)", errno: e)
        }
        close(fd)
        if rename(tmp, path) != 0 {
            let e = errno
            unlink(tmp)
            throw SystemError("rename \(tmp) to \(path)", errno: e)
        }
    }

    /// Creates a file with the bytes (O_EXCL unless overwrite).
    public static func write(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        if fd < 0 { throw SystemError("create \(path)") }
        defer { close(fd) }
        if !writeAll(fd: fd, bytes) { throw SystemError("write \(path)") }
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// mkdir -p with the given mode for created components.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws {
        if path.isEmpty || isDirectory(path) { return }
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, mode) != 0 && errno != EEXIST {
                throw SystemError("mkdir \(current)")
            }
        }
    }

    /// rm -rf of a directory tree without following symlinks; used for state dirs.
    public static func removeTree(_ path: String) {
        var st = stat()
        if lstat(path, &st) != 0 { return }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            if let dir = opendir(path) {
                while let ent = readdir(dir) {
                    let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
                        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                    }
                    if name == "." || name == ".." { continue }
                    removeTree(path + "/" + name)
                }
                closedir(dir)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Directory entry names (no . and ..).
    public static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let ent = readdir(dir) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

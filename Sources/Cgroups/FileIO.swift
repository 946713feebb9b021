import Glibc

/// Minimal file helpers over Glibc (no Foundation on the create/delete path).
enum FileIO {
    /// Reads a whole (small, pseudo-)file. cgroup files report size 0, so
    /// read until EOF rather than trusting fstat.
    static func read(_ path: String) throws -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw CgroupError.sys(path, "open", errno) }
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 8192)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CgroupError.sys(path, "read", errno)
            }
            if n == 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads and trims trailing whitespace/newline.
    static func readTrimmed(_ path: String) throws -> String {
        var s = try read(path)
        while let l = s.last, l == "\n" || l == " " || l == "\t" { s.removeLast() }
        return s
    }

    /// Writes `value` with a single write(2): cgroup files parse one write
    /// as one command, so it must not be split or appended to.
    static func write(_ path: String, _ value: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 { throw CgroupError.sys(path, "open", errno) }
        defer { close(fd) }
        var bytes = Array(value.utf8)
        if bytes.isEmpty { bytes = [0x0a] }  // an empty write is a no-op to the kernel
        while true {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CgroupError.sys(path, "write \"\(value)\"", errno)
            }
            return
        }
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// mkdir -p; existing directories are fine.
    static func mkdirAll(_ path: String) throws {
        if path.isEmpty || path == "/" { return }
        if mkdir(path, 0o755) == 0 { return }
        let err = errno
        if err == EEXIST { return }
        if err == ENOENT {
            try mkdirAll(parent(path))
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            throw CgroupError.sys(path, "mkdir", errno)
        }
        throw CgroupError.sys(path, "mkdir", err)
    }

    /// Names of the sub-directories of `path` (empty if it does not exist).
    static func subdirectories(_ path: String) -> [String] {
        guard let d = opendir(path) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            guard e.pointee.d_type == UInt8(DT_DIR) else { continue }
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Sleeps `micros` microseconds (used only in bounded wait loops).
    static func pause(micros: Int) {
        var req = timespec(tv_sec: 0, tv_nsec: micros * 1000)
        var rem = timespec()
        while nanosleep(&req, &rem) != 0 && errno == EINTR { req = rem }
    }

    /// Monotonic clock in milliseconds, for bounding wait loops.
    static func nowMillis() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }

    static func parent(_ path: String) -> String {
        guard let i = path.lastIndex(of: "/") else { return "." }
        if i == path.startIndex { return "/" }
        return String(path[..<i])
    }
}

/// Joins cgroup path components, collapsing duplicate slashes.
func joinPath(_ parts: String...) -> String {
    var comps: [Substring] = []
    for p in parts { comps.append(contentsOf: p.split(separator: "/")) }
    return "/" + comps.joined(separator: "/")
}

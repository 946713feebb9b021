import Glibc
import CBootstrap

/// Facts about processes read from /proc, without Foundation.
public enum ProcFS {
    /// Field 22 of /proc/<pid>/stat (start time in clock ticks since boot).
    /// Together with the pid it identifies a process uniquely: a recycled pid
    /// has a different start time. Field 2 (comm) may hold spaces and ')' so
    /// parsing starts after the last ')'.
    public static func startTime(pid: Int32) -> UInt64? {
        guard let bytes = FileIO.read("/proc/\(pid)/stat") else { return nil }
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        // After ") " come fields 3...; start time is field 22 -> index 19 here.
        var field = 0
        var i = close + 2
        var start = i
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == UInt8(ascii: " ") {
                if field == 19 {
                    return UInt64(String(decoding: bytes[start..<i], as: UTF8.self))
                }
                field += 1
                start = i + 1
            }
            i += 1
        }
        return nil
    }

    /// Process state letter (R, S, D, Z, T, ...) from /proc/<pid>/stat.
    public static func stateLetter(pid: Int32) -> UInt8? {
        guard let bytes = FileIO.read("/proc/\(pid)/stat"),
              let close = bytes.lastIndex(of: UInt8(ascii: ")")), close + 2 < bytes.count else { return nil }
        return bytes[close + 2]
    }

    /// True when pid exists, has the recorded start time and is not a zombie.
    public static func isAlive(pid: Int32, startTime: UInt64) -> Bool {
        guard pid > 0, let t = self.startTime(pid: pid), t == startTime else { return false }
        return stateLetter(pid: pid) != UInt8(ascii: "Z")
    }
}

/// Wait-status decoding (the C macros).
public struct WaitStatus {
    public var raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public var exited: Bool { swunc_wifexited(raw) != 0 }
    public var exitCode: Int32 { swunc_wexitstatus(raw) }
    public var signaled: Bool { swunc_wifsignaled(raw) != 0 }
    public var signal: Int32 { swunc_wtermsig(raw) }
    /// The shell convention: exit code, or 128 + signal.
    public var shellCode: Int32 { exited ? exitCode : (signaled ? 128 + signal : 1) }
}

/// waitpid retrying EINTR.
public func waitForChild(_ pid: Int32) -> WaitStatus? {
    var status: Int32 = 0
    while true {
        let r = waitpid(pid, &status, 0)
        if r == pid { return WaitStatus(status) }
        if r < 0 && errno == EINTR { continue }
        return nil
    }
}

import Glibc
import CBootstrap

/// Facts about processes read from /proc, without Foundation.
public enum ProcFS {
    /// State letter (field 3) and start time (field 22, clock ticks since
    /// boot) from one read of /proc/<pid>/stat. Pid plus start time
    /// identifies a process uniquely: a recycled pid has another start time.
    /// Field 2 (comm) may hold spaces and ')' so parsing starts after the
    /// last ')'.
    public static func stat(pid: Int32) -> (state: UInt8, startTime: UInt64)? {
        guard let bytes = FileIO.read("/proc/\(pid)/stat"),
              let close = bytes.lastIndex(of: UInt8(ascii: ")")), close + 2 < bytes.count else { return nil }
        let state = bytes[close + 2]
        // After ") " come fields 3...; start time is field 22 -> index 19 here.
        var field = 0
        var start = close + 2
        for i in start...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") {
            if field == 19 {
                guard let t = UInt64(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
                return (state, t)
            }
            field += 1
            start = i + 1
        }
        return nil
    }

    public static func startTime(pid: Int32) -> UInt64? { stat(pid: pid)?.startTime }

    /// True when pid exists, has the recorded start time and is not a zombie.
    public static func isAlive(pid: Int32, startTime: UInt64) -> Bool {
        guard pid > 0, let s = stat(pid: pid) else { return false }
        return s.startTime == startTime && s.state != UInt8(ascii: "Z")
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

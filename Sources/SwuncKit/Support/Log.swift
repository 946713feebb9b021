import LinuxKit
import Glibc

/// runc-compatible logging: `--log FILE --log-format text|json`. containerd's
/// shim reads the JSON form line by line ({"level","msg","time"}) and shows
/// the last error to the user, so every failure is logged there as well as
/// printed on stderr.
public enum Log {
    public enum Format { case text, json }
    nonisolated(unsafe) static var fd: Int32 = -1
    nonisolated(unsafe) static var format: Format = .text
    nonisolated(unsafe) public static var debugEnabled = false

    public static func configure(path: String?, format: Format, debug: Bool) {
        self.format = format
        self.debugEnabled = debug
        if let path = path, !path.isEmpty {
            fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        }
    }

    public static func error(_ msg: String) { write(level: "error", msg) }
    public static func warning(_ msg: String) { write(level: "warning", msg) }
    public static func debug(_ msg: String) { if debugEnabled { write(level: "debug", msg) } }

    static func write(level: String, _ msg: String) {
        guard fd >= 0 else { return }
        let line: String
        switch format {
        case .json:
            line = "{\"level\":\"\(level)\",\"msg\":\(jsonQuote(msg)),\"time\":\"\(Clock.rfc3339Now())\"}\n"
        case .text:
            line = "time=\"\(Clock.rfc3339Now())\" level=\(level) msg=\(jsonQuote(msg))\n"
        }
        _ = FileIO.writeAll(fd: fd, Array(line.utf8))
    }
}

/// JSON string literal for a Swift string (quotes and escapes).
func jsonQuote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if u.value < 0x20 {
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}

/// Prints to stderr.
func printError(_ msg: String) {
    _ = FileIO.writeAll(fd: 2, Array((msg + "\n").utf8))
}

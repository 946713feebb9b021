// Errors thrown by the JSON codec. Foundation-free.

/// An error from parsing, decoding or encoding JSON.
///
/// - Syntax errors have `path == ""` and a 1-based `line`/`column`
///   (column counts characters, not bytes); `description` is e.g.
///   `"line 3, column 17: expected ',' or '}' after object member"`.
/// - Decoding/encoding errors carry the coding path in dotted/indexed form
///   (`"process.capabilities.bounding[2]"`, `""` for the root value) and no
///   line/column; `description` is `"path: message"` (just `message` at root).
public struct JSONError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The coding path of the offending value, e.g. `"linux.resources.memory.limit"`;
    /// `""` for syntax errors and for the root value.
    public var path: String
    /// What went wrong, without the location prefix,
    /// e.g. `"expected a string, found a number"`.
    public var message: String
    /// 1-based line of a syntax error, nil for decoding/encoding errors.
    public var line: Int?
    /// 1-based column (in characters) of a syntax error, nil otherwise.
    public var column: Int?

    /// Creates a decoding/encoding error at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
        self.line = nil
        self.column = nil
    }

    /// Creates a syntax error at a 1-based line and column.
    public init(line: Int, column: Int, message: String) {
        self.path = ""
        self.message = message
        self.line = line
        self.column = column
    }

    /// `"line L, column C: message"`, `"path: message"`, or just `message`.
    public var description: String {
        if let l = line, let c = column {
            return "line \(l), column \(c): \(message)"
        }
        return path.isEmpty ? message : "\(path): \(message)"
    }
}

extension JSONError {
    /// Formats a coding path as `a.b[2].c`. Array indices (keys whose string
    /// value is `"Index N"` with int value N) become `[N]`; keys that would be
    /// ambiguous in dotted form (empty, or containing `.`, `[`, `]`, `"` or
    /// whitespace) are written as `["key"]`.
    public static func formatPath(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let i = key.intValue, key is _JSONIndexKey || key.stringValue == "Index \(i)" {
                out += "[\(i)]"
                continue
            }
            let s = key.stringValue
            if _needsBrackets(s) {
                out += "[\""
                for ch in s.unicodeScalars {
                    if ch == "\"" || ch == "\\" { out.unicodeScalars.append("\\") }
                    out.unicodeScalars.append(ch)
                }
                out += "\"]"
            } else {
                if !out.isEmpty { out += "." }
                out += s
            }
        }
        return out
    }

    private static func _needsBrackets(_ s: String) -> Bool {
        if s.isEmpty { return true }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "."), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""),
                 UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return true
            default:
                continue
            }
        }
        return false
    }

    /// Converts a `Swift.DecodingError` (from this decoder or from a custom
    /// `init(from:)`) into a `JSONError`: path from `context.codingPath`,
    /// message from `context.debugDescription`.
    public init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .keyNotFound(_, let ctx),
             .dataCorrupted(let ctx):
            self.init(path: JSONError.formatPath(ctx.codingPath), message: ctx.debugDescription)
        @unknown default:
            self.init(path: "", message: String(describing: error))
        }
    }

    /// Converts a `Swift.EncodingError` into a `JSONError`.
    public init(_ error: EncodingError) {
        switch error {
        case .invalidValue(_, let ctx):
            self.init(path: JSONError.formatPath(ctx.codingPath), message: ctx.debugDescription)
        @unknown default:
            self.init(path: "", message: String(describing: error))
        }
    }
}

// Serializes JSONValue trees to UTF-8 bytes. Foundation-free.

/// Writes `JSONValue`s as UTF-8 JSON.
///
/// Compact form has no whitespace. Pretty form uses 2-space indentation,
/// `"key": value`, `[]`/`{}` for empty containers and ends with a newline.
/// Object members are written in insertion order. Strings are escaped per
/// RFC 8259: `"` and `\` are backslash-escaped, control characters use
/// `\b \f \n \r \t` or `\u00XX`; `/` and non-ASCII are written as-is.
struct _JSONWriter {
    private(set) var out: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool, capacity: Int = 256) {
        self.pretty = pretty
        out.reserveCapacity(capacity)
    }

    static func serialize(_ value: JSONValue, pretty: Bool) -> [UInt8] {
        var w = _JSONWriter(pretty: pretty)
        w.write(value, indent: 0)
        if pretty { w.out.append(0x0A) }
        return w.out
    }

    mutating func write(_ value: JSONValue, indent: Int) {
        switch value {
        case .null: appendASCII("null")
        case .bool(let b): appendASCII(b ? "true" : "false")
        case .number(let n): appendString(n)
        case .string(let s): writeString(s)
        case .array(let a):
            if a.isEmpty {
                out.append(UInt8(ascii: "["))
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(indent + 1) }
                write(v, indent: indent + 1)
            }
            if pretty { newline(indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            if o.isEmpty {
                out.append(UInt8(ascii: "{"))
                out.append(UInt8(ascii: "}"))
                return
            }
            out.append(UInt8(ascii: "{"))
            let keys = o._keys
            let values = o._values
            for i in 0..<keys.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(indent + 1) }
                writeString(keys[i])
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(values[i], indent: indent + 1)
            }
            if pretty { newline(indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private mutating func newline(_ indent: Int) {
        out.append(0x0A)
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }

    @inline(__always)
    private mutating func appendASCII(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func appendString(_ s: String) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func writeString(_ s: String) {
        var s = s
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { buf in
            var runStart = 0
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                    i += 1
                    continue
                }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(UInt8(ascii: "u"))
                    out.append(UInt8(ascii: "0"))
                    out.append(UInt8(ascii: "0"))
                    out.append(_JSONWriter.hex[Int(b >> 4)])
                    out.append(_JSONWriter.hex[Int(b & 0xF)])
                }
                i += 1
                runStart = i
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}

// RFC 8259 JSON parser over UTF-8 bytes. Foundation-free.
//
// Recursive descent over an UnsafeBufferPointer with index arithmetic. Line
// and column are not tracked while parsing; they are computed from the byte
// offset only when an error is reported.

/// A strict RFC 8259 parser producing `JSONValue`s.
///
/// Accepts exactly one JSON value surrounded by optional whitespace (and an
/// optional leading UTF-8 byte-order mark). Rejects invalid UTF-8, raw control
/// characters in strings, invalid escapes, unpaired surrogates, leading zeros,
/// trailing commas and trailing data. Nesting deeper than `maxDepth` is an error.
struct _JSONParser {
    /// Maximum nesting of arrays/objects.
    static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var pos: Int = 0
    private var depth: Int = 0
    /// Scratch buffer for strings containing escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.end = bytes.count
    }

    /// Parses a whole document.
    static func parse(_ input: [UInt8]) throws -> JSONValue {
        try input.withUnsafeBufferPointer { buf in
            var p = _JSONParser(buf)
            return try p.parseDocument()
        }
    }

    mutating func parseDocument() throws -> JSONValue {
        // Optional UTF-8 BOM.
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
        skipWhitespace()
        guard pos < end else { throw error("unexpected end of input, expected a JSON value") }
        let v = try parseValue()
        skipWhitespace()
        if pos < end {
            throw error("unexpected \(describe(at: pos)) after the JSON value")
        }
        return v
    }

    // MARK: - Values

    private mutating func parseValue() throws -> JSONValue {
        // Caller guarantees pos < end and whitespace skipped.
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        default:
            throw error("unexpected \(describe(at: pos)), expected a JSON value")
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        let open = pos
        pos += 1
        depth += 1
        if depth > _JSONParser.maxDepth {
            throw error("nesting deeper than \(_JSONParser.maxDepth) levels", at: open)
        }
        var obj = JSONObject()
        skipWhitespace()
        guard pos < end else { throw error("unexpected end of input, expected a string key or '}'") }
        if bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            depth -= 1
            return .object(obj)
        }
        var afterComma = false
        while true {
            guard bytes[pos] == UInt8(ascii: "\"") else {
                if afterComma {
                    throw error("unexpected \(describe(at: pos)), expected a string key after ','")
                }
                throw error("unexpected \(describe(at: pos)), expected a string key or '}'")
            }
            let key = try parseString()
            skipWhitespace()
            guard pos < end else { throw error("unexpected end of input, expected ':'") }
            guard bytes[pos] == UInt8(ascii: ":") else {
                throw error("expected ':' after object key")
            }
            pos += 1
            skipWhitespace()
            guard pos < end else { throw error("unexpected end of input, expected a JSON value") }
            let value = try parseValue()
            if let i = obj.index(forKey: key) {
                obj._values[i] = value  // duplicate key: last value wins
            } else {
                obj._append(key, value)
            }
            skipWhitespace()
            guard pos < end else { throw error("unexpected end of input, expected '}'") }
            let c = bytes[pos]
            if c == UInt8(ascii: ",") {
                pos += 1
                skipWhitespace()
                guard pos < end else { throw error("unexpected end of input, expected a string key") }
                afterComma = true
                continue
            }
            if c == UInt8(ascii: "}") {
                pos += 1
                depth -= 1
                return .object(obj)
            }
            throw error("expected ',' or '}' after object member")
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        let open = pos
        pos += 1
        depth += 1
        if depth > _JSONParser.maxDepth {
            throw error("nesting deeper than \(_JSONParser.maxDepth) levels", at: open)
        }
        var arr = [JSONValue]()
        skipWhitespace()
        guard pos < end else { throw error("unexpected end of input, expected a JSON value or ']'") }
        if bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            depth -= 1
            return .array(arr)
        }
        while true {
            if bytes[pos] == UInt8(ascii: "]") {
                throw error("unexpected ']', expected a JSON value after ','")
            }
            arr.append(try parseValue())
            skipWhitespace()
            guard pos < end else { throw error("unexpected end of input, expected ']'") }
            let c = bytes[pos]
            if c == UInt8(ascii: ",") {
                pos += 1
                skipWhitespace()
                guard pos < end else { throw error("unexpected end of input, expected a JSON value") }
                continue
            }
            if c == UInt8(ascii: "]") {
                pos += 1
                depth -= 1
                return .array(arr)
            }
            throw error("expected ',' or ']' after array element")
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws {
        let start = pos
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        var i = 0
        while i < n {
            guard pos < end else {
                throw error("unexpected end of input, expected '\(word)'")
            }
            guard bytes[pos] == w[i] else {
                throw error("invalid literal, expected '\(word)'", at: start)
            }
            pos += 1
            i += 1
        }
    }

    // MARK: - Numbers

    /// Validates an RFC 8259 number and returns its literal text.
    private mutating func parseNumber() throws -> String {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") {
            pos += 1
            guard pos < end else { throw error("unexpected end of input, expected a digit after '-'") }
        }
        let first = bytes[pos]
        if first == UInt8(ascii: "0") {
            pos += 1
            if pos < end, isDigit(bytes[pos]) {
                throw error("invalid number: leading zeros are not allowed", at: pos - 1)
            }
        } else if isDigit(first) {
            pos += 1
            while pos < end, isDigit(bytes[pos]) { pos += 1 }
        } else {
            throw error("invalid number: expected a digit after '-'")
        }
        if pos < end, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < end else { throw error("unexpected end of input, expected a digit after '.'") }
            guard isDigit(bytes[pos]) else { throw error("invalid number: expected a digit after '.'") }
            while pos < end, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < end, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < end, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < end else { throw error("unexpected end of input, expected a digit in the exponent") }
            guard isDigit(bytes[pos]) else { throw error("invalid number: expected a digit in the exponent") }
            while pos < end, isDigit(bytes[pos]) { pos += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    @inline(__always)
    private func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    // MARK: - Strings

    /// Parses a string starting at the opening quote; leaves `pos` after the closing quote.
    private mutating func parseString() throws -> String {
        pos += 1
        let start = pos
        while pos < end {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if b == UInt8(ascii: "\\") {
                return try parseEscapedString(from: start)
            }
            if b < 0x20 {
                throw error("unescaped control character \(hexScalar(UInt32(b))) in string")
            }
            if b < 0x80 {
                pos += 1
            } else {
                pos += try utf8SequenceLength(at: pos)
            }
        }
        throw error("unexpected end of input inside a string")
    }

    /// Slow path: the string has escapes. `pos` is at the first backslash.
    private mutating func parseEscapedString(from start: Int) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < end {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                try parseEscape()
                continue
            }
            if b < 0x20 {
                throw error("unescaped control character \(hexScalar(UInt32(b))) in string")
            }
            if b < 0x80 {
                scratch.append(b)
                pos += 1
            } else {
                let n = try utf8SequenceLength(at: pos)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pos..<pos + n]))
                pos += n
            }
        }
        throw error("unexpected end of input inside a string")
    }

    /// Decodes one escape sequence at `pos` (a backslash) into `scratch`.
    private mutating func parseEscape() throws {
        let escStart = pos
        pos += 1
        guard pos < end else { throw error("unexpected end of input inside a string") }
        let c = bytes[pos]
        pos += 1
        switch c {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart: escStart)
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                // High surrogate: must be followed by \u low surrogate.
                guard pos + 1 < end, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                    throw error("invalid \\u escape: unpaired high surrogate \(hexEscape(scalar))", at: escStart)
                }
                let lowStart = pos
                pos += 2
                let low = try readHex4(escapeStart: lowStart)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw error("invalid \\u escape: unpaired high surrogate \(hexEscape(scalar))", at: escStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw error("invalid \\u escape: unpaired low surrogate \(hexEscape(scalar))", at: escStart)
            }
            appendUTF8(scalar)
        default:
            throw error("invalid escape sequence '\\\(describeChar(c))'", at: escStart)
        }
    }

    /// Reads 4 hex digits at `pos`.
    private mutating func readHex4(escapeStart: Int) throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard pos < end else { throw error("unexpected end of input inside a string") }
            let b = bytes[pos]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default:
                throw error("invalid \\u escape: expected 4 hex digits", at: escapeStart)
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    private mutating func appendUTF8(_ s: UInt32) {
        switch s {
        case 0..<0x80:
            scratch.append(UInt8(s))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | (s >> 6)))
            scratch.append(UInt8(0x80 | (s & 0x3F)))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | (s >> 12)))
            scratch.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (s & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (s >> 18)))
            scratch.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (s & 0x3F)))
        }
    }

    /// Validates the multi-byte UTF-8 sequence at `i` (first byte >= 0x80)
    /// and returns its length. Rejects overlong forms, surrogates and values
    /// above U+10FFFF.
    private func utf8SequenceLength(at i: Int) throws -> Int {
        let b0 = bytes[i]
        let n: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF  // allowed range of the 2nd byte
        switch b0 {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default:
            throw error("invalid UTF-8 byte 0x\(hexByte(b0)) in string", at: i)
        }
        guard i + n <= end else {
            throw error("invalid UTF-8 sequence (truncated) in string", at: i)
        }
        let b1 = bytes[i + 1]
        guard b1 >= lo && b1 <= hi else { throw error("invalid UTF-8 sequence in string", at: i) }
        var k = 2
        while k < n {
            guard bytes[i + k] & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence in string", at: i) }
            k += 1
        }
        return n
    }

    // MARK: - Whitespace

    @inline(__always)
    private mutating func skipWhitespace() {
        while pos < end {
            switch bytes[pos] {
            case 0x20, 0x0A, 0x0D, 0x09: pos += 1
            default: return
            }
        }
    }

    // MARK: - Errors

    private func error(_ message: String) -> JSONError {
        error(message, at: pos)
    }

    /// Builds a syntax error at byte `offset`, computing 1-based line and
    /// column (column counts UTF-8 lead bytes, i.e. characters).
    private func error(_ message: String, at offset: Int) -> JSONError {
        var line = 1
        var column = 1
        var i = 0
        let stop = min(offset, end)
        while i < stop {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return JSONError(line: line, column: column, message: message)
    }

    /// "'x'", "end of input", "character U+000A", "byte 0xFF"...
    private func describe(at i: Int) -> String {
        guard i < end else { return "end of input" }
        let b = bytes[i]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return "character \(hexScalar(UInt32(b)))" }
        if let n = try? utf8SequenceLength(at: i) {
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + n]), as: UTF8.self)
            return "'\(s)'"
        }
        return "byte 0x\(hexByte(b))"
    }

    private func describeChar(_ b: UInt8) -> String {
        if b >= 0x20 && b < 0x7F { return String(Character(Unicode.Scalar(b))) }
        return hexScalar(UInt32(b))
    }
}

private let _hexDigits: [Character] = Array("0123456789ABCDEF")

private func hexByte(_ b: UInt8) -> String {
    String([_hexDigits[Int(b >> 4)], _hexDigits[Int(b & 0xF)]])
}

/// "U+000A"
private func hexScalar(_ v: UInt32) -> String {
    "U+" + hex4(v)
}

/// "\uD83D"
private func hexEscape(_ v: UInt32) -> String {
    "\\u" + hex4(v)
}

private func hex4(_ v: UInt32) -> String {
    var s = ""
    var shift: UInt32 = 12
    while true {
        s.append(_hexDigits[Int((v >> shift) & 0xF)])
        if shift == 0 { break }
        shift -= 4
    }
    return s
}

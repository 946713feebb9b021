// Exact conversion of JSON number literals to Swift numeric types. Foundation-free.

/// The outcome of converting a number literal to an integer type.
enum _JSONIntegerResult<T> {
    case value(T)
    /// Not a valid number literal at all (only possible for hand-built JSONValues).
    case invalid
    /// A valid number with a non-zero fractional part.
    case notInteger
    /// An integer that does not fit in `T`.
    case outOfRange
}

enum _JSONNumber {
    /// Converts a JSON number literal to `T` exactly, from the text (never via
    /// Double). Accepts any literal denoting an integer, including forms like
    /// `1.0`, `1e3` or `-0`; reports fractions and out-of-range values.
    static func integer<T: FixedWidthInteger>(_ text: String, as: T.Type) -> _JSONIntegerResult<T> {
        var text = text
        return text.withUTF8 { integer($0, as: T.self) }
    }

    static func integer<T: FixedWidthInteger>(_ b: UnsafeBufferPointer<UInt8>, as: T.Type) -> _JSONIntegerResult<T> {
        let n = b.count
        var i = 0
        var negative = false
        if i < n, b[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        // Fast path: plain integer digits, no fraction/exponent.
        let intStart = i
        var mag: UInt64 = 0
        var overflow = false
        while i < n {
            let d = b[i] &- UInt8(ascii: "0")
            if d >= 10 { break }
            if !overflow {
                let (m1, o1) = mag.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(UInt64(d))
                if o1 || o2 { overflow = true } else { mag = m2 }
            }
            i += 1
        }
        let intEnd = i
        if intEnd == intStart { return .invalid }
        if i == n {
            if overflow { return .outOfRange }
            return fit(mag, negative: negative)
        }
        // General path: digits D (integer + fraction part) times 10^E.
        var fracStart = i, fracEnd = i
        if b[i] == UInt8(ascii: ".") {
            i += 1
            fracStart = i
            while i < n, b[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            fracEnd = i
            if fracEnd == fracStart { return .invalid }
        }
        var exp = 0
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            var expNeg = false
            if i < n, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                expNeg = b[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            while i < n, b[i] &- UInt8(ascii: "0") < 10 {
                if exp < 1_000_000 { exp = exp * 10 + Int(b[i] &- UInt8(ascii: "0")) }
                i += 1
            }
            if i == expStart { return .invalid }
            if expNeg { exp = -exp }
        }
        if i != n { return .invalid }

        let intLen = intEnd - intStart
        let total = intLen + (fracEnd - fracStart)
        @inline(__always) func digit(_ k: Int) -> UInt8 {
            k < intLen ? b[intStart + k] &- UInt8(ascii: "0") : b[fracStart + k - intLen] &- UInt8(ascii: "0")
        }
        var first = 0
        while first < total, digit(first) == 0 { first += 1 }
        if first == total { return fit(0, negative: false) }  // zero, including -0.0e5
        var last = total - 1
        while digit(last) == 0 { last -= 1 }
        // value = digits[first...last] * 10^(exp - fracLen + trailing zeros)
        let scale = exp - (fracEnd - fracStart) + (total - 1 - last)
        if scale < 0 { return .notInteger }
        let sigDigits = last - first + 1
        if sigDigits + scale > 20 { return .outOfRange }
        var v: UInt64 = 0
        for k in first...last {
            let (m1, o1) = v.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(digit(k)))
            if o1 || o2 { return .outOfRange }
            v = m2
        }
        for _ in 0..<scale {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return .outOfRange }
            v = m
        }
        return fit(v, negative: negative)
    }

    /// Range-checks a sign and 64-bit magnitude against `T`.
    @inline(__always)
    private static func fit<T: FixedWidthInteger>(_ mag: UInt64, negative: Bool) -> _JSONIntegerResult<T> {
        if !negative || mag == 0 {
            if let v = T(exactly: mag) { return .value(v) }
            return .outOfRange
        }
        guard T.isSigned else { return .outOfRange }
        // -mag == -(mag - 1) - 1, which avoids overflow at T.min.
        guard let m1 = T(exactly: mag - 1) else { return .outOfRange }
        return .value(0 - m1 - 1)
    }

    /// Converts a number literal to Double (nearest value); nil if the literal
    /// is malformed or its magnitude is too large for a finite Double.
    static func double(_ text: String) -> Double? {
        guard isValidLiteral(text), let d = Double(text), d.isFinite else { return nil }
        return d
    }

    /// Converts a number literal to Float; nil if malformed or too large.
    static func float(_ text: String) -> Float? {
        guard isValidLiteral(text), let f = Float(text), f.isFinite else { return nil }
        return f
    }

    /// Cheap check that the text looks like a JSON number (so that Double's
    /// parser never sees "nan", "inf" or hex forms from hand-built values).
    private static func isValidLiteral(_ text: String) -> Bool {
        var sawDigit = false
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return false
            }
        }
        return sawDigit
    }

    /// Shortest round-trip text for a finite Double (Swift's `description`,
    /// which is always a valid JSON number for finite values, e.g. `1.5`,
    /// `100.0`, `1e-07`, `5e+20`).
    static func text(_ d: Double) -> String { d.description }

    /// Shortest round-trip text for a finite Float.
    static func text(_ f: Float) -> String { f.description }
}

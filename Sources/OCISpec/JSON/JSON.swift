// Entry points of the Foundation-free JSON codec.

/// Foundation-free JSON parsing, serialization and Codable support.
///
/// All errors are thrown as `JSONError`, whose `description` is either
/// `"line L, column C: message"` (syntax) or `"path: message"` (types/values).
public enum JSON {
    /// Parses UTF-8 JSON bytes into a `JSONValue`.
    ///
    /// Throws `JSONError` with 1-based line and column on syntax errors, e.g.
    /// `"line 3, column 17: expected ',' or '}' after object member"` or
    /// `"line 9, column 1: unexpected end of input, expected '}'"`.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try _JSONParser.parse(bytes)
    }

    /// Parses JSON text held in a `String`.
    public static func parse(_ text: String) throws -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Decodes a `Decodable` from UTF-8 JSON bytes.
    ///
    /// Syntax errors are reported as by `parse`; type errors name the coding
    /// path, e.g. `"process.capabilities.bounding[2]: expected a string, found a number"`,
    /// `"linux.resources.memory.limit: 1e400 does not fit in Int64"`,
    /// `"root: missing required field \"path\""`. Unknown keys are ignored.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decode(type, from: parse(bytes))
    }

    /// Decodes a `Decodable` from a parsed `JSONValue`.
    ///
    /// `Swift.DecodingError`s thrown anywhere during decoding (including from
    /// custom `init(from:)` implementations) are converted to `JSONError`
    /// (path from the error's coding path, message from its debug description).
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        if T.self == JSONValue.self { return value as! T }
        do {
            return try T(from: _JSONDecoderImpl(value: value, path: .root, userInfo: [:]))
        } catch let error as DecodingError {
            throw JSONError(error)
        }
    }

    /// Encodes an `Encodable` to UTF-8 JSON.
    ///
    /// Nil optionals written with `encodeIfPresent` (as synthesized
    /// conformances do) are omitted. Keys appear in the order the value
    /// encoded them. `pretty` gives 2-space indentation and a trailing
    /// newline; otherwise the output is compact. Non-finite floating-point
    /// values throw `JSONError`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        serialize(try encodeValue(value), pretty: pretty)
    }

    /// Encodes an `Encodable` to a `JSONValue` tree.
    public static func encodeValue<T: Encodable>(_ value: T) throws -> JSONValue {
        if T.self == JSONValue.self { return value as! JSONValue }
        let encoder = _JSONEncoderImpl(codingPath: [], userInfo: [:])
        do {
            try value.encode(to: encoder)
        } catch let error as EncodingError {
            throw JSONError(error)
        }
        return encoder.freeze()
    }

    /// Serializes a `JSONValue` to UTF-8 JSON (compact, or pretty with
    /// 2-space indentation and a trailing newline). Number literals are
    /// written verbatim.
    public static func serialize(_ value: JSONValue, pretty: Bool = false) -> [UInt8] {
        _JSONWriter.serialize(value, pretty: pretty)
    }
}

// Swift `Decoder` over a `JSONValue` tree. Foundation-free.
//
// Errors are thrown as `Swift.DecodingError` (so custom `init(from:)` code can
// catch and recover from them as usual); `JSON.decode` converts them to
// `JSONError`. Debug descriptions are the final user-facing messages, e.g.
// "expected a string, found a number".

/// The decoder for one JSON value. It is also its own single-value container.
final class _JSONDecoderImpl: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let path: _JSONPath
    let userInfo: [CodingUserInfoKey: Any]

    init(value: JSONValue, path: _JSONPath, userInfo: [CodingUserInfoKey: Any]) {
        self.value = value
        self.path = path
        self.userInfo = userInfo
    }

    var codingPath: [any CodingKey] { path.keys }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let obj) = value else {
            throw _JSONDecoderImpl.mismatch([String: Any].self, "an object", value, path.keys)
        }
        return KeyedDecodingContainer(_JSONKeyedDecodingContainer<Key>(decoder: self, object: obj, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let arr) = value else {
            throw _JSONDecoderImpl.mismatch([Any].self, "an array", value, path.keys)
        }
        return _JSONUnkeyedDecodingContainer(decoder: self, array: arr, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try _JSONDecoderImpl.bool(value, path.keys) }
    func decode(_ type: String.Type) throws -> String { try _JSONDecoderImpl.string(value, path.keys) }
    func decode(_ type: Double.Type) throws -> Double { try _JSONDecoderImpl.double(value, path.keys) }
    func decode(_ type: Float.Type) throws -> Float { try _JSONDecoderImpl.float(value, path.keys) }
    func decode(_ type: Int.Type) throws -> Int { try _JSONDecoderImpl.integer(value, Int.self, path.keys) }
    func decode(_ type: Int8.Type) throws -> Int8 { try _JSONDecoderImpl.integer(value, Int8.self, path.keys) }
    func decode(_ type: Int16.Type) throws -> Int16 { try _JSONDecoderImpl.integer(value, Int16.self, path.keys) }
    func decode(_ type: Int32.Type) throws -> Int32 { try _JSONDecoderImpl.integer(value, Int32.self, path.keys) }
    func decode(_ type: Int64.Type) throws -> Int64 { try _JSONDecoderImpl.integer(value, Int64.self, path.keys) }
    func decode(_ type: UInt.Type) throws -> UInt { try _JSONDecoderImpl.integer(value, UInt.self, path.keys) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try _JSONDecoderImpl.integer(value, UInt8.self, path.keys) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try _JSONDecoderImpl.integer(value, UInt16.self, path.keys) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try _JSONDecoderImpl.integer(value, UInt32.self, path.keys) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try _JSONDecoderImpl.integer(value, UInt64.self, path.keys) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try _JSONDecoderImpl.unbox(value, as: T.self, path: path, userInfo: userInfo)
    }

    // MARK: Conversions (shared by all containers)

    /// Decodes a nested `Decodable` from `value` at `path`.
    @inline(__always)
    static func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, path: _JSONPath,
                                    userInfo: [CodingUserInfoKey: Any]) throws -> T {
        // Fast paths for the most common leaf type and for raw JSON.
        if T.self == String.self, case .string(let s) = value { return s as! T }
        if T.self == JSONValue.self { return value as! T }
        return try T(from: _JSONDecoderImpl(value: value, path: path, userInfo: userInfo))
    }

    static func mismatch(_ type: Any.Type, _ expected: String, _ found: JSONValue,
                         _ path: [any CodingKey]) -> DecodingError {
        let message: String
        if case .number(let n) = found, expected == "an integer" {
            message = "expected an integer, found \(n)"
        } else {
            message = "expected \(expected), found \(found.kindDescription)"
        }
        return DecodingError.typeMismatch(type, .init(codingPath: path, debugDescription: message))
    }

    @inline(__always)
    static func bool(_ v: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Bool {
        if case .bool(let b) = v { return b }
        throw mismatch(Bool.self, "a boolean", v, path())
    }

    @inline(__always)
    static func string(_ v: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> String {
        if case .string(let s) = v { return s }
        throw mismatch(String.self, "a string", v, path())
    }

    static func double(_ v: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Double {
        guard case .number(let text) = v else { throw mismatch(Double.self, "a number", v, path()) }
        guard let d = _JSONNumber.double(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "\(text) does not fit in Double"))
        }
        return d
    }

    static func float(_ v: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Float {
        guard case .number(let text) = v else { throw mismatch(Float.self, "a number", v, path()) }
        guard let f = _JSONNumber.float(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "\(text) does not fit in Float"))
        }
        return f
    }

    static func integer<T: FixedWidthInteger>(_ v: JSONValue, _ type: T.Type,
                                              _ path: @autoclosure () -> [any CodingKey]) throws -> T {
        guard case .number(let text) = v else { throw mismatch(T.self, "an integer", v, path()) }
        switch _JSONNumber.integer(text, as: T.self) {
        case .value(let x):
            return x
        case .outOfRange:
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "\(text) does not fit in \(T.self)"))
        case .notInteger:
            throw mismatch(T.self, "an integer", v, path())
        case .invalid:
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "invalid number literal \"\(text)\""))
        }
    }
}

// MARK: - Keyed container

struct _JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: _JSONDecoderImpl
    let object: JSONObject
    let path: _JSONPath

    var codingPath: [any CodingKey] { path.keys }

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object.index(forKey: key.stringValue) != nil }

    @inline(__always)
    private func require(_ key: Key) throws -> JSONValue {
        guard let v = object[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(
                codingPath: path.keys, debugDescription: "missing required field \"\(key.stringValue)\""))
        }
        return v
    }

    /// The value for `key`, or nil if it is absent or null.
    @inline(__always)
    private func optional(_ key: Key) -> JSONValue? {
        guard let v = object[key.stringValue] else { return nil }
        if case .null = v { return nil }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool { try require(key) == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try _JSONDecoderImpl.bool(require(key), path.keys(appending: key))
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try _JSONDecoderImpl.string(require(key), path.keys(appending: key))
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try _JSONDecoderImpl.double(require(key), path.keys(appending: key))
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try _JSONDecoderImpl.float(require(key), path.keys(appending: key))
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try int(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try int(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try int(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try int(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try int(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try int(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try int(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try int(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try int(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try int(key) }

    @inline(__always)
    private func int<T: FixedWidthInteger>(_ key: Key) throws -> T {
        try _JSONDecoderImpl.integer(require(key), T.self, path.keys(appending: key))
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try _JSONDecoderImpl.unbox(require(key), as: T.self, path: path.appending(key), userInfo: decoder.userInfo)
    }

    // decodeIfPresent: nil for a missing key and for an explicit null.

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let v = optional(key) else { return nil }
        return try _JSONDecoderImpl.bool(v, path.keys(appending: key))
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let v = optional(key) else { return nil }
        return try _JSONDecoderImpl.string(v, path.keys(appending: key))
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let v = optional(key) else { return nil }
        return try _JSONDecoderImpl.double(v, path.keys(appending: key))
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        guard let v = optional(key) else { return nil }
        return try _JSONDecoderImpl.float(v, path.keys(appending: key))
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try intIfPresent(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try intIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try intIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try intIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try intIfPresent(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try intIfPresent(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try intIfPresent(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try intIfPresent(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try intIfPresent(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try intIfPresent(key) }

    @inline(__always)
    private func intIfPresent<T: FixedWidthInteger>(_ key: Key) throws -> T? {
        guard let v = optional(key) else { return nil }
        return try _JSONDecoderImpl.integer(v, T.self, path.keys(appending: key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = optional(key) else { return nil }
        return try _JSONDecoderImpl.unbox(v, as: T.self, path: path.appending(key), userInfo: decoder.userInfo)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let v = try require(key)
        let p = path.appending(key)
        guard case .object(let obj) = v else {
            throw _JSONDecoderImpl.mismatch([String: Any].self, "an object", v, p.keys)
        }
        let d = _JSONDecoderImpl(value: v, path: p, userInfo: decoder.userInfo)
        return KeyedDecodingContainer(_JSONKeyedDecodingContainer<NestedKey>(decoder: d, object: obj, path: p))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let v = try require(key)
        let p = path.appending(key)
        guard case .array(let arr) = v else {
            throw _JSONDecoderImpl.mismatch([Any].self, "an array", v, p.keys)
        }
        let d = _JSONDecoderImpl(value: v, path: p, userInfo: decoder.userInfo)
        return _JSONUnkeyedDecodingContainer(decoder: d, array: arr, path: p)
    }

    func superDecoder() throws -> any Decoder {
        let key = _JSONStringKey("super")
        return _JSONDecoderImpl(value: object["super"] ?? .null, path: path.appending(key), userInfo: decoder.userInfo)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        _JSONDecoderImpl(value: object[key.stringValue] ?? .null, path: path.appending(key), userInfo: decoder.userInfo)
    }
}

// MARK: - Unkeyed container

struct _JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoder: _JSONDecoderImpl
    let array: [JSONValue]
    let path: _JSONPath
    private(set) var currentIndex: Int = 0

    init(decoder: _JSONDecoderImpl, array: [JSONValue], path: _JSONPath) {
        self.decoder = decoder
        self.array = array
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }
    var count: Int? { array.count }
    var isAtEnd: Bool { currentIndex >= array.count }

    /// The current element; throws valueNotFound past the end.
    @inline(__always)
    private func current(_ type: Any.Type) throws -> JSONValue {
        guard currentIndex < array.count else {
            throw DecodingError.valueNotFound(type, .init(
                codingPath: path.keys(appending: _JSONIndexKey(index: currentIndex)),
                debugDescription: "unexpected end of array (it has \(array.count) element\(array.count == 1 ? "" : "s"))"))
        }
        return array[currentIndex]
    }

    private var currentPath: [any CodingKey] { path.keys(appending: _JSONIndexKey(index: currentIndex)) }

    mutating func decodeNil() throws -> Bool {
        if try current(Any?.self) == .null {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let v = try _JSONDecoderImpl.bool(current(type), currentPath)
        currentIndex += 1
        return v
    }
    mutating func decode(_ type: String.Type) throws -> String {
        let v = try _JSONDecoderImpl.string(current(type), currentPath)
        currentIndex += 1
        return v
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        let v = try _JSONDecoderImpl.double(current(type), currentPath)
        currentIndex += 1
        return v
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        let v = try _JSONDecoderImpl.float(current(type), currentPath)
        currentIndex += 1
        return v
    }
    mutating func decode(_ type: Int.Type) throws -> Int { try int() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try int() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try int() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try int() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try int() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try int() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try int() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try int() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try int() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try int() }

    @inline(__always)
    private mutating func int<T: FixedWidthInteger>() throws -> T {
        let v = try _JSONDecoderImpl.integer(current(T.self), T.self, currentPath)
        currentIndex += 1
        return v
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let v = try _JSONDecoderImpl.unbox(current(type), as: T.self, path: path.appending(index: currentIndex),
                                           userInfo: decoder.userInfo)
        currentIndex += 1
        return v
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let v = try current([String: Any].self)
        let p = path.appending(index: currentIndex)
        guard case .object(let obj) = v else {
            throw _JSONDecoderImpl.mismatch([String: Any].self, "an object", v, p.keys)
        }
        currentIndex += 1
        let d = _JSONDecoderImpl(value: v, path: p, userInfo: decoder.userInfo)
        return KeyedDecodingContainer(_JSONKeyedDecodingContainer<NestedKey>(decoder: d, object: obj, path: p))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let v = try current([Any].self)
        let p = path.appending(index: currentIndex)
        guard case .array(let arr) = v else {
            throw _JSONDecoderImpl.mismatch([Any].self, "an array", v, p.keys)
        }
        currentIndex += 1
        let d = _JSONDecoderImpl(value: v, path: p, userInfo: decoder.userInfo)
        return _JSONUnkeyedDecodingContainer(decoder: d, array: arr, path: p)
    }

    mutating func superDecoder() throws -> any Decoder {
        let v = try current(Any.self)
        let d = _JSONDecoderImpl(value: v, path: path.appending(index: currentIndex), userInfo: decoder.userInfo)
        currentIndex += 1
        return d
    }
}

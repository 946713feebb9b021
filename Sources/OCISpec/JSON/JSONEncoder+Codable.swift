// Swift `Encoder` producing a `JSONValue` tree. Foundation-free.
//
// Containers write into reference boxes (so nested containers and
// super-encoders handed out earlier stay live); the tree is frozen into
// `JSONValue`s once the top-level `encode(to:)` returns.

/// A node under construction.
enum _JSONEncodingNode {
    case value(JSONValue)
    case object(_JSONObjectBox)
    case array(_JSONArrayBox)
    /// A super-encoder whose content is read when the tree is frozen.
    case deferred(_JSONEncoderImpl)

    func freeze() -> JSONValue {
        switch self {
        case .value(let v): return v
        case .object(let box): return box.freeze()
        case .array(let box): return box.freeze()
        case .deferred(let enc): return enc.freeze()
        }
    }
}

/// A mutable, insertion-ordered object under construction.
final class _JSONObjectBox {
    private var keys: [String] = []
    private var nodes: [_JSONEncodingNode] = []
    private var index: [String: Int]? = nil

    /// Sets `key` (replacing an earlier value for the same key in place).
    func set(_ key: String, _ node: _JSONEncodingNode) {
        if let idx = index {
            if let i = idx[key] {
                nodes[i] = node
                return
            }
        } else {
            for i in keys.indices where keys[i] == key {
                nodes[i] = node
                return
            }
        }
        keys.append(key)
        nodes.append(node)
        if index != nil {
            index![key] = keys.count - 1
        } else if keys.count > 12 {
            var idx = [String: Int](minimumCapacity: keys.count * 2)
            for (i, k) in keys.enumerated() { idx[k] = i }
            index = idx
        }
    }

    /// The object box already stored at `key`, or a new one stored there.
    func objectBox(forKey key: String) -> _JSONObjectBox {
        if let i = position(key), case .object(let b) = nodes[i] { return b }
        let b = _JSONObjectBox()
        set(key, .object(b))
        return b
    }

    /// The array box already stored at `key`, or a new one stored there.
    func arrayBox(forKey key: String) -> _JSONArrayBox {
        if let i = position(key), case .array(let b) = nodes[i] { return b }
        let b = _JSONArrayBox()
        set(key, .array(b))
        return b
    }

    private func position(_ key: String) -> Int? {
        if let idx = index { return idx[key] }
        return keys.firstIndex(of: key)
    }

    func freeze() -> JSONValue {
        var o = JSONObject()
        o._keys = keys
        o._values = nodes.map { $0.freeze() }
        o._index = nil
        if keys.count > JSONObject._indexThreshold {
            var idx = [String: Int](minimumCapacity: keys.count * 2)
            for (i, k) in keys.enumerated() { idx[k] = i }
            o._index = idx
        }
        return .object(o)
    }
}

/// A mutable array under construction.
final class _JSONArrayBox {
    var nodes: [_JSONEncodingNode] = []
    func append(_ n: _JSONEncodingNode) { nodes.append(n) }
    func freeze() -> JSONValue { .array(nodes.map { $0.freeze() }) }
}

/// The encoder for one value. It is also its own single-value container.
final class _JSONEncoderImpl: Encoder, SingleValueEncodingContainer {
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]
    var node: _JSONEncodingNode?

    init(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    /// The encoded value; an encoder nothing was written to yields `{}`.
    func freeze() -> JSONValue {
        node?.freeze() ?? .object(JSONObject())
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: _JSONObjectBox
        if case .object(let b) = node {
            box = b
        } else {
            box = _JSONObjectBox()
            node = .object(box)
        }
        return KeyedEncodingContainer(_JSONKeyedEncodingContainer<Key>(encoder: self, box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: _JSONArrayBox
        if case .array(let b) = node {
            box = b
        } else {
            box = _JSONArrayBox()
            node = .array(box)
        }
        return _JSONUnkeyedEncodingContainer(encoder: self, box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: SingleValueEncodingContainer

    func encodeNil() { node = .value(.null) }
    func encode(_ value: Bool) { node = .value(.bool(value)) }
    func encode(_ value: String) { node = .value(.string(value)) }
    func encode(_ value: Double) throws { node = .value(try _JSONEncoderImpl.number(value, codingPath)) }
    func encode(_ value: Float) throws { node = .value(try _JSONEncoderImpl.number(value, codingPath)) }
    func encode(_ value: Int) { node = .value(.number(String(value))) }
    func encode(_ value: Int8) { node = .value(.number(String(value))) }
    func encode(_ value: Int16) { node = .value(.number(String(value))) }
    func encode(_ value: Int32) { node = .value(.number(String(value))) }
    func encode(_ value: Int64) { node = .value(.number(String(value))) }
    func encode(_ value: UInt) { node = .value(.number(String(value))) }
    func encode(_ value: UInt8) { node = .value(.number(String(value))) }
    func encode(_ value: UInt16) { node = .value(.number(String(value))) }
    func encode(_ value: UInt32) { node = .value(.number(String(value))) }
    func encode(_ value: UInt64) { node = .value(.number(String(value))) }
    func encode<T: Encodable>(_ value: T) throws {
        node = try _JSONEncoderImpl.box(value, codingPath: codingPath, userInfo: userInfo)
    }

    // MARK: Helpers

    /// Encodes a nested value at `codingPath`.
    static func box<T: Encodable>(_ value: T, codingPath: [any CodingKey],
                                  userInfo: [CodingUserInfoKey: Any]) throws -> _JSONEncodingNode {
        if T.self == String.self { return .value(.string(value as! String)) }
        if T.self == JSONValue.self { return .value(value as! JSONValue) }
        let e = _JSONEncoderImpl(codingPath: codingPath, userInfo: userInfo)
        try value.encode(to: e)
        return e.node ?? .value(.object(JSONObject()))
    }

    static func number(_ d: Double, _ path: [any CodingKey]) throws -> JSONValue {
        guard d.isFinite else {
            throw EncodingError.invalidValue(d, .init(codingPath: path, debugDescription: "cannot encode non-finite number \(d)"))
        }
        return .number(_JSONNumber.text(d))
    }

    static func number(_ f: Float, _ path: [any CodingKey]) throws -> JSONValue {
        guard f.isFinite else {
            throw EncodingError.invalidValue(f, .init(codingPath: path, debugDescription: "cannot encode non-finite number \(f)"))
        }
        return .number(_JSONNumber.text(f))
    }
}

// MARK: - Keyed container

struct _JSONKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: _JSONEncoderImpl
    let box: _JSONObjectBox
    let codingPath: [any CodingKey]

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    mutating func encodeNil(forKey key: Key) { box.set(key.stringValue, .value(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) { box.set(key.stringValue, .value(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) { box.set(key.stringValue, .value(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.set(key.stringValue, .value(try _JSONEncoderImpl.number(value, path(key))))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box.set(key.stringValue, .value(try _JSONEncoderImpl.number(value, path(key))))
    }
    mutating func encode(_ value: Int, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { int(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { int(value, key) }

    @inline(__always)
    private func int<T: FixedWidthInteger>(_ value: T, _ key: Key) {
        box.set(key.stringValue, .value(.number(String(value))))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try _JSONEncoderImpl.box(value, codingPath: path(key), userInfo: encoder.userInfo))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let b = box.objectBox(forKey: key.stringValue)
        return KeyedEncodingContainer(_JSONKeyedEncodingContainer<NestedKey>(encoder: encoder, box: b, codingPath: path(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let b = box.arrayBox(forKey: key.stringValue)
        return _JSONUnkeyedEncodingContainer(encoder: encoder, box: b, codingPath: path(key))
    }

    mutating func superEncoder() -> any Encoder {
        let key = _JSONStringKey("super")
        let e = _JSONEncoderImpl(codingPath: codingPath + [key], userInfo: encoder.userInfo)
        box.set("super", .deferred(e))
        return e
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let e = _JSONEncoderImpl(codingPath: path(key), userInfo: encoder.userInfo)
        box.set(key.stringValue, .deferred(e))
        return e
    }
}

// MARK: - Unkeyed container

struct _JSONUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let encoder: _JSONEncoderImpl
    let box: _JSONArrayBox
    let codingPath: [any CodingKey]

    var count: Int { box.nodes.count }

    private var nextPath: [any CodingKey] { codingPath + [_JSONIndexKey(index: box.nodes.count)] }

    mutating func encodeNil() { box.append(.value(.null)) }
    mutating func encode(_ value: Bool) { box.append(.value(.bool(value))) }
    mutating func encode(_ value: String) { box.append(.value(.string(value))) }
    mutating func encode(_ value: Double) throws { box.append(.value(try _JSONEncoderImpl.number(value, nextPath))) }
    mutating func encode(_ value: Float) throws { box.append(.value(try _JSONEncoderImpl.number(value, nextPath))) }
    mutating func encode(_ value: Int) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: Int8) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: Int16) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: Int32) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: Int64) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: UInt) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: UInt8) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: UInt16) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: UInt32) { box.append(.value(.number(String(value)))) }
    mutating func encode(_ value: UInt64) { box.append(.value(.number(String(value)))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.append(try _JSONEncoderImpl.box(value, codingPath: nextPath, userInfo: encoder.userInfo))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let p = nextPath
        let b = _JSONObjectBox()
        box.append(.object(b))
        return KeyedEncodingContainer(_JSONKeyedEncodingContainer<NestedKey>(encoder: encoder, box: b, codingPath: p))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let p = nextPath
        let b = _JSONArrayBox()
        box.append(.array(b))
        return _JSONUnkeyedEncodingContainer(encoder: encoder, box: b, codingPath: p)
    }

    mutating func superEncoder() -> any Encoder {
        let e = _JSONEncoderImpl(codingPath: nextPath, userInfo: encoder.userInfo)
        box.append(.deferred(e))
        return e
    }
}

// An insertion-ordered JSON object with fast key lookup. Foundation-free.

/// The members of a JSON object: ordered `(key, value)` pairs with fast
/// lookup by key.
///
/// Insertion order is preserved (and used when writing). Keys are unique:
/// setting an existing key replaces its value in place. Small objects use a
/// linear scan; larger ones keep a hash index. Equality ignores order.
public struct JSONObject: Sendable {
    @usableFromInline internal var _keys: [String]
    @usableFromInline internal var _values: [JSONValue]
    /// key -> position; only maintained once the object grows past `_indexThreshold`.
    @usableFromInline internal var _index: [String: Int]?

    @usableFromInline internal static var _indexThreshold: Int { 12 }

    /// An empty object.
    public init() {
        _keys = []
        _values = []
        _index = nil
    }

    /// An object with the given pairs in order. A repeated key keeps its first
    /// position and its last value.
    public init(_ pairs: [(key: String, value: JSONValue)]) {
        self.init()
        reserveCapacity(pairs.count)
        for (k, v) in pairs { self[k] = v }
    }

    /// Reserves storage for `n` members.
    public mutating func reserveCapacity(_ n: Int) {
        _keys.reserveCapacity(n)
        _values.reserveCapacity(n)
    }

    /// The number of members.
    public var count: Int { _keys.count }

    /// True if the object has no members.
    public var isEmpty: Bool { _keys.isEmpty }

    /// The keys in insertion order.
    public var keys: [String] { _keys }

    /// The values in insertion order.
    public var values: [JSONValue] { _values }

    /// The position of `key`, or nil if absent.
    @inlinable
    public func index(forKey key: String) -> Int? {
        if let idx = _index { return idx[key] }
        var i = 0
        let n = _keys.count
        while i < n {
            if _keys[i] == key { return i }
            i += 1
        }
        return nil
    }

    /// True if the object has a member named `key` (even if its value is null).
    @inlinable
    public func contains(key: String) -> Bool { index(forKey: key) != nil }

    /// The value for `key`, or nil if absent. Setting nil removes the member;
    /// setting an existing key replaces the value and keeps its position.
    @inlinable
    public subscript(key: String) -> JSONValue? {
        get {
            guard let i = index(forKey: key) else { return nil }
            return _values[i]
        }
        set {
            if let v = newValue {
                if let i = index(forKey: key) {
                    _values[i] = v
                } else {
                    _append(key, v)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Appends a member known not to be present yet.
    @usableFromInline
    internal mutating func _append(_ key: String, _ value: JSONValue) {
        _keys.append(key)
        _values.append(value)
        if _index != nil {
            _index![key] = _keys.count - 1
        } else if _keys.count > JSONObject._indexThreshold {
            var idx = [String: Int](minimumCapacity: _keys.count * 2)
            for (i, k) in _keys.enumerated() { idx[k] = i }
            _index = idx
        }
    }

    /// Removes the member named `key` and returns its value, if present.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let i = index(forKey: key) else { return nil }
        _keys.remove(at: i)
        let v = _values.remove(at: i)
        if _index != nil {
            if _keys.count > JSONObject._indexThreshold {
                var idx = [String: Int](minimumCapacity: _keys.count * 2)
                for (j, k) in _keys.enumerated() { idx[k] = j }
                _index = idx
            } else {
                _index = nil
            }
        }
        return v
    }
}

extension JSONObject: RandomAccessCollection {
    public typealias Element = (key: String, value: JSONValue)
    public typealias Index = Int
    public var startIndex: Int { 0 }
    public var endIndex: Int { _keys.count }
    /// The member at `position` (in insertion order).
    public subscript(position: Int) -> (key: String, value: JSONValue) {
        (_keys[position], _values[position])
    }
}

extension JSONObject: Equatable {
    /// Two objects are equal if they have the same keys with equal values,
    /// regardless of order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs._keys == rhs._keys { return lhs._values == rhs._values }
        for i in 0..<lhs.count {
            guard let rv = rhs[lhs._keys[i]], rv == lhs._values[i] else { return false }
        }
        return true
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init()
        reserveCapacity(elements.count)
        for (k, v) in elements { self[k] = v }
    }
}

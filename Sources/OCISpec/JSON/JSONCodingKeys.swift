// Coding keys and coding-path bookkeeping shared by the JSON decoder and encoder.

/// The coding key used for array elements: `stringValue` is `"Index N"`.
struct _JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }
    init(index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// A plain string coding key (used for "super" and for generic objects).
struct _JSONStringKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// An immutable, shareable coding path (a linked list from leaf to root), so
/// descending into a child value costs one small allocation instead of
/// copying an array; the `[CodingKey]` form is only built on demand
/// (typically only when reporting an error).
final class _JSONPath: @unchecked Sendable {
    let parent: _JSONPath?
    let key: (any CodingKey)?
    let depth: Int

    static let root = _JSONPath()

    private init() {
        parent = nil
        key = nil
        depth = 0
    }

    private init(parent: _JSONPath, key: any CodingKey) {
        self.parent = parent
        self.key = key
        self.depth = parent.depth + 1
    }

    @inline(__always)
    func appending(_ key: any CodingKey) -> _JSONPath {
        _JSONPath(parent: self, key: key)
    }

    @inline(__always)
    func appending(index: Int) -> _JSONPath {
        _JSONPath(parent: self, key: _JSONIndexKey(index: index))
    }

    var keys: [any CodingKey] {
        if depth == 0 { return [] }
        var out = [any CodingKey]()
        out.reserveCapacity(depth)
        var node: _JSONPath? = self
        while let n = node, let k = n.key {
            out.append(k)
            node = n.parent
        }
        out.reverse()
        return out
    }

    func keys(appending key: any CodingKey) -> [any CodingKey] {
        var k = keys
        k.append(key)
        return k
    }
}

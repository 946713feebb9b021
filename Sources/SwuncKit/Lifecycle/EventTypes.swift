import Cgroups

/// What `events` prints, one JSON object per line: runc's types.Event and
/// types.Stats (runc/types/events.go), same key names, and Go's
/// `omitempty` mimicked (zero numbers and empty lists left out where runc
/// leaves them out) so that consumers written for runc (containerd's
/// go-runc, which decodes "stats" and "oom" events) read them unchanged.
public struct Event: Encodable {
    public var type: String
    public var id: String
    public var data: EventStats?

    public init(type: String, id: String, data: EventStats? = nil) {
        self.type = type; self.id = id; self.data = data
    }
}

/// A string coding key, for runc's ad-hoc key names and sorted maps.
struct EventKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension KeyedEncodingContainer where K == EventKey {
    /// Go's `omitempty` for numbers.
    mutating func omitZero(_ v: UInt64, _ key: String) throws {
        if v != 0 { try encode(v, forKey: EventKey(key)) }
    }
    /// Go's `omitempty` for slices.
    mutating func omitEmpty<T: Encodable>(_ v: [T], _ key: String) throws {
        if !v.isEmpty { try encode(v, forKey: EventKey(key)) }
    }
    mutating func put<T: Encodable>(_ v: T, _ key: String) throws { try encode(v, forKey: EventKey(key)) }
}

/// runc's types.Stats: "cpu", "memory", "pids", "blkio", "hugetlb" (the
/// cpuset, intel_rdt and network_interfaces sections are not reported).
public struct EventStats: Encodable {
    public var stats: CgroupStats

    public init(_ stats: CgroupStats) { self.stats = stats }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: EventKey.self)
        try c.put(CPU(s: stats.cpu), "cpu")
        try c.put(Memory(m: stats.memory), "memory")
        try c.put(Pids(p: stats.pids), "pids")
        try c.put(Blkio(b: stats.blkio), "blkio")
        try c.put(Hugetlb(h: stats.hugetlb), "hugetlb")
    }

    struct CPU: Encodable {
        let s: CgroupStats.CPU
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            var u = c.nestedContainer(keyedBy: EventKey.self, forKey: EventKey("usage"))
            try u.omitZero(s.usage.total, "total")
            try u.omitEmpty(s.usage.percpu, "percpu")
            try u.omitEmpty(s.usage.percpuKernel, "percpu_kernel")
            try u.omitEmpty(s.usage.percpuUser, "percpu_user")
            try u.put(s.usage.kernel, "kernel")
            try u.put(s.usage.user, "user")
            var t = c.nestedContainer(keyedBy: EventKey.self, forKey: EventKey("throttling"))
            try t.omitZero(s.throttling.periods, "periods")
            try t.omitZero(s.throttling.throttledPeriods, "throttledPeriods")
            try t.omitZero(s.throttling.throttledTime, "throttledTime")
        }
    }

    struct MemoryEntry: Encodable {
        let e: CgroupStats.MemoryEntry
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            try c.put(e.limit, "limit")
            try c.omitZero(e.usage, "usage")
            try c.omitZero(e.maxUsage, "max")
            try c.put(e.failcnt, "failcnt")
        }
    }

    struct Memory: Encodable {
        let m: CgroupStats.Memory
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            try c.omitZero(m.cache, "cache")
            try c.put(MemoryEntry(e: m.usage), "usage")
            try c.put(MemoryEntry(e: m.swap), "swap")
            try c.put(MemoryEntry(e: m.kernel), "kernel")
            try c.put(MemoryEntry(e: m.kernelTCP), "kernelTCP")
            if !m.raw.isEmpty { try c.put(SortedMap(m.raw), "raw") }
        }
    }

    struct Pids: Encodable {
        let p: CgroupStats.Pids
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            try c.omitZero(p.current, "current")
            try c.omitZero(p.limit, "limit")
        }
    }

    struct BlkioEntry: Encodable {
        let e: CgroupStats.BlkioEntry
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            try c.omitZero(e.major, "major")
            try c.omitZero(e.minor, "minor")
            if !e.op.isEmpty { try c.put(e.op, "op") }
            try c.omitZero(e.value, "value")
        }
    }

    struct Blkio: Encodable {
        let b: CgroupStats.Blkio
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            try c.omitEmpty(b.ioServiceBytesRecursive.map { BlkioEntry(e: $0) }, "ioServiceBytesRecursive")
            try c.omitEmpty(b.ioServicedRecursive.map { BlkioEntry(e: $0) }, "ioServicedRecursive")
        }
    }

    /// page size -> {usage, max, failcnt}, keys sorted.
    struct Hugetlb: Encodable {
        let h: [String: CgroupStats.Hugetlb]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            for (size, v) in h.sorted(by: { $0.key < $1.key }) {
                var e = c.nestedContainer(keyedBy: EventKey.self, forKey: EventKey(size))
                try e.omitZero(v.usage, "usage")
                try e.omitZero(v.maxUsage, "max")
                try e.put(v.failcnt, "failcnt")
            }
        }
    }

    /// A [String: UInt64] with its keys in sorted order (stable output).
    struct SortedMap: Encodable {
        let m: [String: UInt64]
        init(_ m: [String: UInt64]) { self.m = m }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: EventKey.self)
            for (k, v) in m.sorted(by: { $0.key < $1.key }) { try c.put(v, k) }
        }
    }
}

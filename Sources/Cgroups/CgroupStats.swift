/// Resource usage in the shape of runc's `events --stats` (libcontainer's
/// cgroups.Stats). Times are nanoseconds, sizes bytes.
public struct CgroupStats: Equatable, Sendable {
    public var cpu = CPU()
    public var memory = Memory()
    public var pids = Pids()
    public var blkio = Blkio()
    /// page size ("2MB") -> usage.
    public var hugetlb: [String: Hugetlb] = [:]

    public init() {}

    public struct CPU: Equatable, Sendable {
        public var usage = Usage()
        public var throttling = Throttling()
        public init() {}
    }

    public struct Usage: Equatable, Sendable {
        public var total: UInt64 = 0
        public var percpu: [UInt64] = []
        public var percpuKernel: [UInt64] = []
        public var percpuUser: [UInt64] = []
        public var kernel: UInt64 = 0
        public var user: UInt64 = 0
        public init() {}
    }

    public struct Throttling: Equatable, Sendable {
        public var periods: UInt64 = 0
        public var throttledPeriods: UInt64 = 0
        public var throttledTime: UInt64 = 0
        public init() {}
    }

    /// One memory counter set (usage / max usage / limit / failcnt).
    public struct MemoryEntry: Equatable, Sendable {
        public var usage: UInt64 = 0
        public var maxUsage: UInt64 = 0
        public var limit: UInt64 = 0
        public var failcnt: UInt64 = 0
        public init() {}
    }

    public struct Memory: Equatable, Sendable {
        public var cache: UInt64 = 0
        public var usage = MemoryEntry()
        public var swap = MemoryEntry()
        public var kernel = MemoryEntry()
        public var kernelTCP = MemoryEntry()
        /// memory.stat verbatim.
        public var raw: [String: UInt64] = [:]
        public init() {}
    }

    public struct Pids: Equatable, Sendable {
        public var current: UInt64 = 0
        /// 0 = unlimited.
        public var limit: UInt64 = 0
        public init() {}
    }

    public struct BlkioEntry: Equatable, Sendable {
        public var major: UInt64
        public var minor: UInt64
        /// "Read", "Write", "Sync", "Async", "Discard", "Total".
        public var op: String
        public var value: UInt64
        public init(major: UInt64, minor: UInt64, op: String, value: UInt64) {
            self.major = major; self.minor = minor; self.op = op; self.value = value
        }
    }

    public struct Blkio: Equatable, Sendable {
        public var ioServiceBytesRecursive: [BlkioEntry] = []
        public var ioServicedRecursive: [BlkioEntry] = []
        public init() {}
    }

    public struct Hugetlb: Equatable, Sendable {
        public var usage: UInt64 = 0
        public var maxUsage: UInt64 = 0
        public var failcnt: UInt64 = 0
        public init() {}
    }
}

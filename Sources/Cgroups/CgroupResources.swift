/// A mirror of the runtime-spec `linux.resources` object. Every field is
/// optional: nil means "leave the cgroup's current value alone".
public struct CgroupResources: Equatable, Sendable {
    public var memory: Memory?
    public var cpu: CPU?
    public var pids: Pids?
    public var blockIO: BlockIO?
    public var hugepageLimits: [HugepageLimit]?
    public var network: Network?
    public var devices: [DeviceRule]?
    /// rdma device name -> limits.
    public var rdma: [String: RDMA]?
    /// Raw cgroup v2 `file -> value` writes (linux.resources.unified).
    public var unified: [String: String]?

    public init(memory: Memory? = nil, cpu: CPU? = nil, pids: Pids? = nil, blockIO: BlockIO? = nil,
                hugepageLimits: [HugepageLimit]? = nil, network: Network? = nil,
                devices: [DeviceRule]? = nil, rdma: [String: RDMA]? = nil, unified: [String: String]? = nil) {
        self.memory = memory; self.cpu = cpu; self.pids = pids; self.blockIO = blockIO
        self.hugepageLimits = hugepageLimits; self.network = network; self.devices = devices
        self.rdma = rdma; self.unified = unified
    }

    /// linux.resources.memory (bytes; -1 = unlimited).
    public struct Memory: Equatable, Sendable {
        public var limit: Int64?
        public var reservation: Int64?
        /// v1 semantics: memory + swap.
        public var swap: Int64?
        /// Deprecated; kernels >= 5.16 ignore kmem limits, so it is never written.
        public var kernel: Int64?
        public var kernelTCP: Int64?
        public var swappiness: UInt64?
        public var disableOOMKiller: Bool?
        public var useHierarchy: Bool?
        /// Refuse a new limit below the current usage.
        public var checkBeforeUpdate: Bool?

        public init(limit: Int64? = nil, reservation: Int64? = nil, swap: Int64? = nil, kernel: Int64? = nil,
                    kernelTCP: Int64? = nil, swappiness: UInt64? = nil, disableOOMKiller: Bool? = nil,
                    useHierarchy: Bool? = nil, checkBeforeUpdate: Bool? = nil) {
            self.limit = limit; self.reservation = reservation; self.swap = swap; self.kernel = kernel
            self.kernelTCP = kernelTCP; self.swappiness = swappiness; self.disableOOMKiller = disableOOMKiller
            self.useHierarchy = useHierarchy; self.checkBeforeUpdate = checkBeforeUpdate
        }
    }

    /// linux.resources.cpu.
    public struct CPU: Equatable, Sendable {
        public var shares: UInt64?
        public var quota: Int64?
        public var burst: UInt64?
        public var period: UInt64?
        public var realtimeRuntime: Int64?
        public var realtimePeriod: UInt64?
        /// cpuset list, e.g. "0-3,7".
        public var cpus: String?
        public var mems: String?
        public var idle: Int64?

        public init(shares: UInt64? = nil, quota: Int64? = nil, burst: UInt64? = nil, period: UInt64? = nil,
                    realtimeRuntime: Int64? = nil, realtimePeriod: UInt64? = nil, cpus: String? = nil,
                    mems: String? = nil, idle: Int64? = nil) {
            self.shares = shares; self.quota = quota; self.burst = burst; self.period = period
            self.realtimeRuntime = realtimeRuntime; self.realtimePeriod = realtimePeriod
            self.cpus = cpus; self.mems = mems; self.idle = idle
        }
    }

    /// linux.resources.pids.
    public struct Pids: Equatable, Sendable {
        /// <= 0 means unlimited.
        public var limit: Int64
        public init(limit: Int64) { self.limit = limit }
    }

    /// linux.resources.blockIO.
    public struct BlockIO: Equatable, Sendable {
        public var weight: UInt16?
        public var leafWeight: UInt16?
        public var weightDevice: [WeightDevice]?
        public var throttleReadBpsDevice: [ThrottleDevice]?
        public var throttleWriteBpsDevice: [ThrottleDevice]?
        public var throttleReadIOPSDevice: [ThrottleDevice]?
        public var throttleWriteIOPSDevice: [ThrottleDevice]?

        public init(weight: UInt16? = nil, leafWeight: UInt16? = nil, weightDevice: [WeightDevice]? = nil,
                    throttleReadBpsDevice: [ThrottleDevice]? = nil, throttleWriteBpsDevice: [ThrottleDevice]? = nil,
                    throttleReadIOPSDevice: [ThrottleDevice]? = nil, throttleWriteIOPSDevice: [ThrottleDevice]? = nil) {
            self.weight = weight; self.leafWeight = leafWeight; self.weightDevice = weightDevice
            self.throttleReadBpsDevice = throttleReadBpsDevice; self.throttleWriteBpsDevice = throttleWriteBpsDevice
            self.throttleReadIOPSDevice = throttleReadIOPSDevice; self.throttleWriteIOPSDevice = throttleWriteIOPSDevice
        }
    }

    public struct WeightDevice: Equatable, Sendable {
        public var major: Int64
        public var minor: Int64
        public var weight: UInt16?
        public var leafWeight: UInt16?
        public init(major: Int64, minor: Int64, weight: UInt16? = nil, leafWeight: UInt16? = nil) {
            self.major = major; self.minor = minor; self.weight = weight; self.leafWeight = leafWeight
        }
    }

    public struct ThrottleDevice: Equatable, Sendable {
        public var major: Int64
        public var minor: Int64
        public var rate: UInt64
        public init(major: Int64, minor: Int64, rate: UInt64) { self.major = major; self.minor = minor; self.rate = rate }
    }

    /// linux.resources.hugepageLimits[]: pageSize like "2MB", "1GB".
    public struct HugepageLimit: Equatable, Sendable {
        public var pageSize: String
        public var limit: UInt64
        public init(pageSize: String, limit: UInt64) { self.pageSize = pageSize; self.limit = limit }
    }

    /// linux.resources.network (v1 net_cls / net_prio only).
    public struct Network: Equatable, Sendable {
        public var classID: UInt32?
        public var priorities: [InterfacePriority]?
        public init(classID: UInt32? = nil, priorities: [InterfacePriority]? = nil) {
            self.classID = classID; self.priorities = priorities
        }
    }

    public struct InterfacePriority: Equatable, Sendable {
        public var name: String
        public var priority: UInt32
        public init(name: String, priority: UInt32) { self.name = name; self.priority = priority }
    }

    /// linux.resources.devices[]: later rules take precedence.
    public struct DeviceRule: Equatable, Sendable {
        public var allow: Bool
        /// "a" (all), "c" or "b"; nil means "a".
        public var type: String?
        /// nil or -1 = wildcard.
        public var major: Int64?
        public var minor: Int64?
        /// Subset of "rwm"; nil means "rwm".
        public var access: String?
        public init(allow: Bool, type: String? = nil, major: Int64? = nil, minor: Int64? = nil, access: String? = nil) {
            self.allow = allow; self.type = type; self.major = major; self.minor = minor; self.access = access
        }
    }

    /// linux.resources.rdma.<device>.
    public struct RDMA: Equatable, Sendable {
        public var hcaHandles: UInt32?
        public var hcaObjects: UInt32?
        public init(hcaHandles: UInt32? = nil, hcaObjects: UInt32? = nil) {
            self.hcaHandles = hcaHandles; self.hcaObjects = hcaObjects
        }
    }
}

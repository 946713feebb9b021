import Cgroups
import OCISpec

/// linux.resources (spec types) -> CgroupResources (the Cgroups module's own
/// types, so that module stays free of container knowledge).
extension CgroupResources {
    /// Device cgroup rules every container gets after its own (later rules
    /// win): the runtime-spec's default devices must work whatever the
    /// config denies, as in runc. "m" on everything lets the init mknod them.
    static let defaultDeviceRules: [DeviceRule] = [
        DeviceRule(allow: true, type: "c", major: nil, minor: nil, access: "m"),
        DeviceRule(allow: true, type: "b", major: nil, minor: nil, access: "m"),
        DeviceRule(allow: true, type: "c", major: 1, minor: 3, access: "rwm"),   // null
        DeviceRule(allow: true, type: "c", major: 1, minor: 5, access: "rwm"),   // zero
        DeviceRule(allow: true, type: "c", major: 1, minor: 7, access: "rwm"),   // full
        DeviceRule(allow: true, type: "c", major: 1, minor: 8, access: "rwm"),   // random
        DeviceRule(allow: true, type: "c", major: 1, minor: 9, access: "rwm"),   // urandom
        DeviceRule(allow: true, type: "c", major: 5, minor: 0, access: "rwm"),   // tty
        DeviceRule(allow: true, type: "c", major: 5, minor: 1, access: "rwm"),   // console
        DeviceRule(allow: true, type: "c", major: 5, minor: 2, access: "rwm"),   // ptmx
        DeviceRule(allow: true, type: "c", major: 136, minor: nil, access: "rwm"), // pts
    ]

    init(spec r: LinuxResources, devices configured: [LinuxDevice]) {
        self.init()
        if let m = r.memory {
            memory = Memory(limit: m.limit, reservation: m.reservation, swap: m.swap, kernel: m.kernel, kernelTCP: m.kernelTCP,
                            swappiness: m.swappiness, disableOOMKiller: m.disableOOMKiller, useHierarchy: m.useHierarchy,
                            checkBeforeUpdate: m.checkBeforeUpdate)
        }
        if let c = r.cpu {
            cpu = CPU(shares: c.shares, quota: c.quota, burst: c.burst, period: c.period, realtimeRuntime: c.realtimeRuntime,
                      realtimePeriod: c.realtimePeriod, cpus: c.cpus, mems: c.mems, idle: c.idle)
        }
        if let p = r.pids { pids = Pids(limit: p.limit) }
        if let b = r.blockIO {
            func throttle(_ l: [LinuxThrottleDevice]?) -> [ThrottleDevice]? { l?.map { ThrottleDevice(major: $0.major, minor: $0.minor, rate: $0.rate) } }
            blockIO = BlockIO(weight: b.weight, leafWeight: b.leafWeight,
                              weightDevice: b.weightDevice?.map { WeightDevice(major: $0.major, minor: $0.minor, weight: $0.weight, leafWeight: $0.leafWeight) },
                              throttleReadBpsDevice: throttle(b.throttleReadBpsDevice), throttleWriteBpsDevice: throttle(b.throttleWriteBpsDevice),
                              throttleReadIOPSDevice: throttle(b.throttleReadIOPSDevice), throttleWriteIOPSDevice: throttle(b.throttleWriteIOPSDevice))
        }
        hugepageLimits = r.hugepageLimits?.map { HugepageLimit(pageSize: $0.pageSize, limit: $0.limit) }
        if let n = r.network {
            network = Network(classID: n.classID, priorities: n.priorities?.map { InterfacePriority(name: $0.name, priority: $0.priority) })
        }
        // linux.devices entries must be usable too (runtime-spec config-linux.md).
        devices = (r.devices ?? []).map { DeviceRule(allow: $0.allow, type: $0.type, major: $0.major, minor: $0.minor, access: $0.access) }
            + Self.defaultDeviceRules
            + configured.filter { $0.type != "p" }.map { DeviceRule(allow: true, type: $0.type == "u" ? "c" : $0.type, major: $0.major, minor: $0.minor, access: "rwm") }
        rdma = r.rdma?.mapValues { RDMA(hcaHandles: $0.hcaHandles, hcaObjects: $0.hcaObjects) }
        unified = r.unified
    }
}

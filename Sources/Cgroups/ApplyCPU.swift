/// linux.resources.cpu on v1 (cpu + cpuset hierarchies) and v2.
extension FsCgroupManager {
    func applyCPU(_ c: CgroupResources.CPU) throws {
        let needsCPU = c.shares != nil || c.quota != nil || c.period != nil || c.burst != nil
            || c.realtimeRuntime != nil || c.realtimePeriod != nil || c.idle != nil
        if needsCPU {
            switch target("cpu") {
            case .v1(let d): try applyCPUV1(c, d)
            case .v2(let d): try applyCPUV2(c, d)
            case .none: throw noController("linux.resources.cpu", "cpu")
            }
        }
        if c.cpus != nil || c.mems != nil {
            switch target("cpuset") {
            case .v1(let d), .v2(let d): try applyCpuset(c, d)
            case .none: throw noController("linux.resources.cpu.cpus", "cpuset")
            }
        }
    }

    private func applyCPUV1(_ c: CgroupResources.CPU, _ d: String) throws {
        if let s = c.shares, s != 0 { try put(d, "cpu.shares", String(s), field: "linux.resources.cpu.shares") }
        // Period before quota, like runc: quota is validated in units of the period.
        if let p = c.period, p != 0 { try put(d, "cpu.cfs_period_us", String(p), field: "linux.resources.cpu.period") }
        if let q = c.quota, q != 0 { try put(d, "cpu.cfs_quota_us", String(q > 0 ? q : -1), field: "linux.resources.cpu.quota") }
        // burst <= quota is enforced by the kernel, so after quota.
        if let b = c.burst { try put(d, "cpu.cfs_burst_us", String(b), field: "linux.resources.cpu.burst") }
        // rt_runtime must fit in rt_period: period first.
        if let p = c.realtimePeriod, p != 0 {
            try put(d, "cpu.rt_period_us", String(p), field: "linux.resources.cpu.realtimePeriod", why: "kernel without CONFIG_RT_GROUP_SCHED")
        }
        if let r = c.realtimeRuntime, r != 0 {
            try put(d, "cpu.rt_runtime_us", String(r), field: "linux.resources.cpu.realtimeRuntime", why: "kernel without CONFIG_RT_GROUP_SCHED")
        }
        if let i = c.idle { try put(d, "cpu.idle", String(i), field: "linux.resources.cpu.idle") }
    }

    private func applyCPUV2(_ c: CgroupResources.CPU, _ d: String) throws {
        if let s = c.shares, s != 0 {
            try put(d, "cpu.weight", String(V2Conversions.cpuWeight(fromShares: s)), field: "linux.resources.cpu.shares")
        }
        if c.quota != nil || (c.period ?? 0) != 0 {
            let f = c.quota != nil ? "linux.resources.cpu.quota" : "linux.resources.cpu.period"
            // cpu.max holds both values: keep whichever one is not being set.
            let cur = ((try? FileIO.readTrimmed(d + "/cpu.max")) ?? "max 100000").split(separator: " ")
            var quota: Int64? = c.quota
            if quota == nil, let q = cur.first, q != "max" { quota = Int64(q) }
            var period = c.period.flatMap { $0 == 0 ? nil : $0 }
            if period == nil, cur.count > 1 { period = UInt64(cur[1]) }
            try put(d, "cpu.max", V2Conversions.cpuMax(quota: quota, period: period), field: f)
        }
        if let b = c.burst { try put(d, "cpu.max.burst", String(b), field: "linux.resources.cpu.burst") }
        if (c.realtimeRuntime ?? 0) != 0 || (c.realtimePeriod ?? 0) != 0 {
            throw CgroupError.unsupported(c.realtimeRuntime != nil ? "linux.resources.cpu.realtimeRuntime" : "linux.resources.cpu.realtimePeriod",
                                          "cgroup v2 has no realtime group scheduling controls")
        }
        if let i = c.idle { try put(d, "cpu.idle", String(i), field: "linux.resources.cpu.idle") }
    }

    private func applyCpuset(_ c: CgroupResources.CPU, _ d: String) throws {
        if let cpus = c.cpus {
            let f = "linux.resources.cpu.cpus"
            guard CPUList.parse(cpus) != nil else { throw CgroupError.unsupported(f, "invalid cpu list \"\(cpus)\"") }
            try put(d, "cpuset.cpus", cpus, field: f)
        }
        if let mems = c.mems {
            let f = "linux.resources.cpu.mems"
            guard CPUList.parse(mems) != nil else { throw CgroupError.unsupported(f, "invalid node list \"\(mems)\"") }
            try put(d, "cpuset.mems", mems, field: f)
        }
    }
}

import Glibc

/// stats() and oomKillCount(): missing files are skipped (a controller may
/// not be mounted or enabled), so stats never fail on a partial host.
extension FsCgroupManager {
    func stats() throws -> CgroupStats {
        var s = CgroupStats()
        switch target("cpuacct") {
        case .v1(let d): cpuacctV1(d, &s)
        case .v2(let d): cpuV2(d, &s)
        case .none: break
        }
        if case .v1(let d) = target("cpu") {
            let kv = KeyValue.parse((try? FileIO.read(d + "/cpu.stat")) ?? "")
            s.cpu.throttling.periods = kv["nr_periods"] ?? 0
            s.cpu.throttling.throttledPeriods = kv["nr_throttled"] ?? 0
            s.cpu.throttling.throttledTime = kv["throttled_time"] ?? 0
        }
        switch target("memory") {
        case .v1(let d): memoryV1(d, &s)
        case .v2(let d): memoryV2(d, &s)
        case .none: break
        }
        switch target("pids") {
        case .v1(let d), .v2(let d):
            s.pids.current = (try? readUInt(d + "/pids.current")) ?? 0
            let l = (try? readUInt(d + "/pids.max")) ?? UInt64.max
            s.pids.limit = l == UInt64.max ? 0 : l
        case .none: break
        }
        switch target("blkio") {
        case .v1(let d): blkioV1(d, &s)
        case .v2(let d): ioV2(d, &s)
        case .none: break
        }
        switch target("hugetlb") {
        case .v1(let d):
            for size in Self.hugePageSizes() {
                var h = CgroupStats.Hugetlb()
                h.usage = (try? readUInt(d + "/hugetlb.\(size).usage_in_bytes")) ?? 0
                h.maxUsage = (try? readUInt(d + "/hugetlb.\(size).max_usage_in_bytes")) ?? 0
                h.failcnt = (try? readUInt(d + "/hugetlb.\(size).failcnt")) ?? 0
                if FileIO.exists(d + "/hugetlb.\(size).usage_in_bytes") { s.hugetlb[size] = h }
            }
        case .v2(let d):
            for size in Self.hugePageSizes() where FileIO.exists(d + "/hugetlb.\(size).current") {
                var h = CgroupStats.Hugetlb()
                h.usage = (try? readUInt(d + "/hugetlb.\(size).current")) ?? 0
                h.failcnt = KeyValue.parse((try? FileIO.read(d + "/hugetlb.\(size).events")) ?? "")["max"] ?? 0
                s.hugetlb[size] = h
            }
        case .none: break
        }
        return s
    }

    func oomKillCount() throws -> UInt64 {
        switch target("memory") {
        case .v1(let d):
            // oom_kill in memory.oom_control exists since Linux 4.13.
            return KeyValue.parse(try FileIO.read(d + "/memory.oom_control"))["oom_kill"] ?? 0
        case .v2(let d):
            return KeyValue.parse(try FileIO.read(d + "/memory.events"))["oom_kill"] ?? 0
        case .none:
            throw noController("memory", "memory")
        }
    }

    /// "2MB", "1GB" ... from /sys/kernel/mm/hugepages/hugepages-<n>kB, the
    /// names the hugetlb controller uses in its file names.
    static func hugePageSizes() -> [String] {
        FileIO.subdirectories("/sys/kernel/mm/hugepages").compactMap { name in
            guard name.hasPrefix("hugepages-"), name.hasSuffix("kB"),
                  let kb = UInt64(name.dropFirst("hugepages-".count).dropLast(2)) else { return nil }
            return pageSizeName(kb: kb)
        }.sorted()
    }

    /// The kernel's hugetlb_cgroup name for a page size (mem_fmt()).
    static func pageSizeName(kb: UInt64) -> String {
        if kb >= 1 << 20, kb % (1 << 20) == 0 { return "\(kb >> 20)GB" }
        if kb >= 1 << 10, kb % (1 << 10) == 0 { return "\(kb >> 10)MB" }
        return "\(kb)KB"
    }

    private func cpuacctV1(_ d: String, _ s: inout CgroupStats) {
        s.cpu.usage.total = (try? readUInt(d + "/cpuacct.usage")) ?? 0
        func list(_ f: String) -> [UInt64] {
            ((try? FileIO.read(d + "/" + f)) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { UInt64($0) }
        }
        s.cpu.usage.percpu = list("cpuacct.usage_percpu")
        s.cpu.usage.percpuUser = list("cpuacct.usage_percpu_user")
        s.cpu.usage.percpuKernel = list("cpuacct.usage_percpu_sys")
        // cpuacct.stat is in USER_HZ ticks; USER_HZ is 100 on Linux.
        let kv = KeyValue.parse((try? FileIO.read(d + "/cpuacct.stat")) ?? "")
        let nsPerTick: UInt64 = 1_000_000_000 / 100
        s.cpu.usage.user = (kv["user"] ?? 0) * nsPerTick
        s.cpu.usage.kernel = (kv["system"] ?? 0) * nsPerTick
    }

    private func cpuV2(_ d: String, _ s: inout CgroupStats) {
        let kv = KeyValue.parse((try? FileIO.read(d + "/cpu.stat")) ?? "")
        s.cpu.usage.total = (kv["usage_usec"] ?? 0) * 1000
        s.cpu.usage.user = (kv["user_usec"] ?? 0) * 1000
        s.cpu.usage.kernel = (kv["system_usec"] ?? 0) * 1000
        s.cpu.throttling.periods = kv["nr_periods"] ?? 0
        s.cpu.throttling.throttledPeriods = kv["nr_throttled"] ?? 0
        s.cpu.throttling.throttledTime = (kv["throttled_usec"] ?? 0) * 1000
    }

    private func memoryV1(_ d: String, _ s: inout CgroupStats) {
        func entry(_ prefix: String) -> CgroupStats.MemoryEntry {
            var e = CgroupStats.MemoryEntry()
            e.usage = (try? readUInt(d + "/\(prefix).usage_in_bytes")) ?? 0
            e.maxUsage = (try? readUInt(d + "/\(prefix).max_usage_in_bytes")) ?? 0
            e.limit = (try? readUInt(d + "/\(prefix).limit_in_bytes")) ?? 0
            e.failcnt = (try? readUInt(d + "/\(prefix).failcnt")) ?? 0
            return e
        }
        s.memory.usage = entry("memory")
        s.memory.swap = entry("memory.memsw")
        s.memory.kernel = entry("memory.kmem")
        s.memory.kernelTCP = entry("memory.kmem.tcp")
        s.memory.raw = KeyValue.parse((try? FileIO.read(d + "/memory.stat")) ?? "")
        s.memory.cache = s.memory.raw["total_cache"] ?? s.memory.raw["cache"] ?? 0
    }

    private func memoryV2(_ d: String, _ s: inout CgroupStats) {
        s.memory.usage.usage = (try? readUInt(d + "/memory.current")) ?? 0
        s.memory.usage.maxUsage = (try? readUInt(d + "/memory.peak")) ?? 0   // Linux >= 5.19
        s.memory.usage.limit = (try? readUInt(d + "/memory.max")) ?? 0
        let ev = KeyValue.parse((try? FileIO.read(d + "/memory.events")) ?? "")
        s.memory.usage.failcnt = ev["max"] ?? 0
        // v2 swap counters are swap only; runc reports usage+swap like v1 memsw.
        let swapCur = (try? readUInt(d + "/memory.swap.current")) ?? 0
        s.memory.swap.usage = s.memory.usage.usage &+ swapCur
        let swapMax = (try? readUInt(d + "/memory.swap.max")) ?? 0
        s.memory.swap.limit = swapMax == UInt64.max || s.memory.usage.limit == UInt64.max
            ? UInt64.max : s.memory.usage.limit &+ swapMax
        s.memory.raw = KeyValue.parse((try? FileIO.read(d + "/memory.stat")) ?? "")
        s.memory.cache = s.memory.raw["file"] ?? 0
        s.memory.kernel.usage = s.memory.raw["kernel"] ?? ((s.memory.raw["kernel_stack"] ?? 0) + (s.memory.raw["slab"] ?? 0))
        s.memory.kernelTCP.usage = s.memory.raw["sock"] ?? 0
    }

    private func blkioV1(_ d: String, _ s: inout CgroupStats) {
        // Lines: "8:0 Read 1234" ... and a final "Total 1234" (skipped).
        func entries(_ file: String) -> [CgroupStats.BlkioEntry] {
            ((try? FileIO.read(d + "/" + file)) ?? "").split(separator: "\n").compactMap { line in
                let f = line.split(separator: " ")
                guard f.count == 3, let v = UInt64(f[2]) else { return nil }
                let mm = f[0].split(separator: ":")
                guard mm.count == 2, let ma = UInt64(mm[0]), let mi = UInt64(mm[1]) else { return nil }
                return CgroupStats.BlkioEntry(major: ma, minor: mi, op: String(f[1]), value: v)
            }
        }
        // CFQ-era files first, then the throttle ones (always present), then BFQ.
        for f in ["blkio.io_service_bytes_recursive", "blkio.throttle.io_service_bytes_recursive", "blkio.bfq.io_service_bytes_recursive"] {
            let e = entries(f); if !e.isEmpty { s.blkio.ioServiceBytesRecursive = e; break }
        }
        for f in ["blkio.io_serviced_recursive", "blkio.throttle.io_serviced_recursive", "blkio.bfq.io_serviced_recursive"] {
            let e = entries(f); if !e.isEmpty { s.blkio.ioServicedRecursive = e; break }
        }
    }

    private func ioV2(_ d: String, _ s: inout CgroupStats) {
        for line in ((try? FileIO.read(d + "/io.stat")) ?? "").split(separator: "\n") {
            guard let (dev, kv) = KeyValue.nested(line) else { continue }
            let mm = dev.split(separator: ":")
            guard mm.count == 2, let ma = UInt64(mm[0]), let mi = UInt64(mm[1]) else { continue }
            s.blkio.ioServiceBytesRecursive.append(.init(major: ma, minor: mi, op: "Read", value: kv["rbytes"] ?? 0))
            s.blkio.ioServiceBytesRecursive.append(.init(major: ma, minor: mi, op: "Write", value: kv["wbytes"] ?? 0))
            s.blkio.ioServicedRecursive.append(.init(major: ma, minor: mi, op: "Read", value: kv["rios"] ?? 0))
            s.blkio.ioServicedRecursive.append(.init(major: ma, minor: mi, op: "Write", value: kv["wios"] ?? 0))
        }
    }
}

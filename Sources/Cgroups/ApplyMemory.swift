/// linux.resources.memory on v1 and v2.
extension FsCgroupManager {
    func applyMemory(_ m: CgroupResources.Memory) throws {
        // memory.kernel is deliberately never written: kmem limits are
        // deprecated and kernels >= 5.16 reject or ignore them (runc ignores too).
        switch target("memory") {
        case .v1(let d): try applyMemoryV1(m, d)
        case .v2(let d): try applyMemoryV2(m, d)
        case .none: throw noController("linux.resources.memory", "memory")
        }
    }

    private func checkUsage(_ m: CgroupResources.Memory, _ d: String, usageFile: String) throws {
        guard m.checkBeforeUpdate == true, let l = m.limit, l > 0 else { return }
        if let usage = try? readUInt(d + "/" + usageFile), UInt64(l) < usage {
            throw CgroupError.unsupported("linux.resources.memory.limit",
                "new limit \(l) is below the current usage \(usage) (checkBeforeUpdate)")
        }
    }

    private func applyMemoryV1(_ m: CgroupResources.Memory, _ d: String) throws {
        let fl = "linux.resources.memory.limit", fs = "linux.resources.memory.swap"
        try checkUsage(m, d, usageFile: "memory.usage_in_bytes")
        let memsw = "memory.memsw.limit_in_bytes"
        let hasMemsw = FileIO.exists(d + "/" + memsw)
        // Unlimited memory with unset swap means both unlimited (runc).
        var swap = m.swap
        if swap == nil, m.limit == -1, hasMemsw { swap = -1 }
        if let s = swap {
            guard hasMemsw else {
                throw CgroupError.unsupported(fs, "this host has no \(memsw) (swap accounting disabled)")
            }
            if let l = m.limit, l != -1, s != -1, s < l {
                throw CgroupError.unsupported(fs, "memory+swap limit (\(s)) should be >= memory limit (\(l))")
            }
            // The kernel insists memsw >= limit after every single write.
            // Raising swap to >= the current limit first is safe; otherwise
            // the new limit (<= new swap < current limit <= current swap) first.
            let curLimit = (try? readUInt(d + "/memory.limit_in_bytes")) ?? UInt64.max
            if s == -1 || UInt64(s) >= curLimit {
                try put(d, memsw, String(s), field: fs)
                if let l = m.limit { try put(d, "memory.limit_in_bytes", String(l), field: fl) }
            } else {
                if let l = m.limit { try put(d, "memory.limit_in_bytes", String(l), field: fl) }
                try put(d, memsw, String(s), field: fs)
            }
        } else if let l = m.limit {
            try put(d, "memory.limit_in_bytes", String(l), field: fl)
        }
        if let r = m.reservation {
            try put(d, "memory.soft_limit_in_bytes", String(r), field: "linux.resources.memory.reservation")
        }
        if let t = m.kernelTCP {
            try put(d, "memory.kmem.tcp.limit_in_bytes", String(t), field: "linux.resources.memory.kernelTCP")
        }
        if let s = m.swappiness {
            let f = "linux.resources.memory.swappiness"
            guard s <= 100 else { throw CgroupError.unsupported(f, "must be 0..100, got \(s)") }
            try put(d, "memory.swappiness", String(s), field: f)
        }
        if let o = m.disableOOMKiller {
            try put(d, "memory.oom_control", o ? "1" : "0", field: "linux.resources.memory.disableOOMKiller")
        }
        if let h = m.useHierarchy {
            try put(d, "memory.use_hierarchy", h ? "1" : "0", field: "linux.resources.memory.useHierarchy")
        }
    }

    private func applyMemoryV2(_ m: CgroupResources.Memory, _ d: String) throws {
        try checkUsage(m, d, usageFile: "memory.current")
        if let l = m.limit {
            try put(d, "memory.max", V2Conversions.limitString(l), field: "linux.resources.memory.limit")
        }
        if let s = m.swap ?? (m.limit == -1 ? 0 : nil),
           let v = try V2Conversions.swapMax(memorySwap: s, memory: m.limit ?? 0) {
            try put(d, "memory.swap.max", V2Conversions.limitString(v), field: "linux.resources.memory.swap",
                    why: "swap accounting disabled")
        }
        if let r = m.reservation {
            try put(d, "memory.low", V2Conversions.limitString(r), field: "linux.resources.memory.reservation")
        }
        if let s = m.swappiness {
            // v2 has no per-cgroup swappiness.
            try put(d, "memory.swappiness", String(s), field: "linux.resources.memory.swappiness",
                    why: "cgroup v2 has no per-cgroup swappiness")
        }
        // kernelTCP has no v2 equivalent (socket memory is part of memory.max); ignored like runc.
        if m.disableOOMKiller == true {
            throw CgroupError.unsupported("linux.resources.memory.disableOOMKiller", "cgroup v2 cannot disable the OOM killer")
        }
        if m.useHierarchy == false {
            throw CgroupError.unsupported("linux.resources.memory.useHierarchy", "cgroup v2 is always hierarchical")
        }
    }
}

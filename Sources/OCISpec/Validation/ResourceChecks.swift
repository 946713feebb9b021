/// `linux.resources`: values the cgroup drivers would reject or misapply.
func checkResources(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let r = spec.linux?.resources else { return [] }
    return checkMemory(r.memory)
        + checkCPU(r.cpu)
        + checkPids(r.pids)
        + checkDeviceCgroupRules(r.devices)
        + checkBlockIO(r.blockIO)
}

/// The spec's `swap` is memory+swap, so it can't be below `limit`; a soft reservation
/// above the hard limit is never reachable. `-1`/0 mean unset/unlimited and are skipped.
func checkMemory(_ memory: LinuxMemory?) -> [ValidationError] {
    guard let m = memory, let limit = m.limit, limit > 0 else { return [] }
    var errors: [ValidationError] = []
    if let swap = m.swap, swap > 0, swap < limit {
        errors.append(violation("linux.resources.memory.swap", "must be >= limit (swap \(swap) < limit \(limit))"))
    }
    if let reservation = m.reservation, reservation > 0, reservation > limit {
        errors.append(violation("linux.resources.memory.reservation",
                           "must be <= limit (reservation \(reservation) > limit \(limit))"))
    }
    return errors
}

/// cpu.shares below 2 is rejected by the kernel (0 means unset); cpusets need list syntax.
func checkCPU(_ cpu: LinuxCPU?) -> [ValidationError] {
    guard let c = cpu else { return [] }
    var errors: [ValidationError] = []
    if let shares = c.shares, shares == 1 {
        errors.append(violation("linux.resources.cpu.shares", "must be 0 (unset) or >= 2, got \(shares)"))
    }
    for (key, value) in [("cpus", c.cpus), ("mems", c.mems)] {
        if let list = value, !list.isEmpty, !PathRules.isValidCPUList(list) {
            errors.append(violation("linux.resources.cpu.\(key)", "invalid list \(quotedForMessage(list)) (expected e.g. \"0-2,4\")"))
        }
    }
    return errors
}

/// pids.max accepts a count or "max"; the spec spells "max" as -1 (0 historically meant unset).
func checkPids(_ pids: LinuxPids?) -> [ValidationError] {
    if let limit = pids?.limit, limit < -1 {
        return [violation("linux.resources.pids.limit", "must be -1 (unlimited) or >= 0, got \(limit)")]
    }
    return []
}

/// Device cgroup rules use `a`/`c`/`b` and access letters from `rwm` only.
func checkDeviceCgroupRules(_ rules: [LinuxDeviceCgroup]?) -> [ValidationError] {
    var errors: [ValidationError] = []
    for (i, rule) in (rules ?? []).enumerated() {
        let path = "linux.resources.devices[\(i)]"
        if let type = rule.type, !type.isEmpty, !["a", "c", "b"].contains(type) {
            errors.append(violation("\(path).type", "must be one of a, c, b, got \(quotedForMessage(type))"))
        }
        if let access = rule.access, !access.allSatisfy({ "rwm".contains($0) }) {
            errors.append(violation("\(path).access", "must contain only r, w, m, got \(quotedForMessage(access))"))
        }
    }
    return errors
}

/// blkio weights are 10...1000 in cgroup v1 (v2 converts from that range).
func checkBlockIO(_ blockIO: LinuxBlockIO?) -> [ValidationError] {
    guard let b = blockIO else { return [] }
    var errors: [ValidationError] = []
    func weight(_ value: UInt16?, _ path: String) {
        if let v = value, !(10...1000).contains(v) {
            errors.append(violation(path, "must be in 10...1000, got \(v)"))
        }
    }
    weight(b.weight, "linux.resources.blockIO.weight")
    weight(b.leafWeight, "linux.resources.blockIO.leafWeight")
    for (i, d) in (b.weightDevice ?? []).enumerated() {
        weight(d.weight, "linux.resources.blockIO.weightDevice[\(i)].weight")
        weight(d.leafWeight, "linux.resources.blockIO.weightDevice[\(i)].leafWeight")
    }
    return errors
}

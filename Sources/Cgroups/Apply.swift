import Glibc

/// apply(): dispatches each linux.resources section to the v1 hierarchy that
/// carries its controller, else to the unified (v2) directory.
extension FsCgroupManager {
    /// Where a controller's files live for this cgroup.
    enum Target {
        case v1(String)
        case v2(String)
        case none
    }

    func target(_ controller: String) -> Target {
        if let d = v1Dir(controller) { return .v1(d) }
        if let u = unifiedDir { return .v2(u) }
        return .none
    }

    func apply(_ r: CgroupResources) throws {
        if let m = r.memory { try applyMemory(m) }
        if let c = r.cpu { try applyCPU(c) }
        if let p = r.pids { try applyPids(p) }
        if let b = r.blockIO { try applyBlockIO(b) }
        if let h = r.hugepageLimits { try applyHugepages(h) }
        if let n = r.network { try applyNetwork(n) }
        if let d = r.devices { try applyDevices(d) }
        if let rd = r.rdma { try applyRDMA(rd) }
        // Last, so explicit unified values win over converted ones.
        if let u = r.unified { try applyUnified(u) }
    }

    /// Writes `value` to `dir/file` for OCI `field`; a missing file is
    /// reported as "this host has no <file>" plus `why`.
    func put(_ dir: String, _ file: String, _ value: String, field: String, why: String = "") throws {
        let p = dir + "/" + file
        if !FileIO.exists(p) {
            if !FileIO.exists(dir) { throw CgroupError.unsupported(field, "cgroup \(dir) does not exist (create() first)") }
            throw CgroupError.unsupported(field, "this host has no \(file)" + (why.isEmpty ? "" : " (\(why))"))
        }
        do { try FileIO.write(p, value) } catch let e as CgroupError { throw e.field(field) }
    }

    func noController(_ field: String, _ controller: String) -> CgroupError {
        CgroupError.unsupported(field, "the \(controller) controller is not mounted on this host")
    }

    // MARK: pids

    private func applyPids(_ p: CgroupResources.Pids) throws {
        let f = "linux.resources.pids.limit"
        switch target("pids") {
        case .v1(let d), .v2(let d): try put(d, "pids.max", V2Conversions.pidsMax(p.limit), field: f)
        case .none: throw noController(f, "pids")
        }
    }

    // MARK: hugetlb

    private func applyHugepages(_ limits: [CgroupResources.HugepageLimit]) throws {
        for l in limits {
            let f = "linux.resources.hugepageLimits[pageSize=\(l.pageSize)]"
            guard !l.pageSize.contains("/") else { throw CgroupError.unsupported(f, "invalid page size") }
            switch target("hugetlb") {
            case .v1(let d): try put(d, "hugetlb.\(l.pageSize).limit_in_bytes", String(l.limit), field: f)
            case .v2(let d): try put(d, "hugetlb.\(l.pageSize).max", String(l.limit), field: f)
            case .none: throw noController(f, "hugetlb")
            }
        }
    }

    // MARK: network (v1 only)

    private func applyNetwork(_ n: CgroupResources.Network) throws {
        if let id = n.classID {
            let f = "linux.resources.network.classID"
            guard let d = v1Dir("net_cls") else {
                throw CgroupError.unsupported(f, "net_cls is not mounted (cgroup v2 has no net_cls)")
            }
            try put(d, "net_cls.classid", String(id), field: f)
        }
        if let prios = n.priorities {
            let f = "linux.resources.network.priorities"
            guard let d = v1Dir("net_prio") else {
                throw CgroupError.unsupported(f, "net_prio is not mounted (cgroup v2 has no net_prio)")
            }
            // One interface per write: the kernel parses a single "ifname prio".
            for p in prios { try put(d, "net_prio.ifpriomap", "\(p.name) \(p.priority)", field: f) }
        }
    }

    // MARK: rdma

    private func applyRDMA(_ m: [String: CgroupResources.RDMA]) throws {
        for (dev, l) in m.sorted(by: { $0.key < $1.key }) {
            let f = "linux.resources.rdma.\(dev)"
            var line = dev
            if let h = l.hcaHandles { line += " hca_handle=\(h)" }
            if let o = l.hcaObjects { line += " hca_object=\(o)" }
            if line == dev { continue }
            switch target("rdma") {
            case .v1(let d), .v2(let d): try put(d, "rdma.max", line, field: f)
            case .none: throw noController(f, "rdma")
            }
        }
    }

    // MARK: unified

    private func applyUnified(_ u: [String: String]) throws {
        guard let dir = unifiedDir else {
            throw CgroupError.unsupported("linux.resources.unified", "this host has no cgroup v2 (unified) hierarchy")
        }
        for (k, v) in u.sorted(by: { $0.key < $1.key }) {
            let f = "linux.resources.unified.\(k)"
            // Keys are plain file names of this cgroup: no paths, no escapes.
            guard !k.isEmpty, !k.contains("/"), !k.hasPrefix("."), k.contains(".") else {
                throw CgroupError.unsupported(f, "not a cgroup v2 file name")
            }
            try put(dir, k, v, field: f)
        }
    }
}

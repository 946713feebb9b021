import Glibc
import Cgroups
import LinuxKit
import OCISpec

extension Runtime {
    /// `update`: applies `resources` to a live container's cgroup. Unset
    /// fields, and (as in runc) zero values of the limits, leave the cgroup
    /// alone. Device rules are replaced only when the update carries some.
    public func update(id: String, resources: LinuxResources) throws {
        let dir = try store.lock(id: id)
        let record = try dir.load()
        let status = record.liveStatus(directory: dir.directory)
        guard status == .created || status == .running || status == .paused else {
            throw SwuncError("cannot update container \"\(id)\": it is \(status.rawValue)")
        }
        let cg = try cgroup(of: record, for: "update")
        do { try cg.manager.apply(CgroupResources(update: resources)) } catch {
            throw SwuncError("update \(id): \(describe(error))")
        }
    }
}

extension CgroupResources {
    /// linux.resources of an `update`: the create-time mapping, except that
    /// the default device rules are appended only when the update has device
    /// rules of its own (otherwise the devices cgroup is left as it is), and
    /// zero limits mean "unchanged", the way runc's update treats them
    /// (containerd sends whole LinuxResources objects with zeros in them; a
    /// memory limit of 0 must not become the kernel's minimum).
    init(update r: LinuxResources) {
        self.init(spec: r, devices: [])
        if (r.devices ?? []).isEmpty { devices = nil }
        if var m = memory {
            func keep(_ v: Int64?) -> Int64? { v == 0 ? nil : v }
            m.limit = keep(m.limit); m.reservation = keep(m.reservation); m.swap = keep(m.swap)
            m.kernel = keep(m.kernel); m.kernelTCP = keep(m.kernelTCP)
            memory = m == Memory() ? nil : m
        }
        if var c = cpu {
            if c.shares == 0 { c.shares = nil }
            if c.quota == 0 { c.quota = nil }
            if c.period == 0 { c.period = nil }
            if c.realtimeRuntime == 0 { c.realtimeRuntime = nil }
            if c.realtimePeriod == 0 { c.realtimePeriod = nil }
            if c.cpus?.isEmpty == true { c.cpus = nil }
            if c.mems?.isEmpty == true { c.mems = nil }
            cpu = c == CPU() ? nil : c
        }
        if pids?.limit == 0 { pids = nil }
        if var b = blockIO {
            if b.weight == 0 { b.weight = nil }
            if b.leafWeight == 0 { b.leafWeight = nil }
            blockIO = b == BlockIO() ? nil : b
        }
    }
}

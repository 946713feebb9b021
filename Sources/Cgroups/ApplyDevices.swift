import Glibc

/// linux.resources.devices: v1 devices.allow/deny writes, v2 an eBPF
/// BPF_PROG_TYPE_CGROUP_DEVICE program attached to the cgroup directory.
extension FsCgroupManager {
    func applyDevices(_ rules: [CgroupResources.DeviceRule]) throws {
        let f = "linux.resources.devices"
        for (i, r) in rules.enumerated() {
            if let t = r.type, !["a", "b", "c", ""].contains(t) {
                throw CgroupError.unsupported("\(f)[\(i)].type", "must be a, b or c, got \"\(t)\"")
            }
            if let a = r.access, a.contains(where: { !"rwm".contains($0) }) {
                throw CgroupError.unsupported("\(f)[\(i)].access", "must be a subset of rwm, got \"\(a)\"")
            }
        }
        switch target("devices") {
        case .v1(let d): try applyDevicesV1(rules, d)
        case .v2(let d):
            do { try DeviceFilter.attach(DeviceFilter.program(for: rules), toCgroup: d) } catch let e as CgroupError { throw e.field(f) }
        case .none: throw noController(f, "devices")
        }
    }

    /// Starts from "deny all" (clearing inherited exceptions), then replays
    /// the rules in order, as the v1 kernel evaluates them as a whitelist.
    private func applyDevicesV1(_ rules: [CgroupResources.DeviceRule], _ d: String) throws {
        let f = "linux.resources.devices"
        try put(d, "devices.deny", "a", field: f)
        for (i, r) in rules.enumerated() {
            let file = r.allow ? "devices.allow" : "devices.deny"
            for line in DeviceFilter.v1Lines(r) { try put(d, file, line, field: "\(f)[\(i)]") }
        }
    }
}

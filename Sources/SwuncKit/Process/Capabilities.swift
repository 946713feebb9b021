import Glibc
import CCap
import CBootstrap
import LinuxKit
import OCISpec

/// process.capabilities: the five sets, applied with libcap.
struct CapabilitySets {
    var bounding: [cap_value_t] = []
    var effective: [cap_value_t] = []
    var inheritable: [cap_value_t] = []
    var permitted: [cap_value_t] = []
    var ambient: [cap_value_t] = []

    /// Converts names to numbers; an unknown name is an error naming the
    /// field, even if validation missed it (a newer spec name than libcap).
    init(_ caps: LinuxCapabilities?) throws {
        guard let caps = caps else { return }
        func values(_ names: [String]?, _ set: String) throws -> [cap_value_t] {
            try (names ?? []).enumerated().map { i, name in
                var v: cap_value_t = 0
                if cap_from_name(name.lowercased(), &v) != 0 {
                    throw SwuncError("process.capabilities.\(set)[\(i)]: unknown capability \"\(name)\"")
                }
                return v
            }
        }
        bounding = try values(caps.bounding, "bounding")
        effective = try values(caps.effective, "effective")
        inheritable = try values(caps.inheritable, "inheritable")
        permitted = try values(caps.permitted, "permitted")
        ambient = try values(caps.ambient, "ambient")
    }

    /// Drops every capability not in the bounding set. Needs CAP_SETPCAP,
    /// so it runs before the user switch.
    func dropBounding() throws {
        let last = lastCap()
        for c in 0...last where !bounding.contains(cap_value_t(c)) {
            let rc = swunc_prctl(24 /* PR_CAPBSET_DROP */, UInt(c), 0, 0, 0)
            if rc < 0 && rc != -EINVAL { throw SystemError("process.capabilities.bounding: drop capability \(c)", errno: -rc) }
        }
    }

    /// Sets effective/permitted/inheritable, then raises the ambient set
    /// (which the kernel allows only for caps that are permitted and inheritable).
    func apply() throws {
        guard let caps = cap_init() else { throw SystemError("cap_init") }
        defer { cap_free(UnsafeMutableRawPointer(caps)) }
        func set(_ list: [cap_value_t], _ flag: cap_flag_t) {
            if list.isEmpty { return }
            var l = list
            cap_set_flag(caps, flag, Int32(l.count), &l, CAP_SET)
        }
        set(effective, CAP_EFFECTIVE)
        set(permitted, CAP_PERMITTED)
        set(inheritable, CAP_INHERITABLE)
        if cap_set_proc(caps) != 0 {
            throw SystemError("process.capabilities: setting effective/permitted/inheritable (is a capability missing from this host's bounding set? e.g. CAP_SYS_RESOURCE)")
        }
        // Clear first: an exec process must not inherit ambient caps it did not ask for.
        _ = swunc_prctl(47 /* PR_CAP_AMBIENT */, 4 /* CLEAR_ALL */, 0, 0, 0)
        // The kernel raises an ambient cap only if it is also permitted and
        // inheritable. `runc spec` writes ambient caps without inheritable
        // ones (since CVE-2022-29162); runc and crun skip those with a
        // warning, and configs in the wild rely on it, so swunc skips them too.
        for c in ambient where inheritable.contains(c) && permitted.contains(c) {
            let rc = swunc_prctl(47, 2 /* RAISE */, UInt(c), 0, 0)
            if rc < 0 { throw SystemError("process.capabilities.ambient: raise capability \(c)", errno: -rc) }
        }
    }

    func lastCap() -> Int {
        if let t = FileIO.readText("/proc/sys/kernel/cap_last_cap"), let n = Int(t.split(separator: "\n").first ?? "") { return n }
        return 40
    }
}

import Glibc

/// One mounted v1 hierarchy, possibly carrying several comounted controllers
/// (e.g. `cpu,cpuacct`) or a named hierarchy (`name=systemd`).
public struct V1Hierarchy: Equatable, Sendable {
    /// Controllers bound to it, e.g. ["cpu", "cpuacct"] or ["name=systemd"].
    public var controllers: [String]
    /// Where it is mounted, e.g. /sys/fs/cgroup/cpu,cpuacct.
    public var mountPoint: String
    /// The cgroup mounted there (mountinfo field 4; not "/" inside a cgroupns
    /// or a bind mount of a sub-cgroup).
    public var root: String

    public init(controllers: [String], mountPoint: String, root: String = "/") {
        self.controllers = controllers
        self.mountPoint = mountPoint
        self.root = root
    }
}

/// The cgroup mounts of the current mount namespace, from /proc/self/mountinfo.
public struct CgroupMounts: Equatable, Sendable {
    /// v1 hierarchies in mountinfo order (first mount of each wins).
    public var hierarchies: [V1Hierarchy]
    /// The cgroup2 mount point, if any.
    public var unified: String?
    /// The cgroup mounted at `unified` (mountinfo root field).
    public var unifiedRoot: String

    public init(hierarchies: [V1Hierarchy] = [], unified: String? = nil, unifiedRoot: String = "/") {
        self.hierarchies = hierarchies
        self.unified = unified
        self.unifiedRoot = unifiedRoot
    }

    /// v1 controller name -> mount point (comounted controllers share one).
    public var v1: [String: String] {
        var m: [String: String] = [:]
        for h in hierarchies { for c in h.controllers where m[c] == nil { m[c] = h.mountPoint } }
        return m
    }

    /// The v1 hierarchy carrying `controller`, if mounted.
    public func hierarchy(for controller: String) -> V1Hierarchy? {
        hierarchies.first { $0.controllers.contains(controller) }
    }

    public var layout: CgroupLayout {
        if hierarchies.isEmpty { return unified == nil ? .v1 : .v2 }
        return unified == nil ? .v1 : .hybrid
    }

    /// Reads /proc/self/mountinfo.
    public static func detect() throws -> CgroupMounts {
        let text = try FileIO.read("/proc/self/mountinfo")
        let m = parse(mountinfo: text)
        if m.hierarchies.isEmpty && m.unified == nil {
            throw CgroupError(subject: "/proc/self/mountinfo", reason: "no cgroup or cgroup2 mount found")
        }
        return m
    }

    /// Parses mountinfo text. Line format (proc(5)):
    /// `id parent maj:min root mountpoint opts [optional...] - fstype source superopts`
    public static func parse(mountinfo: String) -> CgroupMounts {
        var result = CgroupMounts()
        for line in mountinfo.split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let dash = f.firstIndex(of: "-"), dash >= 6, f.count > dash + 3 else { continue }
            let fstype = f[dash + 1]
            let root = unescape(f[3])
            let mnt = unescape(f[4])
            if fstype == "cgroup2" {
                // The first cgroup2 mount wins; later ones are usually bind mounts.
                if result.unified == nil { result.unified = mnt; result.unifiedRoot = root }
            } else if fstype == "cgroup" {
                // Controllers are the super options minus generic mount flags.
                let generic: Set<Substring> = ["rw", "ro", "xattr", "noprefix", "clone_children",
                                               "cpuset_v2_mode", "favordynmods"]
                let ctrls = f[dash + 3].split(separator: ",").filter {
                    !generic.contains($0) && !$0.hasPrefix("release_agent=")
                }.map(String.init)
                if ctrls.isEmpty { continue }
                // A hierarchy mounted twice (bind mounts) keeps its first mount point.
                if result.hierarchies.contains(where: { $0.controllers == ctrls }) { continue }
                result.hierarchies.append(V1Hierarchy(controllers: ctrls, mountPoint: mnt, root: root))
            }
        }
        return result
    }

    /// mountinfo escapes space, tab, newline and backslash as \ooo octal.
    static func unescape(_ s: Substring) -> String {
        guard s.contains("\\") else { return String(s) }
        var out: [UInt8] = []
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            if b[i] == 0x5c, i + 3 < b.count,
               let v = UInt8(String(decoding: b[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                out.append(v); i += 4
            } else {
                out.append(b[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Operations on one cgroup (the same path on every hierarchy in use).
/// Implementations know nothing about containers.
public protocol CgroupManager {
    /// The cgroup path as given, e.g. "/swunc/abc".
    var path: String { get }
    /// The host layout this manager drives.
    var layout: CgroupLayout { get }
    /// mkdir -p on every hierarchy; v1 cpuset inherits cpus/mems from its
    /// parent; v2 enables the available controllers in the ancestors'
    /// cgroup.subtree_control.
    func create() throws
    /// Moves `pid` (the whole thread group) into the cgroup on every hierarchy.
    func addProcess(_ pid: Int32) throws
    /// Writes every set field of `r`; unset fields are left alone. A field the
    /// host cannot apply raises a CgroupError naming the OCI field.
    func apply(_ r: CgroupResources) throws
    /// Freezes and waits until the kernel reports the cgroup frozen.
    func freeze() throws
    /// Thaws and waits until the kernel reports it thawed.
    func thaw() throws
    func isFrozen() throws -> Bool
    /// Every pid in the cgroup and its descendants.
    func pids() throws -> [Int32]
    /// Signals every process; a frozen cgroup is thawed after signalling so
    /// the signals get delivered.
    func killAll(signal: Int32) throws
    /// SIGKILLs stragglers, waits (bounded) until empty, removes the cgroup
    /// (and any sub-cgroups) on every hierarchy. Missing directories are fine.
    func destroy() throws
    /// Usage statistics, runc `events --stats` shape.
    func stats() throws -> CgroupStats
    /// How many processes the OOM killer killed in this cgroup.
    func oomKillCount() throws -> UInt64
}

/// A manager for the absolute cgroup `path` (relative to each hierarchy root).
public func makeCgroupManager(path: String, mounts: CgroupMounts) -> CgroupManager {
    FsCgroupManager(path: path, mounts: mounts, own: nil)
}

/// A manager for an OCI `linux.cgroupsPath`: absolute as is, relative to the
/// runtime's own cgroup in each hierarchy (`own`, from /proc/self/cgroup),
/// `defaultPath` when absent.
public func makeCgroupManager(cgroupsPath: String?, defaultPath: String, mounts: CgroupMounts,
                              own: ProcCgroup) -> CgroupManager {
    let p = (cgroupsPath?.isEmpty ?? true) ? defaultPath : cgroupsPath!
    return FsCgroupManager(path: p, mounts: mounts, own: own)
}

/// Resolving an OCI `linux.cgroupsPath` to a path inside each hierarchy.
///
/// An absolute path is used as is in every hierarchy. A relative path is
/// relative to the runtime's own cgroup, which can differ per hierarchy (this
/// very host puts us in a non-root memory cgroup only). An absent path falls
/// back to the default the caller passes (which is itself resolved the same
/// way).
public enum CgroupPath {
    /// The cgroup path (relative to the hierarchy root) to use in a hierarchy
    /// whose own cgroup (from /proc/self/cgroup) is `own`.
    public static func resolve(_ spec: String?, default def: String, own: String?) -> String {
        let p = (spec?.isEmpty ?? true) ? def : spec!
        if p.hasPrefix("/") { return joinPath(p) }
        return joinPath(own ?? "/", p)
    }

    /// Turns a hierarchy-relative cgroup path into a directory under the
    /// mount: strips the mount's root (non-"/" inside a cgroup namespace or a
    /// bind mount of a sub-cgroup) when the path lies below it.
    public static func directory(mountPoint: String, mountRoot: String, cgroup: String) -> String {
        var rel = joinPath(cgroup)
        let root = joinPath(mountRoot)
        if root != "/" {
            if rel == root { rel = "/" } else if rel.hasPrefix(root + "/") { rel = String(rel.dropFirst(root.count)) }
        }
        return rel == "/" ? joinPath(mountPoint) : joinPath(mountPoint, rel)
    }
}

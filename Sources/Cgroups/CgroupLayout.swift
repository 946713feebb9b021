/// Which cgroup hierarchies the host mounts.
public enum CgroupLayout: String, Equatable, Sendable {
    /// Only v1 hierarchies (one per controller or comounted group).
    case v1
    /// Only the unified cgroup2 hierarchy.
    case v2
    /// v1 hierarchies for (most) controllers plus a cgroup2 mount (systemd "hybrid").
    case hybrid
}

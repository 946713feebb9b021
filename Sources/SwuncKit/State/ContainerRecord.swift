import OCISpec

/// What swunc keeps in <root>/<id>/state.json: the runtime-spec state plus
/// what later commands need without re-reading the bundle's config.json
/// (which may have changed or vanished since create).
public struct ContainerRecord: Codable {
    public var ociVersion: String
    public var id: String
    /// The status recorded by the last command that changed it. `state`
    /// reports the live status, derived from the process (see ContainerStatus).
    public var status: String
    public var pid: Int32
    public var bundle: String
    public var rootfs: String
    public var annotations: [String: String]?
    /// RFC 3339 creation time.
    public var created: String
    /// Start time (clock ticks since boot) of the init process: with pid it
    /// tells a live container from a recycled pid.
    public var initStartTime: UInt64
    /// Cgroup path (same on every hierarchy).
    public var cgroupPath: String
    /// Hooks that run after create; the config is not read again.
    public var poststart: [Hook]?
    public var poststop: [Hook]?
    public var startContainerDone: Bool?
    public var owner: String?
    /// Namespaces the container has (type names), for exec and sysctl checks.
    public var namespaces: [String]?
}

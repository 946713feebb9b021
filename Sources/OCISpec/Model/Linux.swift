/// `linux`: the Linux-specific part of the config (namespaces, cgroups, security).
public struct Linux: Codable, Equatable, Sendable {
    public var namespaces: [LinuxNamespace]?
    public var uidMappings: [LinuxIDMapping]?
    public var gidMappings: [LinuxIDMapping]?
    /// Keyed by clock name (`monotonic`, `boottime`); needs a time namespace.
    public var timeOffsets: [String: LinuxTimeOffset]?
    public var devices: [LinuxDevice]?
    /// Keyed by the host interface name to move into the container.
    public var netDevices: [String: LinuxNetDevice]?
    public var cgroupsPath: String?
    public var resources: LinuxResources?
    public var rootfsPropagation: String?
    public var seccomp: Seccomp?
    public var sysctl: [String: String]?
    public var maskedPaths: [String]?
    public var readonlyPaths: [String]?
    public var mountLabel: String?
    public var intelRdt: LinuxIntelRdt?
    public var personality: LinuxPersonality?

    public init(
        namespaces: [LinuxNamespace]? = nil,
        uidMappings: [LinuxIDMapping]? = nil,
        gidMappings: [LinuxIDMapping]? = nil,
        timeOffsets: [String: LinuxTimeOffset]? = nil,
        devices: [LinuxDevice]? = nil,
        netDevices: [String: LinuxNetDevice]? = nil,
        cgroupsPath: String? = nil,
        resources: LinuxResources? = nil,
        rootfsPropagation: String? = nil,
        seccomp: Seccomp? = nil,
        sysctl: [String: String]? = nil,
        maskedPaths: [String]? = nil,
        readonlyPaths: [String]? = nil,
        mountLabel: String? = nil,
        intelRdt: LinuxIntelRdt? = nil,
        personality: LinuxPersonality? = nil
    ) {
        self.namespaces = namespaces
        self.uidMappings = uidMappings
        self.gidMappings = gidMappings
        self.timeOffsets = timeOffsets
        self.devices = devices
        self.netDevices = netDevices
        self.cgroupsPath = cgroupsPath
        self.resources = resources
        self.rootfsPropagation = rootfsPropagation
        self.seccomp = seccomp
        self.sysctl = sysctl
        self.maskedPaths = maskedPaths
        self.readonlyPaths = readonlyPaths
        self.mountLabel = mountLabel
        self.intelRdt = intelRdt
        self.personality = personality
    }

    /// The namespace entry of the given type, if the config lists one.
    public func namespace(_ type: String) -> LinuxNamespace? {
        namespaces?.first { $0.type == type }
    }
}

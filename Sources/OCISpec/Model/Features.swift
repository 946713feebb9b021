/// The runtime-spec `features` document (`swunc features`): what this runtime supports.
///
/// Every field is optional because the spec defines absence as "unknown".
public struct Features: Codable, Equatable, Sendable {
    public var ociVersionMin: String?
    public var ociVersionMax: String?
    public var hooks: [String]?
    public var mountOptions: [String]?
    public var linux: LinuxFeatures?
    public var annotations: [String: String]?
    public var potentiallyUnsafeConfigAnnotations: [String]?

    public init(
        ociVersionMin: String? = nil,
        ociVersionMax: String? = nil,
        hooks: [String]? = nil,
        mountOptions: [String]? = nil,
        linux: LinuxFeatures? = nil,
        annotations: [String: String]? = nil,
        potentiallyUnsafeConfigAnnotations: [String]? = nil
    ) {
        self.ociVersionMin = ociVersionMin
        self.ociVersionMax = ociVersionMax
        self.hooks = hooks
        self.mountOptions = mountOptions
        self.linux = linux
        self.annotations = annotations
        self.potentiallyUnsafeConfigAnnotations = potentiallyUnsafeConfigAnnotations
    }
}

/// `features.linux`.
public struct LinuxFeatures: Codable, Equatable, Sendable {
    public var namespaces: [String]?
    public var capabilities: [String]?
    public var cgroup: CgroupFeatures?
    public var seccomp: SeccompFeatures?
    public var apparmor: EnabledFeature?
    public var selinux: EnabledFeature?
    public var intelRdt: EnabledFeature?
    public var mountExtensions: MountExtensionsFeatures?

    public init(
        namespaces: [String]? = nil,
        capabilities: [String]? = nil,
        cgroup: CgroupFeatures? = nil,
        seccomp: SeccompFeatures? = nil,
        apparmor: EnabledFeature? = nil,
        selinux: EnabledFeature? = nil,
        intelRdt: EnabledFeature? = nil,
        mountExtensions: MountExtensionsFeatures? = nil
    ) {
        self.namespaces = namespaces
        self.capabilities = capabilities
        self.cgroup = cgroup
        self.seccomp = seccomp
        self.apparmor = apparmor
        self.selinux = selinux
        self.intelRdt = intelRdt
        self.mountExtensions = mountExtensions
    }
}

/// `features.linux.cgroup`.
public struct CgroupFeatures: Codable, Equatable, Sendable {
    public var v1: Bool?
    public var v2: Bool?
    public var systemd: Bool?
    public var systemdUser: Bool?
    public var rdma: Bool?

    public init(v1: Bool? = nil, v2: Bool? = nil, systemd: Bool? = nil, systemdUser: Bool? = nil, rdma: Bool? = nil) {
        self.v1 = v1
        self.v2 = v2
        self.systemd = systemd
        self.systemdUser = systemdUser
        self.rdma = rdma
    }
}

/// `features.linux.seccomp`.
public struct SeccompFeatures: Codable, Equatable, Sendable {
    public var enabled: Bool?
    public var actions: [String]?
    public var operators: [String]?
    public var archs: [String]?
    public var knownFlags: [String]?
    public var supportedFlags: [String]?

    public init(
        enabled: Bool? = nil,
        actions: [String]? = nil,
        operators: [String]? = nil,
        archs: [String]? = nil,
        knownFlags: [String]? = nil,
        supportedFlags: [String]? = nil
    ) {
        self.enabled = enabled
        self.actions = actions
        self.operators = operators
        self.archs = archs
        self.knownFlags = knownFlags
        self.supportedFlags = supportedFlags
    }
}

/// `{"enabled": Bool}` used by apparmor, selinux, intelRdt and idmap.
public struct EnabledFeature: Codable, Equatable, Sendable {
    public var enabled: Bool?

    public init(enabled: Bool? = nil) {
        self.enabled = enabled
    }
}

/// `features.linux.mountExtensions`.
public struct MountExtensionsFeatures: Codable, Equatable, Sendable {
    public var idmap: EnabledFeature?

    public init(idmap: EnabledFeature? = nil) {
        self.idmap = idmap
    }
}

extension Features {
    /// The static part of swunc's features document, built from the constant tables.
    /// Host-dependent answers (cgroup version, seccomp availability, apparmor, selinux)
    /// come in as parameters because probing the host is not this module's job.
    public static func swunc(
        cgroupV1: Bool = true,
        cgroupV2: Bool = true,
        systemd: Bool = false,
        seccompEnabled: Bool = true,
        supportedSeccompFlags: [String]? = nil,
        apparmor: Bool = false,
        selinux: Bool = false,
        intelRdt: Bool = false,
        idmap: Bool = true
    ) -> Features {
        Features(
            ociVersionMin: "1.0.0",
            ociVersionMax: ociSpecVersion,
            hooks: Hooks().namedLists.map { $0.kind },
            mountOptions: MountOptionTable.allOptionNames,
            linux: LinuxFeatures(
                namespaces: NamespaceType.all,
                capabilities: LinuxCapability.all.map { $0.name },
                cgroup: CgroupFeatures(v1: cgroupV1, v2: cgroupV2, systemd: systemd, systemdUser: systemd, rdma: true),
                seccomp: SeccompFeatures(
                    enabled: seccompEnabled,
                    actions: SeccompNames.actions,
                    operators: SeccompNames.operators,
                    archs: SeccompNames.architectures,
                    knownFlags: SeccompNames.flags,
                    supportedFlags: supportedSeccompFlags ?? SeccompNames.flags
                ),
                apparmor: EnabledFeature(enabled: apparmor),
                selinux: EnabledFeature(enabled: selinux),
                intelRdt: EnabledFeature(enabled: intelRdt),
                mountExtensions: MountExtensionsFeatures(idmap: EnabledFeature(enabled: idmap))
            )
        )
    }
}

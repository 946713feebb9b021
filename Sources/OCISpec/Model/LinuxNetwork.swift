/// `linux.resources.network`: net_cls class id and net_prio priorities (cgroup v1 only).
public struct LinuxNetwork: Codable, Equatable, Sendable {
    public var classID: UInt32?
    public var priorities: [LinuxInterfacePriority]?

    public init(classID: UInt32? = nil, priorities: [LinuxInterfacePriority]? = nil) {
        self.classID = classID
        self.priorities = priorities
    }
}

/// `linux.resources.network.priorities[i]`.
public struct LinuxInterfacePriority: Codable, Equatable, Sendable {
    public var name: String
    public var priority: UInt32

    public init(name: String = "", priority: UInt32 = 0) {
        self.name = name
        self.priority = priority
    }
}

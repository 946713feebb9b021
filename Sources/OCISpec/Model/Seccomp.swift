/// `linux.seccomp`: a libseccomp-style filter description.
public struct Seccomp: Codable, Equatable, Sendable {
    public var defaultAction: String
    public var defaultErrnoRet: UInt32?
    public var architectures: [String]?
    public var flags: [String]?
    /// Unix socket that receives the notify fd when any action is `SCMP_ACT_NOTIFY`.
    public var listenerPath: String?
    public var listenerMetadata: String?
    public var syscalls: [SeccompSyscall]?

    public init(
        defaultAction: String = "SCMP_ACT_ALLOW",
        defaultErrnoRet: UInt32? = nil,
        architectures: [String]? = nil,
        flags: [String]? = nil,
        listenerPath: String? = nil,
        listenerMetadata: String? = nil,
        syscalls: [SeccompSyscall]? = nil
    ) {
        self.defaultAction = defaultAction
        self.defaultErrnoRet = defaultErrnoRet
        self.architectures = architectures
        self.flags = flags
        self.listenerPath = listenerPath
        self.listenerMetadata = listenerMetadata
        self.syscalls = syscalls
    }
}

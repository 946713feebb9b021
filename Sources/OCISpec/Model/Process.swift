/// `process`: what runs inside the container and with which credentials/limits.
public struct Process: Codable, Equatable, Sendable {
    public var terminal: Bool?
    public var consoleSize: ConsoleSize?
    public var user: User
    public var args: [String]?
    /// Windows-only in the spec; kept so such configs round-trip.
    public var commandLine: String?
    public var env: [String]?
    public var cwd: String
    public var capabilities: LinuxCapabilities?
    public var rlimits: [POSIXRlimit]?
    public var noNewPrivileges: Bool?
    public var apparmorProfile: String?
    public var oomScoreAdj: Int?
    public var selinuxLabel: String?
    public var ioPriority: LinuxIOPriority?
    public var scheduler: Scheduler?
    public var execCPUAffinity: CPUAffinity?

    public init(
        terminal: Bool? = nil,
        consoleSize: ConsoleSize? = nil,
        user: User = User(),
        args: [String]? = nil,
        commandLine: String? = nil,
        env: [String]? = nil,
        cwd: String = "/",
        capabilities: LinuxCapabilities? = nil,
        rlimits: [POSIXRlimit]? = nil,
        noNewPrivileges: Bool? = nil,
        apparmorProfile: String? = nil,
        oomScoreAdj: Int? = nil,
        selinuxLabel: String? = nil,
        ioPriority: LinuxIOPriority? = nil,
        scheduler: Scheduler? = nil,
        execCPUAffinity: CPUAffinity? = nil
    ) {
        self.terminal = terminal
        self.consoleSize = consoleSize
        self.user = user
        self.args = args
        self.commandLine = commandLine
        self.env = env
        self.cwd = cwd
        self.capabilities = capabilities
        self.rlimits = rlimits
        self.noNewPrivileges = noNewPrivileges
        self.apparmorProfile = apparmorProfile
        self.oomScoreAdj = oomScoreAdj
        self.selinuxLabel = selinuxLabel
        self.ioPriority = ioPriority
        self.scheduler = scheduler
        self.execCPUAffinity = execCPUAffinity
    }
}

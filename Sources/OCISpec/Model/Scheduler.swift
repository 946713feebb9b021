/// `process.scheduler`: `sched_setattr(2)` parameters.
public struct Scheduler: Codable, Equatable, Sendable {
    public var policy: String
    public var nice: Int32?
    public var priority: Int32?
    public var flags: [String]?
    public var runtime: UInt64?
    public var deadline: UInt64?
    public var period: UInt64?

    public init(
        policy: String = "",
        nice: Int32? = nil,
        priority: Int32? = nil,
        flags: [String]? = nil,
        runtime: UInt64? = nil,
        deadline: UInt64? = nil,
        period: UInt64? = nil
    ) {
        self.policy = policy
        self.nice = nice
        self.priority = priority
        self.flags = flags
        self.runtime = runtime
        self.deadline = deadline
        self.period = period
    }
}

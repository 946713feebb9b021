/// `linux.resources.pids`: maximum number of tasks; `-1` (or 0, historically) means no limit.
public struct LinuxPids: Codable, Equatable, Sendable {
    public var limit: Int64

    public init(limit: Int64 = 0) {
        self.limit = limit
    }
}

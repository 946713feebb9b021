/// `process.rlimits[i]`: one `setrlimit(2)` call.
public struct POSIXRlimit: Codable, Equatable, Sendable {
    public var type: String
    public var hard: UInt64
    public var soft: UInt64

    public init(type: String = "", hard: UInt64 = 0, soft: UInt64 = 0) {
        self.type = type
        self.hard = hard
        self.soft = soft
    }
}

/// `linux.timeOffsets[clock]`: offset written to `/proc/<pid>/timens_offsets`.
public struct LinuxTimeOffset: Codable, Equatable, Sendable {
    public var secs: Int64
    public var nanosecs: UInt32

    public init(secs: Int64 = 0, nanosecs: UInt32 = 0) {
        self.secs = secs
        self.nanosecs = nanosecs
    }

    private enum CodingKeys: String, CodingKey { case secs, nanosecs }

    // Both keys are `omitempty` in the Go reference, so a missing key means 0.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        secs = try c.decodeIfPresent(Int64.self, forKey: .secs) ?? 0
        nanosecs = try c.decodeIfPresent(UInt32.self, forKey: .nanosecs) ?? 0
    }
}

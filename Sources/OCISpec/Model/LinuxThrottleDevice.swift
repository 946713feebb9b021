/// `linux.resources.blockIO.throttle*Device[i]`: per-device bytes/s or IO/s cap.
public struct LinuxThrottleDevice: Codable, Equatable, Sendable {
    public var major: Int64
    public var minor: Int64
    public var rate: UInt64

    public init(major: Int64 = 0, minor: Int64 = 0, rate: UInt64 = 0) {
        self.major = major
        self.minor = minor
        self.rate = rate
    }
}

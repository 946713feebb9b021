/// `linux.resources.blockIO.weightDevice[i]`: per-device weight.
public struct LinuxWeightDevice: Codable, Equatable, Sendable {
    public var major: Int64
    public var minor: Int64
    public var weight: UInt16?
    public var leafWeight: UInt16?

    public init(major: Int64 = 0, minor: Int64 = 0, weight: UInt16? = nil, leafWeight: UInt16? = nil) {
        self.major = major
        self.minor = minor
        self.weight = weight
        self.leafWeight = leafWeight
    }
}

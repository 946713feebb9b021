/// `linux.intelRdt`: resctrl class of service and schemata.
public struct LinuxIntelRdt: Codable, Equatable, Sendable {
    public var closID: String?
    public var l3CacheSchema: String?
    public var memBwSchema: String?
    public var enableCMT: Bool?
    public var enableMBM: Bool?

    public init(
        closID: String? = nil,
        l3CacheSchema: String? = nil,
        memBwSchema: String? = nil,
        enableCMT: Bool? = nil,
        enableMBM: Bool? = nil
    ) {
        self.closID = closID
        self.l3CacheSchema = l3CacheSchema
        self.memBwSchema = memBwSchema
        self.enableCMT = enableCMT
        self.enableMBM = enableMBM
    }
}

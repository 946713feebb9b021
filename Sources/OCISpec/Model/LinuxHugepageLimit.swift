/// `linux.resources.hugepageLimits[i]`: limit for one page size (`"2MB"`, `"1GB"`).
public struct LinuxHugepageLimit: Codable, Equatable, Sendable {
    public var pageSize: String
    public var limit: UInt64

    public init(pageSize: String = "", limit: UInt64 = 0) {
        self.pageSize = pageSize
        self.limit = limit
    }
}

/// `linux.resources.devices[i]`: one device-cgroup allow/deny rule.
/// A missing `major`/`minor` means "any" (`*`); a missing `type` means `a`.
public struct LinuxDeviceCgroup: Codable, Equatable, Sendable {
    public var allow: Bool
    public var type: String?
    public var major: Int64?
    public var minor: Int64?
    public var access: String?

    public init(allow: Bool = false, type: String? = nil, major: Int64? = nil, minor: Int64? = nil, access: String? = nil) {
        self.allow = allow
        self.type = type
        self.major = major
        self.minor = minor
        self.access = access
    }
}

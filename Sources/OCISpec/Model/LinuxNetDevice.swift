/// `linux.netDevices[hostName]`: a host interface moved into the network namespace,
/// optionally renamed to `name`.
public struct LinuxNetDevice: Codable, Equatable, Sendable {
    public var name: String?

    public init(name: String? = nil) {
        self.name = name
    }
}

/// `linux.personality`: `personality(2)` domain (`LINUX`, `LINUX32`) and flags.
public struct LinuxPersonality: Codable, Equatable, Sendable {
    public var domain: String
    public var flags: [String]?

    public init(domain: String = "LINUX", flags: [String]? = nil) {
        self.domain = domain
        self.flags = flags
    }
}

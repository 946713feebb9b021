/// `linux.namespaces[i]`: create a namespace (no `path`) or join one (`path`).
public struct LinuxNamespace: Codable, Equatable, Sendable {
    public var type: String
    public var path: String?

    public init(type: String = "", path: String? = nil) {
        self.type = type
        self.path = path
    }
}

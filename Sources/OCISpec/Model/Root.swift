/// `root`: the container's root filesystem, relative to the bundle unless absolute.
public struct Root: Codable, Equatable, Sendable {
    public var path: String
    public var readonly: Bool?

    public init(path: String = "rootfs", readonly: Bool? = nil) {
        self.path = path
        self.readonly = readonly
    }
}

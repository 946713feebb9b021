/// `linux.devices[i]`: a device node to create in the container's `/dev`.
public struct LinuxDevice: Codable, Equatable, Sendable {
    /// `c`, `b`, `u` (unbuffered char) or `p` (FIFO).
    public var type: String
    public var path: String
    public var major: Int64?
    public var minor: Int64?
    public var fileMode: UInt32?
    public var uid: UInt32?
    public var gid: UInt32?

    public init(
        type: String = "c",
        path: String = "",
        major: Int64? = nil,
        minor: Int64? = nil,
        fileMode: UInt32? = nil,
        uid: UInt32? = nil,
        gid: UInt32? = nil
    ) {
        self.type = type
        self.path = path
        self.major = major
        self.minor = minor
        self.fileMode = fileMode
        self.uid = uid
        self.gid = gid
    }
}

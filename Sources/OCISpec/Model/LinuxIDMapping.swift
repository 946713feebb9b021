/// A uid/gid range mapping as written to `/proc/<pid>/{uid,gid}_map`.
public struct LinuxIDMapping: Codable, Equatable, Sendable {
    public var containerID: UInt32
    public var hostID: UInt32
    public var size: UInt32

    public init(containerID: UInt32 = 0, hostID: UInt32 = 0, size: UInt32 = 0) {
        self.containerID = containerID
        self.hostID = hostID
        self.size = size
    }
}

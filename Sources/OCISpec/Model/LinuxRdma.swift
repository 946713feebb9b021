/// `linux.resources.rdma[device]`: rdma controller limits.
public struct LinuxRdma: Codable, Equatable, Sendable {
    public var hcaHandles: UInt32?
    public var hcaObjects: UInt32?

    public init(hcaHandles: UInt32? = nil, hcaObjects: UInt32? = nil) {
        self.hcaHandles = hcaHandles
        self.hcaObjects = hcaObjects
    }
}

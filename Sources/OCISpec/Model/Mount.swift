/// `mounts[i]`: one mount performed inside the container's mount namespace.
///
/// `options` mixes `MS_*` flags, propagation, recursive attributes and
/// filesystem data; `parseMountOptions(_:)` splits them.
public struct Mount: Codable, Equatable, Sendable {
    public var destination: String
    public var type: String?
    public var source: String?
    public var options: [String]?
    public var uidMappings: [LinuxIDMapping]?
    public var gidMappings: [LinuxIDMapping]?

    public init(
        destination: String = "",
        type: String? = nil,
        source: String? = nil,
        options: [String]? = nil,
        uidMappings: [LinuxIDMapping]? = nil,
        gidMappings: [LinuxIDMapping]? = nil
    ) {
        self.destination = destination
        self.type = type
        self.source = source
        self.options = options
        self.uidMappings = uidMappings
        self.gidMappings = gidMappings
    }
}

/// The runtime-spec state document, as printed by `swunc state`.
public struct ContainerState: Codable, Equatable, Sendable {
    public var ociVersion: String
    public var id: String
    /// `creating`, `created`, `running` or `stopped`.
    public var status: String
    public var pid: Int32?
    public var bundle: String
    public var annotations: [String: String]?

    public init(
        ociVersion: String = ociSpecVersion,
        id: String = "",
        status: String = "creating",
        pid: Int32? = nil,
        bundle: String = "",
        annotations: [String: String]? = nil
    ) {
        self.ociVersion = ociVersion
        self.id = id
        self.status = status
        self.pid = pid
        self.bundle = bundle
        self.annotations = annotations
    }

    private enum CodingKeys: String, CodingKey {
        case ociVersion, id, status, pid, bundle, annotations
    }

    // A stopped container has no process; the spec says to omit `pid` rather than print 0.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ociVersion, forKey: .ociVersion)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        if let pid = pid, pid != 0 {
            try c.encode(pid, forKey: .pid)
        }
        try c.encode(bundle, forKey: .bundle)
        try c.encodeIfPresent(annotations, forKey: .annotations)
    }
}

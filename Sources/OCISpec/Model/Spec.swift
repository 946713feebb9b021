/// The OCI runtime-spec `config.json` document (runtime-spec 1.2, Linux parts).
///
/// Property names are the JSON keys so the synthesized `Codable` conformance
/// matches the spec; unknown keys are ignored on decode so newer bundles still load.
public struct Spec: Codable, Equatable, Sendable {
    public var ociVersion: String
    public var process: Process?
    public var root: Root?
    public var hostname: String?
    public var domainname: String?
    public var mounts: [Mount]?
    public var hooks: Hooks?
    public var annotations: [String: String]?
    public var linux: Linux?

    public init(
        ociVersion: String = ociSpecVersion,
        process: Process? = nil,
        root: Root? = nil,
        hostname: String? = nil,
        domainname: String? = nil,
        mounts: [Mount]? = nil,
        hooks: Hooks? = nil,
        annotations: [String: String]? = nil,
        linux: Linux? = nil
    ) {
        self.ociVersion = ociVersion
        self.process = process
        self.root = root
        self.hostname = hostname
        self.domainname = domainname
        self.mounts = mounts
        self.hooks = hooks
        self.annotations = annotations
        self.linux = linux
    }
}

/// The runtime-spec version swunc writes into generated documents.
public let ociSpecVersion = "1.2.0"

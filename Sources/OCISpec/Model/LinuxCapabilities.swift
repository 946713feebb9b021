/// `process.capabilities`: the five capability sets, by `CAP_*` name.
public struct LinuxCapabilities: Codable, Equatable, Sendable {
    public var bounding: [String]?
    public var effective: [String]?
    public var inheritable: [String]?
    public var permitted: [String]?
    public var ambient: [String]?

    public init(
        bounding: [String]? = nil,
        effective: [String]? = nil,
        inheritable: [String]? = nil,
        permitted: [String]? = nil,
        ambient: [String]? = nil
    ) {
        self.bounding = bounding
        self.effective = effective
        self.inheritable = inheritable
        self.permitted = permitted
        self.ambient = ambient
    }

    /// The sets paired with their JSON key, in spec order; validation walks this.
    public var namedSets: [(name: String, values: [String]?)] {
        [("bounding", bounding), ("effective", effective), ("inheritable", inheritable),
         ("permitted", permitted), ("ambient", ambient)]
    }
}

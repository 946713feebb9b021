/// `hooks`: programs the runtime runs at lifecycle points.
///
/// `prestart` is deprecated by the spec but still honoured for compatibility.
public struct Hooks: Codable, Equatable, Sendable {
    public var prestart: [Hook]?
    public var createRuntime: [Hook]?
    public var createContainer: [Hook]?
    public var startContainer: [Hook]?
    public var poststart: [Hook]?
    public var poststop: [Hook]?

    public init(
        prestart: [Hook]? = nil,
        createRuntime: [Hook]? = nil,
        createContainer: [Hook]? = nil,
        startContainer: [Hook]? = nil,
        poststart: [Hook]? = nil,
        poststop: [Hook]? = nil
    ) {
        self.prestart = prestart
        self.createRuntime = createRuntime
        self.createContainer = createContainer
        self.startContainer = startContainer
        self.poststart = poststart
        self.poststop = poststop
    }

    /// Every hook list paired with its JSON key, in lifecycle order.
    public var namedLists: [(kind: String, hooks: [Hook]?)] {
        [("prestart", prestart), ("createRuntime", createRuntime),
         ("createContainer", createContainer), ("startContainer", startContainer),
         ("poststart", poststart), ("poststop", poststop)]
    }
}

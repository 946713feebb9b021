/// One hook: an absolute program path, its argv, environment and timeout (seconds).
public struct Hook: Codable, Equatable, Sendable {
    public var path: String
    public var args: [String]?
    public var env: [String]?
    public var timeout: Int?

    public init(path: String = "", args: [String]? = nil, env: [String]? = nil, timeout: Int? = nil) {
        self.path = path
        self.args = args
        self.env = env
        self.timeout = timeout
    }
}

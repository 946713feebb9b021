import LinuxKit

/// Global options every command gets (runc's global flags).
public struct RuntimeOptions {
    public var root: String = "/run/swunc"
    public var debug = false
    public var systemdCgroup = false
    public init() {}
}

/// The entry point of the container library: one value per invocation.
public struct Runtime {
    public let options: RuntimeOptions
    public let store: StateStore

    public init(options: RuntimeOptions) {
        self.options = options
        self.store = StateStore(root: options.root)
    }
}

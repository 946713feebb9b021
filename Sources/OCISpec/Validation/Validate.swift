/// Inputs a check needs besides the spec itself.
public struct ValidationContext: Sendable {
    /// Absolute path of the bundle; a relative `root.path` is resolved against it.
    public var bundlePath: String
    /// `create`/`run` need a process; `swunc spec`-style tooling may not.
    public var requireProcess: Bool

    public init(bundlePath: String, requireProcess: Bool = true) {
        self.bundlePath = bundlePath
        self.requireProcess = requireProcess
    }
}

/// One independent rule; it reports every violation it finds.
typealias SpecCheck = (Spec, ValidationContext) -> [ValidationError]

/// All rules, in the order errors are reported (document order, roughly).
let specChecks: [SpecCheck] = [
    checkOCIVersion,
    checkRoot,
    checkProcess,
    checkMounts,
    checkHooks,
    checkHostnames,
    checkNamespaces,
    checkUserNamespaceMappings,
    checkTimeOffsets,
    checkSysctl,
    checkDevices,
    checkMaskedAndReadonlyPaths,
    checkRootfsPropagation,
    checkCgroupsPath,
    checkResources,
    checkSeccomp,
]

/// Every problem in `spec`, in report order; empty means the config is usable.
public func validationErrors(_ spec: Spec, bundlePath: String, requireProcess: Bool = true) -> [ValidationError] {
    let context = ValidationContext(bundlePath: bundlePath, requireProcess: requireProcess)
    return specChecks.flatMap { $0(spec, context) }
}

/// Throws the first `ValidationError` found, so `create` fails fast with one clear message.
public func validate(_ spec: Spec, bundlePath: String, requireProcess: Bool = true) throws {
    if let first = validationErrors(spec, bundlePath: bundlePath, requireProcess: requireProcess).first {
        throw first
    }
}

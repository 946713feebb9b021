/// `process.execCPUAffinity`: CPU lists for `runc exec`-style processes,
/// applied before (`initial`) and after (`final`) joining the cgroup.
public struct CPUAffinity: Codable, Equatable, Sendable {
    public var initial: String?
    public var final: String?

    public init(initial: String? = nil, final: String? = nil) {
        self.initial = initial
        self.final = final
    }
}

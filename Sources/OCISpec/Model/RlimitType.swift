/// An `RLIMIT_*` resource name and its number (`<asm-generic/resource.h>`, as on x86/arm).
public struct RlimitType: Equatable, Hashable, Sendable {
    public var name: String
    public var number: Int32

    public init(name: String, number: Int32) {
        self.name = name
        self.number = number
    }

    /// All resource limits, ordered by number.
    public static let all: [RlimitType] = [
        "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK",
        "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE",
        "RLIMIT_MEMLOCK", "RLIMIT_AS", "RLIMIT_LOCKS", "RLIMIT_SIGPENDING",
        "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME",
    ].enumerated().map { RlimitType(name: $0.element, number: Int32($0.offset)) }

    private static let byName: [String: Int32] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.number) })

    /// The resource number for an `RLIMIT_*` name, or nil if unknown.
    public static func number(of name: String) -> Int32? { byName[name] }
}

/// `linux.seccomp.syscalls[i].args[j]`: an argument comparison (`SCMP_CMP_*`).
public struct SeccompArg: Codable, Equatable, Sendable {
    public var index: UInt32
    public var value: UInt64
    /// Only meaningful for `SCMP_CMP_MASKED_EQ`, where `value` is the mask.
    public var valueTwo: UInt64?
    public var op: String

    public init(index: UInt32 = 0, value: UInt64 = 0, valueTwo: UInt64? = nil, op: String = "") {
        self.index = index
        self.value = value
        self.valueTwo = valueTwo
        self.op = op
    }
}

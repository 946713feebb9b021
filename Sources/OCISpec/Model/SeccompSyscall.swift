/// `linux.seccomp.syscalls[i]`: one rule applying `action` to the named syscalls.
public struct SeccompSyscall: Codable, Equatable, Sendable {
    public var names: [String]
    public var action: String
    public var errnoRet: UInt32?
    public var args: [SeccompArg]?

    public init(names: [String] = [], action: String = "", errnoRet: UInt32? = nil, args: [SeccompArg]? = nil) {
        self.names = names
        self.action = action
        self.errnoRet = errnoRet
        self.args = args
    }
}

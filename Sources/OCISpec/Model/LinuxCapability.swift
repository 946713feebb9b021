/// A Linux capability name and its kernel bit number (`<linux/capability.h>`).
public struct LinuxCapability: Equatable, Hashable, Sendable {
    public var name: String
    public var number: Int

    public init(name: String, number: Int) {
        self.name = name
        self.number = number
    }

    /// Every capability known to the kernel today (up to CAP_LAST_CAP = 40), by number.
    public static let all: [LinuxCapability] = [
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER",
        "CAP_FSETID", "CAP_KILL", "CAP_SETGID", "CAP_SETUID",
        "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST",
        "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER",
        "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
        "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE",
        "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD",
        "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP",
        "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM",
        "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
        "CAP_CHECKPOINT_RESTORE",
    ].enumerated().map { LinuxCapability(name: $0.element, number: $0.offset) }

    /// The highest capability number in `all`.
    public static let lastCap = 40

    private static let byName: [String: Int] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.number) })

    /// The bit number for a `CAP_*` name, or nil if unknown.
    public static func number(of name: String) -> Int? { byName[name] }

    /// Whether `name` is a capability this runtime knows.
    public static func isKnown(_ name: String) -> Bool { byName[name] != nil }
}

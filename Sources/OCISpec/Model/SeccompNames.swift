/// The string vocabulary of `linux.seccomp` as the runtime-spec defines it.
public enum SeccompNames {
    /// `defaultAction` / `syscalls[i].action` values.
    public static let actions: [String] = [
        "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD",
        "SCMP_ACT_TRAP", "SCMP_ACT_ERRNO", "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW",
        "SCMP_ACT_LOG", "SCMP_ACT_NOTIFY",
    ]

    /// `syscalls[i].args[j].op` values.
    public static let operators: [String] = [
        "SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE", "SCMP_CMP_EQ",
        "SCMP_CMP_GE", "SCMP_CMP_GT", "SCMP_CMP_MASKED_EQ",
    ]

    /// `architectures[i]` values (libseccomp names).
    public static let architectures: [String] = [
        "SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32",
        "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64",
        "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32",
        "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32",
        "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64", "SCMP_ARCH_PPC64LE",
        "SCMP_ARCH_S390", "SCMP_ARCH_S390X",
        "SCMP_ARCH_PARISC", "SCMP_ARCH_PARISC64",
        "SCMP_ARCH_RISCV64", "SCMP_ARCH_LOONGARCH64",
        "SCMP_ARCH_M68K", "SCMP_ARCH_SH", "SCMP_ARCH_SHEB",
    ]

    /// `flags[i]` values (`seccomp(2)` filter flags).
    public static let flags: [String] = [
        "SECCOMP_FILTER_FLAG_TSYNC", "SECCOMP_FILTER_FLAG_LOG",
        "SECCOMP_FILTER_FLAG_SPEC_ALLOW", "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV",
    ]

    /// Kernel values of the filter flags, for passing to `seccomp(SECCOMP_SET_MODE_FILTER)`.
    public static let flagValues: [String: UInt32] = [
        "SECCOMP_FILTER_FLAG_TSYNC": 1 << 0,
        "SECCOMP_FILTER_FLAG_LOG": 1 << 1,
        "SECCOMP_FILTER_FLAG_SPEC_ALLOW": 1 << 2,
        "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV": 1 << 5,
    ]

    static let actionSet = Set(actions)
    static let operatorSet = Set(operators)
    static let architectureSet = Set(architectures)
    static let flagSet = Set(flags)
}

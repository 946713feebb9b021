/// The runtime-spec's cgroup v1 -> v2 value conversions (the same formulas
/// runc and crun use; see runtime-spec/config-linux.md and
/// opencontainers/runc libcontainer/cgroups/utils.go).
public enum V2Conversions {
    /// cpu.shares [2, 262144] -> cpu.weight [1, 10000]; 0 means unset.
    public static func cpuWeight(fromShares shares: UInt64) -> UInt64 {
        if shares == 0 { return 0 }
        let s = min(max(shares, 2), 262_144)
        return 1 + ((s - 2) * 9999) / 262_142
    }

    /// blkio.weight [10, 1000] -> io.weight [1, 10000]; 0 means unset.
    /// (io.bfq.weight takes the v1 value unchanged, like runc.)
    public static func ioWeight(fromBlkioWeight w: UInt64) -> UInt64 {
        if w == 0 { return 0 }
        let v = min(max(w, 10), 1000)
        return 1 + (v - 10) * 9999 / 990
    }

    /// cpu.max content: "max period" when quota <= 0 (or unset), else
    /// "quota period". A nil period keeps the default of 100000 µs.
    public static func cpuMax(quota: Int64?, period: UInt64?) -> String {
        let p = period ?? 100_000
        guard let q = quota, q > 0 else { return "max \(p)" }
        return "\(q) \(p)"
    }

    /// v1 memory+swap -> v2 memory.swap.max (swap only), runc's
    /// ConvertMemorySwapToCgroupV2Value. nil result = leave unset; -1 = "max".
    public static func swapMax(memorySwap: Int64, memory: Int64) throws -> Int64? {
        // Unlimited memory with unset swap: both unlimited, as on v1.
        if memory == -1 && memorySwap == 0 { return -1 }
        if memorySwap == -1 { return -1 }
        if memorySwap == 0 { return nil }
        if memory == 0 || memory == -1 {
            throw CgroupError.unsupported("linux.resources.memory.swap", "unable to set swap limit without memory limit")
        }
        if memory < 0 { throw CgroupError.unsupported("linux.resources.memory.limit", "invalid memory value \(memory)") }
        if memorySwap < memory {
            throw CgroupError.unsupported("linux.resources.memory.swap", "memory+swap limit (\(memorySwap)) should be >= memory limit (\(memory))")
        }
        return memorySwap - memory
    }

    /// A byte limit for v2 files: -1 (or any negative) -> "max".
    public static func limitString(_ v: Int64) -> String { v < 0 ? "max" : String(v) }

    /// pids.max: <= 0 -> "max".
    public static func pidsMax(_ v: Int64) -> String { v <= 0 ? "max" : String(v) }
}

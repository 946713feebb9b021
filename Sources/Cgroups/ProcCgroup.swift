/// The parsed content of /proc/<pid>/cgroup: which cgroup a process is in,
/// per hierarchy. Lines are `id:controllers:path`; the v2 line is `0::path`.
public struct ProcCgroup: Equatable, Sendable {
    /// v1 controller (or `name=...`) -> cgroup path.
    public var v1: [String: String]
    /// Path in the unified hierarchy (`0::` line), if present.
    public var unified: String?

    public init(v1: [String: String] = [:], unified: String? = nil) {
        self.v1 = v1
        self.unified = unified
    }

    public static func parse(_ text: String) -> ProcCgroup {
        var r = ProcCgroup()
        for line in text.split(separator: "\n") {
            // The path may itself contain ':', so split at most twice.
            let f = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard f.count == 3 else { continue }
            let path = String(f[2])
            if f[0] == "0" && f[1].isEmpty {
                r.unified = path
            } else {
                for c in f[1].split(separator: ",") { r.v1[String(c)] = path }
            }
        }
        return r
    }

    public static func readSelf() throws -> ProcCgroup {
        parse(try FileIO.read("/proc/self/cgroup"))
    }
}

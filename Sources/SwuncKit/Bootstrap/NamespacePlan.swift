import Glibc
import OCISpec

/// The namespaces of a container as the C bootstrap needs them: which to
/// create (clone flags) and which to join by path.
struct NamespacePlan {
    var createFlags: UInt32 = 0
    var joins: [(type: UInt32, path: String)] = []
    /// linux.timeOffsets in /proc/<pid>/timens_offsets form.
    var timeOffsets = ""

    static let flagsByName: [String: UInt32] = [
        "pid": 0x2000_0000, "network": 0x4000_0000, "mount": 0x0002_0000,
        "ipc": 0x0800_0000, "uts": 0x0400_0000, "user": 0x1000_0000,
        "cgroup": 0x0200_0000, "time": 0x0000_0080,
    ]

    init() {}

    init(namespaces: [LinuxNamespace], timeOffsets: [String: LinuxTimeOffset]? = nil) {
        for (clock, o) in (timeOffsets ?? [:]).sorted(by: { $0.key < $1.key }) {
            self.timeOffsets += "\(clock) \(o.secs) \(o.nanosecs)\n"
        }
        for ns in namespaces {
            guard let flag = Self.flagsByName[ns.type] else { continue }
            if let path = ns.path, !path.isEmpty {
                joins.append((flag, path))
            } else {
                createFlags |= flag
            }
        }
    }

    var createsUserNamespace: Bool { createFlags & Self.flagsByName["user"]! != 0 }

    /// Serialized bootstrap payload (see cbootstrap.h).
    func encode() -> [UInt8] {
        var out: [UInt8] = []
        out.appendU32(createFlags)
        out.appendU32(UInt32(joins.count))
        for j in joins {
            out.appendU32(j.type)
            let p = Array(j.path.utf8)
            out.appendU32(UInt32(p.count))
            out.append(contentsOf: p)
        }
        let t = Array(timeOffsets.utf8)
        out.appendU32(UInt32(t.count))
        out.append(contentsOf: t)
        return out
    }
}

/// Parsing of kernel cpu/node lists ("0-3,7,9-10") as used by cpuset.cpus,
/// cpuset.mems and linux.resources.cpu.cpus.
public enum CPUList {
    /// The sorted, de-duplicated ids; nil if the text is malformed.
    /// An empty (or whitespace-only) list is valid and empty.
    public static func parse(_ text: String) -> [Int]? {
        var ids = Set<Int>()
        for raw in text.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            let part = raw.trimmingSpaces
            if part.isEmpty { continue }
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            if ends.count == 1, let v = Int(ends[0]), v >= 0 {
                ids.insert(v)
            } else if ends.count == 2, let a = Int(ends[0]), let b = Int(ends[1]), a >= 0, a <= b {
                for v in a...b { ids.insert(v) }
            } else {
                return nil
            }
        }
        return ids.sorted()
    }

    /// The canonical kernel form of `ids`, e.g. [0,1,2,5] -> "0-2,5".
    public static func format(_ ids: [Int]) -> String {
        let s = Array(Set(ids)).sorted()
        var parts: [String] = []
        var i = 0
        while i < s.count {
            var j = i
            while j + 1 < s.count && s[j + 1] == s[j] + 1 { j += 1 }
            parts.append(i == j ? "\(s[i])" : "\(s[i])-\(s[j])")
            i = j + 1
        }
        return parts.joined(separator: ",")
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" { s.removeLast() }
        return s
    }
}

extension String {
    var trimmingSpaces: String { String(self[...].trimmingSpaces) }
}

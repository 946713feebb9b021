/// Parsing of flat-keyed cgroup files ("key value" per line), e.g.
/// memory.stat, cpu.stat, memory.events, memory.oom_control.
enum KeyValue {
    static func parse(_ text: String) -> [String: UInt64] {
        var m: [String: UInt64] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ")
            if f.count == 2, let v = UInt64(f[1]) { m[String(f[0])] = v }
        }
        return m
    }

    /// Parses a nested-keyed line "8:0 rbytes=1 wbytes=2" into its device and fields.
    static func nested(_ line: Substring) -> (key: Substring, fields: [Substring: UInt64])? {
        let f = line.split(separator: " ")
        guard let k = f.first else { return nil }
        var fields: [Substring: UInt64] = [:]
        for p in f.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            if kv.count == 2, let v = UInt64(kv[1]) { fields[kv[0]] = v }
        }
        return (k, fields)
    }
}

/// Reads a single unsigned number; "max" reads as UInt64.max.
func readUInt(_ path: String) throws -> UInt64 {
    let s = try FileIO.readTrimmed(path)
    if s == "max" { return UInt64.max }
    guard let v = UInt64(s) else { throw CgroupError(subject: path, reason: "not a number: \"\(s)\"") }
    return v
}

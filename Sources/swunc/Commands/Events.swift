import OCISpec
import SwuncKit

/// swunc events [--stats] [--interval 5s] ID
/// --stats: one stats event, then exit. Otherwise a stats event every
/// interval and an oom event whenever the OOM killer strikes in the
/// container, one compact JSON object per line, until the container stops.
enum EventsCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: ["interval": "interval"], boolean: ["stats": "stats"]))
        let id = try a.containerID("events")
        let text = a.value("interval") ?? "5s"
        guard let interval = parseDuration(text), interval > 0 else {
            throw SwuncError("events --interval: invalid duration \"\(text)\" (a positive Go duration such as 5s, 500ms, 1m30s)")
        }
        if a.flag("stats") {
            writeOut(try JSON.encode(rt.statsEvent(id: id)) + [0x0a])
            return 0
        }
        try rt.events(id: id, intervalMillis: max(1, interval / 1_000_000)) { event in
            writeOut(try JSON.encode(event) + [0x0a])
        }
        return 0
    }

    /// A Go time.Duration string ("300ms", "1.5s", "2h45m", "1m30s") in
    /// nanoseconds; a bare "0" is 0. nil if malformed.
    static func parseDuration(_ text: String) -> Int64? {
        if text == "0" { return 0 }
        let units: [(String, Double)] = [("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9)]
        var s = Substring(text)
        var total = 0.0
        guard !s.isEmpty else { return nil }
        while !s.isEmpty {
            var num = ""
            while let c = s.first, c.isASCII, c.isNumber || c == "." { num.append(c); s.removeFirst() }
            guard let v = Double(num) else { return nil }
            guard let (u, scale) = units.first(where: { s.hasPrefix($0.0) && !(($0.0 == "m") && s.hasPrefix("ms")) }) else { return nil }
            s.removeFirst(u.count)
            total += v * scale
        }
        guard total < 9.2e18 else { return nil }
        return Int64(total)
    }
}

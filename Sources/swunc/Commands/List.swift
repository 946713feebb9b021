import OCISpec
import SwuncKit

/// swunc list [--format table|json] [-q]
enum ListCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: ["format": "format", "f": "format"], boolean: ["quiet": "quiet", "q": "quiet"]))
        let items = rt.list()
        if a.flag("quiet") {
            writeOut(items.map { $0.record.id + "\n" }.joined())
            return 0
        }
        switch a.value("format") ?? "table" {
        case "json":
            let docs = try items.map { try rt.state(id: $0.record.id) }
            writeOut(try JSON.encode(docs))
            writeOut("\n")
        case "table":
            var rows = [["ID", "PID", "STATUS", "BUNDLE", "CREATED", "OWNER"]]
            for (r, status) in items {
                rows.append([r.id, status == .stopped ? "0" : String(r.pid), status.rawValue, r.bundle, r.created, r.owner ?? "root"])
            }
            writeOut(Table.render(rows))
        case let f:
            throw SwuncError("list --format: unknown format \"\(f)\" (table or json)")
        }
        return 0
    }
}

/// Left-aligned columns separated by spaces, like tabwriter.
enum Table {
    static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = first.map { $0.count }
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 4) }.joined()
        }.joined(separator: "\n") + "\n"
    }
}

import SwuncKit

/// swunc ps [--format table|json] ID [ps options...]
/// json: the host pids as a JSON array (what containerd's go-runc parses);
/// table: the host's `ps -ef` (or the given options) filtered to those pids.
enum PsCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        // Everything after the id belongs to ps (`swunc ps ID -eo pid,args`).
        let a = try Arguments(args, spec: .init(valued: ["format": "format", "f": "format"], boolean: [:]), stopAfterPositionals: 1)
        let id = try a.containerID("ps")
        var psArgs = Array(a.positionals.dropFirst())
        if psArgs.first == "--" { psArgs.removeFirst() }
        switch a.value("format") ?? "table" {
        case "json":
            let pids = try rt.processes(id: id)
            writeOut("[" + pids.map(String.init).joined(separator: ",") + "]\n")
        case "table":
            writeOut(try rt.processTable(id: id, psArgs: psArgs))
        case let f:
            throw SwuncError("ps --format: unknown format \"\(f)\" (table or json)")
        }
        return 0
    }
}

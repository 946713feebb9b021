import SwuncKit

/// swunc delete [--force] ID
enum DeleteCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: [:], boolean: ["force": "force", "f": "force"]))
        try rt.delete(id: try a.containerID("delete"), force: a.flag("force"))
        return 0
    }
}

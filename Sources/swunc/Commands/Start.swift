import SwuncKit

/// swunc start ID
enum StartCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: [:], boolean: [:]))
        try rt.start(id: try a.containerID("start"))
        return 0
    }
}

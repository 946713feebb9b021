import SwuncKit

/// swunc pause ID: freezes every process of the container.
enum PauseCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: [:], boolean: [:]))
        try rt.pause(id: try a.containerID("pause"))
        return 0
    }
}

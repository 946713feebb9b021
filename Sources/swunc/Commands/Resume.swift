import SwuncKit

/// swunc resume ID: thaws a paused container.
enum ResumeCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: [:], boolean: [:]))
        try rt.resume(id: try a.containerID("resume"))
        return 0
    }
}

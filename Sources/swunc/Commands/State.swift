import OCISpec
import SwuncKit

/// swunc state ID: the state JSON on stdout.
enum StateCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: [:], boolean: [:]))
        let s = try rt.state(id: try a.containerID("state"))
        writeOut(try JSON.encode(s, pretty: true))
        return 0
    }
}

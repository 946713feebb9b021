import SwuncKit

/// swunc run [create flags] [--detach] [--keep] ID
enum RunCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        var spec = CreateCommand.spec
        spec.boolean["detach"] = "detach"; spec.boolean["d"] = "detach"
        spec.boolean["keep"] = "keep"
        let a = try Arguments(args, spec: spec)
        var o = RunOptions()
        o.create = try CreateCommand.options(a)
        o.detach = a.flag("detach")
        o.keep = a.flag("keep")
        return try rt.run(id: try a.containerID("run"), options: o)
    }
}

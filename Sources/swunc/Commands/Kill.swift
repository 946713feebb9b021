import Glibc
import LinuxKit
import SwuncKit

/// swunc kill [--all] ID [SIGNAL]; the signal defaults to SIGTERM.
enum KillCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: [:], boolean: ["all": "all", "a": "all"]))
        let id = try a.containerID("kill")
        var sig = SIGTERM
        if a.positionals.count > 1 {
            guard let s = Signals.parse(a.positionals[1]) else {
                throw SwuncError("kill: unknown signal \"\(a.positionals[1])\" (use a name like KILL, SIGTERM or a number)")
            }
            sig = s
        }
        try rt.kill(id: id, signal: sig, all: a.flag("all"))
        return 0
    }
}

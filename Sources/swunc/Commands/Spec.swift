import Glibc
import LinuxKit
import OCISpec
import SwuncKit

/// swunc spec [--rootless] [--bundle B]: writes a default config.json.
enum SpecCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: .init(valued: ["bundle": "bundle", "b": "bundle"], boolean: ["rootless": "rootless"]))
        let dir = a.value("bundle") ?? "."
        let path = dir + "/config.json"
        if FileIO.exists(path) { throw SwuncError("\(path) already exists; remove it first") }
        let spec = defaultSpec(rootless: a.flag("rootless"))
        try FileIO.write(path, try JSON.encode(spec, pretty: true), mode: 0o644)
        return 0
    }
}

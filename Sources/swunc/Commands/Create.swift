import SwuncKit

/// swunc create --bundle B [--pid-file F] [--console-socket S] [--preserve-fds N] [--no-pivot] [--no-new-keyring] ID
enum CreateCommand {
    static let spec = Arguments.Spec(
        valued: ["bundle": "bundle", "b": "bundle", "pid-file": "pid-file", "console-socket": "console-socket", "preserve-fds": "preserve-fds"],
        boolean: ["no-pivot": "no-pivot", "no-new-keyring": "no-new-keyring"])

    static func options(_ a: Arguments) throws -> CreateOptions {
        var o = CreateOptions()
        if let b = a.value("bundle") { o.bundle = b }
        o.pidFile = a.value("pid-file")
        o.consoleSocket = a.value("console-socket")
        o.preserveFds = try a.preserveFds()
        o.noPivot = a.flag("no-pivot")
        o.noNewKeyring = a.flag("no-new-keyring")
        return o
    }

    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: spec)
        _ = try rt.create(id: try a.containerID("create"), options: try options(a))
        return 0
    }
}

extension Arguments {
    /// --preserve-fds N (create, run, exec).
    func preserveFds() throws -> Int32 {
        guard let p = value("preserve-fds") else { return 0 }
        guard let n = Int32(p), n >= 0 else { throw SwuncError("--preserve-fds: \"\(p)\" is not a non-negative number") }
        return n
    }
}

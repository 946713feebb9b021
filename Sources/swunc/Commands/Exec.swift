import SwuncKit

/// swunc exec [flags] ID [COMMAND ARGS...], with runc's flags.
enum ExecCommand {
    static let spec = Arguments.Spec(
        valued: ["process": "process", "p": "process", "console-socket": "console-socket", "cwd": "cwd",
                 "env": "env", "e": "env", "user": "user", "u": "user", "additional-gids": "additional-gids", "g": "additional-gids",
                 "cap": "cap", "c": "cap", "apparmor": "apparmor", "process-label": "process-label", "pid-file": "pid-file",
                 "preserve-fds": "preserve-fds"],
        boolean: ["tty": "tty", "t": "tty", "no-new-privs": "no-new-privs", "detach": "detach", "d": "detach",
                  "ignore-paused": "ignore-paused"])

    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        // Flags stop at the first argument after the id: the rest is the command.
        let a = try Arguments(args, spec: spec, stopAfterPositionals: 1)
        let id = try a.containerID("exec")
        var o = ExecOptions()
        o.processFile = a.value("process")
        o.args = Array(a.positionals.dropFirst())
        o.tty = a.flag("tty")
        o.consoleSocket = a.value("console-socket")
        o.cwd = a.value("cwd")
        o.env = a.allValues("env")
        o.user = a.value("user")
        o.additionalGids = try a.allValues("additional-gids").map {
            guard let g = UInt32($0) else { throw SwuncError("--additional-gids: \"\($0)\" is not a number") }
            return g
        }
        o.caps = a.allValues("cap")
        o.noNewPrivs = a.flag("no-new-privs")
        o.apparmor = a.value("apparmor")
        o.processLabel = a.value("process-label")
        o.detach = a.flag("detach")
        o.pidFile = a.value("pid-file")
        o.preserveFds = try a.preserveFds()
        o.ignorePaused = a.flag("ignore-paused")
        return try rt.exec(id: id, options: o)
    }
}

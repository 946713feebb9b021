import Glibc
import LinuxKit
import SwuncKit

/// Global flags, then dispatch to one command.
enum CLI {
    static let version = "0.1.0"
    static let specVersion = "1.2.0"

    static let globalSpec = Arguments.Spec(
        valued: ["root": "root", "log": "log", "log-format": "log-format", "criu": "criu", "rootless": "rootless", "log-level": "log-level"],
        boolean: ["debug": "debug", "systemd-cgroup": "systemd-cgroup", "help": "help", "h": "help", "version": "version", "v": "version"])

    static func main(_ argv: [String]) -> Int32 {
        // Global flags come before the command name.
        var i = 0
        var globals: [String] = []
        let takesValue: Set<String> = ["--root", "-root", "--log", "-log", "--log-format", "-log-format", "--criu", "-criu", "--rootless", "-rootless", "--log-level", "-log-level"]
        while i < argv.count, argv[i].hasPrefix("-") {
            globals.append(argv[i])
            if takesValue.contains(argv[i]), i + 1 < argv.count { globals.append(argv[i + 1]); i += 1 }
            i += 1
        }
        let command = i < argv.count ? argv[i] : "help"
        let rest = argv[min(i + 1, argv.count)...]

        var options = RuntimeOptions()
        do {
            let g = try Arguments(globals[...], spec: globalSpec)
            if g.flag("version") { print("swunc version \(version)\nspec: \(specVersion)"); return 0 }
            if g.flag("help") { print(Help.text); return 0 }
            if let r = g.value("root") { options.root = r }
            options.debug = g.flag("debug")
            options.systemdCgroup = g.flag("systemd-cgroup")
            let format: Log.Format = g.value("log-format") == "json" ? .json : .text
            if let f = g.value("log-format"), f != "json" && f != "text" {
                throw SwuncError("--log-format: unknown format \"\(f)\" (text or json)")
            }
            Log.configure(path: g.value("log"), format: format, debug: options.debug)
        } catch {
            return fail(error)
        }
        let runtime = Runtime(options: options)
        do {
            switch command {
            case "create": return try CreateCommand.run(runtime, rest)
            case "start": return try StartCommand.run(runtime, rest)
            case "state": return try StateCommand.run(runtime, rest)
            case "kill": return try KillCommand.run(runtime, rest)
            case "delete": return try DeleteCommand.run(runtime, rest)
            case "run": return try RunCommand.run(runtime, rest)
            case "list", "ls": return try ListCommand.run(runtime, rest)
            case "exec": return try ExecCommand.run(runtime, rest)
            case "spec": return try SpecCommand.run(runtime, rest)
            case "features": return try FeaturesCommand.run(runtime, rest)
            case "help", "--help", "-h": print(Help.text); return 0
            case "version", "--version", "-v": print("swunc version \(version)\nspec: \(specVersion)"); return 0
            default:
                if let extra = ExtraCommands.run(command, runtime, rest) { return try extra() }
                throw SwuncError("unknown command \"\(command)\" (see `swunc help`)")
            }
        } catch {
            return fail(error)
        }
    }

    /// Prints the error for a person and logs it for the shim.
    static func fail(_ error: Error) -> Int32 {
        let text = (error as? CustomStringConvertible)?.description ?? "\(error)"
        Log.error(text)
        _ = FileIO.writeAll(fd: 2, Array("swunc: \(text)\n".utf8))
        return 1
    }
}

/// Writes bytes to stdout.
func writeOut(_ bytes: [UInt8]) { _ = FileIO.writeAll(fd: 1, bytes) }
func writeOut(_ text: String) { writeOut(Array(text.utf8)) }

import SwuncKit

/// Commands beyond the core lifecycle (exec, ps, pause, resume, update, events).
enum ExtraCommands {
    static func run(_ command: String, _ rt: Runtime, _ args: ArraySlice<String>) -> (() throws -> Int32)? {
        switch command {
        case "ps": return { try PsCommand.run(rt, args) }
        case "pause": return { try PauseCommand.run(rt, args) }
        case "resume": return { try ResumeCommand.run(rt, args) }
        case "update": return { try UpdateCommand.run(rt, args) }
        case "events": return { try EventsCommand.run(rt, args) }
        default: return nil
        }
    }
}

import SwuncKit

/// Commands beyond the core lifecycle (exec, ps, pause, resume, update, events).
enum ExtraCommands {
    static func run(_ command: String, _ rt: Runtime, _ args: ArraySlice<String>) -> (() throws -> Int32)? {
        switch command {
        default: return nil
        }
    }
}

import SwuncKit

/// A small runc-compatible argument scanner: `--flag value`, `--flag=value`,
/// `-f value`, single-dash long flags (`-root`, as urfave/cli accepts), and
/// boolean flags. Hand-written because swift-argument-parser costs about 2 ms
/// and 7M instructions per invocation on the hot path (docs/performance.md).
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    struct Spec {
        /// Flags that take a value, with aliases mapped to a canonical name.
        var valued: [String: String]
        /// Boolean flags, with aliases.
        var boolean: [String: String]
    }

    /// Parses args against spec. Stops flag parsing at "--" or, when
    /// stopAtFirstPositional, at the first positional after `positionalsBeforeStop`
    /// (exec's command line belongs to the container).
    init(_ args: ArraySlice<String>, spec: Spec, stopAfterPositionals: Int = Int.max) throws {
        var i = args.startIndex
        while i < args.endIndex {
            let a = args[i]
            i += 1
            if positionals.count >= stopAfterPositionals {
                positionals.append(a)
                continue
            }
            if a == "--" {
                positionals.append(contentsOf: args[i...])
                break
            }
            guard a.hasPrefix("-"), a.count > 1 else {
                positionals.append(a)
                continue
            }
            var name = a.hasPrefix("--") ? String(a.dropFirst(2)) : String(a.dropFirst())
            var inline: String? = nil
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if let canonical = spec.valued[name] {
                let value: String
                if let v = inline { value = v } else {
                    guard i < args.endIndex else { throw SwuncError("flag --\(name) needs a value") }
                    value = args[i]
                    i += 1
                }
                values[canonical, default: []].append(value)
            } else if let canonical = spec.boolean[name] {
                if let v = inline, v == "false" { flags.remove(canonical) } else { flags.insert(canonical) }
            } else {
                throw SwuncError("unknown flag \(a) (see `swunc help`)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func allValues(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The single container id a command takes.
    func containerID(_ command: String) throws -> String {
        guard let id = positionals.first else { throw SwuncError("\(command): missing container id (usage: swunc \(command) <container-id>)") }
        return id
    }
}

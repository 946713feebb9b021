/// Path helpers shared by the checks; purely lexical (no filesystem access).
enum PathRules {
    static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

    /// True when `..` components climb above the start of the path, e.g. `/../etc`.
    /// Such paths resolve inside the rootfs anyway but almost always signal a mistake
    /// or an escape attempt, so they are rejected.
    static func escapesRoot(_ path: String) -> Bool {
        var depth = 0
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                depth -= 1
                if depth < 0 { return true }
            default: depth += 1
            }
        }
        return false
    }

    /// True when any component is exactly `..`.
    static func hasDotDot(_ path: String) -> Bool {
        path.split(separator: "/").contains("..")
    }

    /// `path` if absolute, else `base/path`.
    static func resolve(_ path: String, against base: String) -> String {
        if isAbsolute(path) { return path }
        if base.isEmpty { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// Whether `list` is cpuset list syntax: comma-separated `N` or `N-M` with N <= M.
    static func isValidCPUList(_ list: String) -> Bool {
        if list.isEmpty { return false }
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count == 1 || bounds.count == 2 else { return false }
            var values: [UInt] = []
            for b in bounds {
                guard !b.isEmpty, b.allSatisfy({ $0.isASCII && $0.isNumber }), let v = UInt(b) else { return false }
                values.append(v)
            }
            if values.count == 2 && values[0] > values[1] { return false }
        }
        return true
    }
}

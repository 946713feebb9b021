/// `process` rules; each sub-check is independent so all problems are reported.
func checkProcess(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let process = spec.process else {
        return context.requireProcess ? [violation("process", "missing (a container needs a process to run)")] : []
    }
    return checkProcessArgs(process)
        + checkProcessCwd(process)
        + checkProcessEnv(process)
        + checkCapabilities(process)
        + checkRlimits(process)
        + checkOOMScoreAdj(process)
        + checkConsoleSize(process)
}

/// Linux has no `commandLine`; without args there is nothing to exec.
func checkProcessArgs(_ process: Process) -> [ValidationError] {
    if process.args?.isEmpty ?? true {
        return [violation("process.args", "must not be empty")]
    }
    return []
}

/// The spec requires an absolute cwd; a relative one would depend on where init happens to be.
func checkProcessCwd(_ process: Process) -> [ValidationError] {
    if !PathRules.isAbsolute(process.cwd) {
        return [violation("process.cwd", "must be absolute, got \(quotedForMessage(process.cwd))")]
    }
    return []
}

/// Entries without `=` are dropped or misread by libc's getenv, so reject them.
func checkProcessEnv(_ process: Process) -> [ValidationError] {
    var errors: [ValidationError] = []
    for (i, entry) in (process.env ?? []).enumerated() {
        if let eq = entry.firstIndex(of: "="), eq != entry.startIndex { continue }
        errors.append(violation("process.env[\(i)]", "must be of the form KEY=VALUE, got \(quotedForMessage(entry))"))
    }
    return errors
}

/// Unknown capability names are errors (runc only warns), because silently
/// dropping a requested capability changes what the container can do.
func checkCapabilities(_ process: Process) -> [ValidationError] {
    guard let caps = process.capabilities else { return [] }
    var errors: [ValidationError] = []
    for set in caps.namedSets {
        for (i, name) in (set.values ?? []).enumerated() where !LinuxCapability.isKnown(name) {
            errors.append(violation("process.capabilities.\(set.name)[\(i)]", "unknown capability \(quotedForMessage(name))"))
        }
    }
    return errors
}

/// Rlimit types must be known and unique; `setrlimit(2)` fails with soft > hard.
func checkRlimits(_ process: Process) -> [ValidationError] {
    var errors: [ValidationError] = []
    var seen = Set<String>()
    for (i, limit) in (process.rlimits ?? []).enumerated() {
        if RlimitType.number(of: limit.type) == nil {
            errors.append(violation("process.rlimits[\(i)].type", "unknown rlimit \(quotedForMessage(limit.type))"))
        } else if !seen.insert(limit.type).inserted {
            errors.append(violation("process.rlimits[\(i)].type", "duplicate \(quotedForMessage(limit.type))"))
        }
        if limit.soft > limit.hard {
            errors.append(violation("process.rlimits[\(i)].soft", "must be <= hard (\(limit.soft) > \(limit.hard))"))
        }
    }
    return errors
}

/// The kernel accepts only OOM_SCORE_ADJ_MIN...OOM_SCORE_ADJ_MAX.
func checkOOMScoreAdj(_ process: Process) -> [ValidationError] {
    if let adj = process.oomScoreAdj, !(-1000...1000).contains(adj) {
        return [violation("process.oomScoreAdj", "must be in -1000...1000, got \(adj)")]
    }
    return []
}

/// A console size without a terminal has nothing to resize.
func checkConsoleSize(_ process: Process) -> [ValidationError] {
    if process.consoleSize != nil && process.terminal != true {
        return [violation("process.consoleSize", "only valid when process.terminal is true")]
    }
    return []
}

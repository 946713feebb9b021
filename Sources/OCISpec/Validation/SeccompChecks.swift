/// `linux.seccomp`: every name must be one libseccomp understands, so the filter
/// compiles exactly as written instead of failing half-way in the container's init.
func checkSeccomp(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let s = spec.linux?.seccomp else { return [] }
    let base = "linux.seccomp"
    var errors: [ValidationError] = []
    if !SeccompNames.actionSet.contains(s.defaultAction) {
        errors.append(violation("\(base).defaultAction", "unknown action \(quotedForMessage(s.defaultAction))"))
    } else if s.defaultAction == "SCMP_ACT_NOTIFY" {
        // The runtime's own syscalls after loading the filter would block on the agent.
        errors.append(violation("\(base).defaultAction", "SCMP_ACT_NOTIFY cannot be the default action"))
    }
    for (i, arch) in (s.architectures ?? []).enumerated() where !SeccompNames.architectureSet.contains(arch) {
        errors.append(violation("\(base).architectures[\(i)]", "unknown architecture \(quotedForMessage(arch))"))
    }
    for (i, flag) in (s.flags ?? []).enumerated() where !SeccompNames.flagSet.contains(flag) {
        errors.append(violation("\(base).flags[\(i)]", "unknown flag \(quotedForMessage(flag))"))
    }
    var usesNotify = false
    for (i, rule) in (s.syscalls ?? []).enumerated() {
        let path = "\(base).syscalls[\(i)]"
        if rule.names.isEmpty {
            errors.append(violation("\(path).names", "must not be empty"))
        }
        if !SeccompNames.actionSet.contains(rule.action) {
            errors.append(violation("\(path).action", "unknown action \(quotedForMessage(rule.action))"))
        }
        usesNotify = usesNotify || rule.action == "SCMP_ACT_NOTIFY"
        for (j, arg) in (rule.args ?? []).enumerated() {
            if arg.index >= 6 {
                errors.append(violation("\(path).args[\(j)].index", "must be < 6 (syscalls take at most 6 arguments), got \(arg.index)"))
            }
            if !SeccompNames.operatorSet.contains(arg.op) {
                errors.append(violation("\(path).args[\(j)].op", "unknown operator \(quotedForMessage(arg.op))"))
            }
        }
    }
    // Without a listener the notify fd has nowhere to go and the syscalls would hang.
    if usesNotify && (s.listenerPath?.isEmpty ?? true) {
        errors.append(violation("\(base).listenerPath", "required when an action is SCMP_ACT_NOTIFY"))
    }
    return errors
}

/// `hooks.<kind>[i]`: the runtime execs `path` directly, outside any PATH lookup,
/// so it must be absolute; a zero or negative timeout would kill the hook at once.
func checkHooks(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let hooks = spec.hooks else { return [] }
    var errors: [ValidationError] = []
    for list in hooks.namedLists {
        for (i, hook) in (list.hooks ?? []).enumerated() {
            let path = "hooks.\(list.kind)[\(i)]"
            if !PathRules.isAbsolute(hook.path) {
                errors.append(violation("\(path).path", "must be absolute, got \(quotedForMessage(hook.path))"))
            }
            if let timeout = hook.timeout, timeout <= 0 {
                errors.append(violation("\(path).timeout", "must be > 0, got \(timeout)"))
            }
        }
    }
    return errors
}

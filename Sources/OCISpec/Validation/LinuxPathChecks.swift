/// `linux.maskedPaths[i]` / `linux.readonlyPaths[i]` are container paths, so absolute.
func checkMaskedAndReadonlyPaths(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    var errors: [ValidationError] = []
    let lists: [(String, [String]?)] = [("maskedPaths", spec.linux?.maskedPaths), ("readonlyPaths", spec.linux?.readonlyPaths)]
    for (key, list) in lists {
        for (i, p) in (list ?? []).enumerated() where !PathRules.isAbsolute(p) {
            errors.append(violation("linux.\(key)[\(i)]", "must be absolute, got \(quotedForMessage(p))"))
        }
    }
    return errors
}

/// The propagation values `mount(2)` understands for the rootfs.
let rootfsPropagationValues = ["shared", "rshared", "slave", "rslave", "private", "rprivate", "unbindable", "runbindable"]

/// `linux.rootfsPropagation` must be a propagation mode.
func checkRootfsPropagation(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    if let value = spec.linux?.rootfsPropagation, !value.isEmpty, !rootfsPropagationValues.contains(value) {
        return [violation("linux.rootfsPropagation",
                     "must be one of \(rootfsPropagationValues.joined(separator: ", ")), got \(quotedForMessage(value))")]
    }
    return []
}

/// `linux.cgroupsPath` is joined under the cgroup mount; `..` could climb out of it.
func checkCgroupsPath(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    if let path = spec.linux?.cgroupsPath, PathRules.hasDotDot(path) {
        return [violation("linux.cgroupsPath", "must not contain \"..\" components, got \(quotedForMessage(path))")]
    }
    return []
}

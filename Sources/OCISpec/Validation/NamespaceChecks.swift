/// `linux.namespaces`: known types, each at most once, joined by absolute path.
func checkNamespaces(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    var errors: [ValidationError] = []
    var seen = Set<String>()
    for (i, ns) in (spec.linux?.namespaces ?? []).enumerated() {
        if !NamespaceType.all.contains(ns.type) {
            errors.append(violation("linux.namespaces[\(i)].type", "unknown namespace type \(quotedForMessage(ns.type))"))
            continue
        }
        if !seen.insert(ns.type).inserted {
            errors.append(violation("linux.namespaces", "duplicate \(quotedForMessage(ns.type))"))
        }
        if let path = ns.path, !path.isEmpty, !PathRules.isAbsolute(path) {
            errors.append(violation("linux.namespaces[\(i)].path", "must be absolute, got \(quotedForMessage(path))"))
        }
    }
    return errors
}

/// Setting a hostname in the host's UTS namespace would rename the host.
func checkHostnames(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    let hasUTS = spec.linux?.namespace(NamespaceType.uts) != nil
    var errors: [ValidationError] = []
    if let name = spec.hostname, !name.isEmpty, !hasUTS {
        errors.append(violation("hostname", "requires a new uts namespace"))
    }
    if let name = spec.domainname, !name.isEmpty, !hasUTS {
        errors.append(violation("domainname", "requires a new uts namespace"))
    }
    return errors
}

/// `linux.timeOffsets` are written into a new time namespace; without one they'd be ignored.
func checkTimeOffsets(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    if let offsets = spec.linux?.timeOffsets, !offsets.isEmpty, spec.linux?.namespace(NamespaceType.time) == nil {
        return [violation("linux.timeOffsets", "requires a new time namespace")]
    }
    return []
}

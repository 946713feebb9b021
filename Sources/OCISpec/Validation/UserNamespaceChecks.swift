/// `linux.uidMappings`/`gidMappings` versus the user namespace.
///
/// A new user namespace without mappings leaves every id unmapped (the process
/// becomes nobody and can't even exec), and mappings without a user namespace
/// would be silently ignored.
func checkUserNamespaceMappings(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    let linux = spec.linux
    let userNS = linux?.namespace(NamespaceType.user)
    let maps: [(key: String, list: [LinuxIDMapping])] = [
        ("uidMappings", linux?.uidMappings ?? []),
        ("gidMappings", linux?.gidMappings ?? []),
    ]
    var errors: [ValidationError] = []
    for (key, list) in maps {
        let path = "linux.\(key)"
        if userNS == nil {
            if !list.isEmpty {
                errors.append(violation(path, "requires a user namespace"))
            }
            continue
        }
        if list.isEmpty {
            if userNS?.path?.isEmpty ?? true {
                errors.append(violation(path, "required when creating a new user namespace"))
            }
            continue
        }
        errors += checkIDMappingRanges(list, path)
    }
    return errors
}

/// Each range must be non-empty, fit in 32 bits, and not overlap another range on
/// either side; the kernel rejects such `uid_map` writes with a bare EINVAL.
func checkIDMappingRanges(_ list: [LinuxIDMapping], _ path: String) -> [ValidationError] {
    var errors: [ValidationError] = []
    for (i, m) in list.enumerated() {
        if m.size == 0 {
            errors.append(violation("\(path)[\(i)].size", "must be > 0"))
            continue
        }
        if UInt64(m.containerID) + UInt64(m.size) > 1 << 32 || UInt64(m.hostID) + UInt64(m.size) > 1 << 32 {
            errors.append(violation("\(path)[\(i)]", "range exceeds the 32-bit id space"))
            continue
        }
        for j in 0..<i where list[j].size > 0 {
            let o = list[j]
            if overlaps(m.containerID, m.size, o.containerID, o.size) {
                errors.append(violation("\(path)[\(i)]", "containerID range overlaps \(path)[\(j)]"))
            } else if overlaps(m.hostID, m.size, o.hostID, o.size) {
                errors.append(violation("\(path)[\(i)]", "hostID range overlaps \(path)[\(j)]"))
            }
        }
    }
    return errors
}

private func overlaps(_ a: UInt32, _ aSize: UInt32, _ b: UInt32, _ bSize: UInt32) -> Bool {
    let aEnd = UInt64(a) + UInt64(aSize)
    let bEnd = UInt64(b) + UInt64(bSize)
    return UInt64(a) < bEnd && UInt64(b) < aEnd
}

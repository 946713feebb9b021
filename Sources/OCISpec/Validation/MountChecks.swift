/// `mounts[i]` rules: where it goes, what kind it is, and idmap consistency.
func checkMounts(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    var errors: [ValidationError] = []
    for (i, mount) in (spec.mounts ?? []).enumerated() {
        errors += checkMountDestination(mount, "mounts[\(i)]")
        errors += checkMountType(mount, "mounts[\(i)]")
        errors += checkMountIDMappings(mount, "mounts[\(i)]")
    }
    return errors
}

/// Destinations are container paths: absolute and not climbing above `/`.
func checkMountDestination(_ mount: Mount, _ path: String) -> [ValidationError] {
    let dest = mount.destination
    if dest.isEmpty {
        return [violation("\(path).destination", "must not be empty")]
    }
    if !PathRules.isAbsolute(dest) {
        return [violation("\(path).destination", "must be absolute, got \(quotedForMessage(dest))")]
    }
    if PathRules.escapesRoot(dest) {
        return [violation("\(path).destination", "\"..\" components escape the container root in \(quotedForMessage(dest))")]
    }
    return []
}

/// Without a type the kernel can only do a bind mount, so the options must say so.
func checkMountType(_ mount: Mount, _ path: String) -> [ValidationError] {
    if mount.type?.isEmpty ?? true {
        if !parseMountOptions(mount.options ?? []).isBind {
            return [violation("\(path).type", "required unless options contain bind or rbind")]
        }
    }
    return []
}

/// Per-mount ID mappings are only applied for ID-mapped mounts; anything else would
/// silently ignore them. When given, both maps are needed (a half-mapped mount
/// shows files as owned by the overflow id). `idmap` alone is allowed: then the
/// container's own user-namespace mappings are used.
func checkMountIDMappings(_ mount: Mount, _ path: String) -> [ValidationError] {
    let hasUID = !(mount.uidMappings?.isEmpty ?? true)
    let hasGID = !(mount.gidMappings?.isEmpty ?? true)
    guard hasUID || hasGID else { return [] }
    let ext = parseMountOptions(mount.options ?? []).extensions
    if !ext.contains("idmap") && !ext.contains("ridmap") {
        return [violation("\(path).\(hasUID ? "uidMappings" : "gidMappings")", "only allowed with the idmap or ridmap mount option")]
    }
    if !hasUID {
        return [violation("\(path).uidMappings", "required when gidMappings is set")]
    }
    if !hasGID {
        return [violation("\(path).gidMappings", "required when uidMappings is set")]
    }
    return []
}

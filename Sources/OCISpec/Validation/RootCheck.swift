import Glibc

/// `root` is required and `root.path` (relative to the bundle) must be an existing directory.
func checkRoot(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let root = spec.root else {
        return [violation("root", "missing (a container needs a root filesystem)")]
    }
    if root.path.isEmpty {
        return [violation("root.path", "must not be empty")]
    }
    let resolved = PathRules.resolve(root.path, against: context.bundlePath)
    var st = stat()
    if stat(resolved, &st) != 0 {
        return [violation("root.path", "\(resolved) does not exist")]
    }
    if st.st_mode & S_IFMT != S_IFDIR {
        return [violation("root.path", "\(resolved) is not a directory")]
    }
    return []
}

/// `ociVersion` must be a semver in [1.0.0, 1.3.0): older drafts had different
/// semantics and newer majors/minors may add fields we would silently ignore.
func checkOCIVersion(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let version = SemanticVersion(spec.ociVersion) else {
        return [violation("ociVersion", "invalid version \(quotedForMessage(spec.ociVersion)): not a semantic version (MAJOR.MINOR.PATCH)")]
    }
    if version < SemanticVersion(1, 0, 0) || !(version.major == 1 && version.minor <= 2) {
        return [violation("ociVersion", "unsupported version \(quotedForMessage(spec.ociVersion)) (swunc supports 1.0.0 up to 1.2.x)")]
    }
    return []
}

/// Go `%q`-style quoting for values echoed in error messages, so empty strings
/// and embedded spaces stay visible.
func quotedForMessage(_ s: String) -> String {
    String(reflecting: s)
}

/// Shorthand used by the checks.
func violation(_ path: String, _ message: String) -> ValidationError {
    ValidationError(path: path, message: message)
}

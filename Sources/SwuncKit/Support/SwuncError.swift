/// An error meant for a person: it names the field, path or container it is
/// about and says what to do where that is not obvious.
public struct SwuncError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Prefixes any error's text with context ("create abc: ...").
func describe(_ error: Error) -> String {
    if let e = error as? CustomStringConvertible { return e.description }
    return "\(error)"
}

/// Container ids become directory names under --root and cgroup path
/// components, so they are restricted to a safe alphabet: no "/", no "..",
/// no leading dot or dash, bounded length.
public enum ContainerID {
    public static let maxLength = 1024

    public static func validate(_ id: String) throws {
        if id.isEmpty { throw SwuncError("container id: must not be empty") }
        if id.utf8.count > maxLength { throw SwuncError("container id: longer than \(maxLength) bytes") }
        for (i, c) in id.utf8.enumerated() {
            let alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
            if i == 0 && !alnum {
                throw SwuncError("container id \(jsonQuote(id)): must start with a letter or digit")
            }
            if !(alnum || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) {
                throw SwuncError("container id \(jsonQuote(id)): invalid character \(jsonQuote(String(UnicodeScalar(c)))); allowed are letters, digits and _ . + -")
            }
        }
    }
}

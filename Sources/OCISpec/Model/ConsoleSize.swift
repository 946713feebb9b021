/// `process.consoleSize`: initial terminal size in characters.
public struct ConsoleSize: Codable, Equatable, Sendable {
    public var height: UInt
    public var width: UInt

    public init(height: UInt = 0, width: UInt = 0) {
        self.height = height
        self.width = width
    }
}

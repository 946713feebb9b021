/// `process.ioPriority`: `ioprio_set(2)` class (`IOPRIO_CLASS_RT|BE|IDLE`) and level.
public struct LinuxIOPriority: Codable, Equatable, Sendable {
    public var `class`: String
    public var priority: Int

    public init(class: String = "", priority: Int = 0) {
        self.class = `class`
        self.priority = priority
    }
}

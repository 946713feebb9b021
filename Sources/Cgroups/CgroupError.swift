import Glibc

/// An error from the cgroup driver. It names either the OCI field that could
/// not be applied (`linux.resources.memory.limit`) or the file and errno.
public struct CgroupError: Error, CustomStringConvertible {
    /// The OCI field (`linux.resources....`) or the cgroup file path.
    public var subject: String
    /// Human readable reason.
    public var reason: String
    /// errno when the failure came from a syscall, else 0.
    public var errno: Int32

    public init(subject: String, reason: String, errno: Int32 = 0) {
        self.subject = subject
        self.reason = reason
        self.errno = errno
    }

    /// A syscall failure on `path`; the reason is strerror(errno).
    static func sys(_ path: String, _ op: String, _ err: Int32) -> CgroupError {
        CgroupError(subject: path, reason: "\(op): \(errnoText(err))", errno: err)
    }

    /// A resource field this host (or cgroup version) cannot honour.
    static func unsupported(_ field: String, _ why: String) -> CgroupError {
        CgroupError(subject: field, reason: why)
    }

    /// Rewraps a file error so the message also names the OCI field.
    func field(_ name: String) -> CgroupError {
        CgroupError(subject: name, reason: "\(subject): \(reason)", errno: errno)
    }

    public var description: String { "\(subject): \(reason)" }
}

/// strerror text, e.g. "No such file or directory (errno 2)".
func errnoText(_ err: Int32) -> String {
    guard let p = strerror(err) else { return "errno \(err)" }
    return "\(String(cString: p)) (errno \(err))"
}

import Glibc
import CBootstrap

/// A failed system call, carrying what was attempted and on which path, so
/// the message a user sees names the object: "mount proc on /proc: EPERM".
public struct SystemError: Error, CustomStringConvertible {
    public var errno: Int32
    public var operation: String

    public init(_ operation: String, errno: Int32 = Glibc.errno) {
        self.operation = operation
        self.errno = errno
    }

    public var description: String { "\(operation): \(errnoText(errno))" }
}

/// strerror text for an errno value.
public func errnoText(_ err: Int32) -> String {
    var buf = [CChar](repeating: 0, count: 128)
    return String(cString: swunc_strerror(err, &buf, buf.count))
}

/// Turns a C wrapper's "-errno or value" result into a value or a SystemError.
@inline(__always)
public func check(_ result: Int32, _ operation: @autoclosure () -> String) throws -> Int32 {
    if result < 0 { throw SystemError(operation(), errno: -result) }
    return result
}

/// Turns a libc "-1 and errno" result into a value or a SystemError, retrying EINTR.
@inline(__always)
public func checkErrno(_ operation: @autoclosure () -> String, _ call: () -> Int32) throws -> Int32 {
    while true {
        let r = call()
        if r >= 0 { return r }
        if Glibc.errno == EINTR { continue }
        throw SystemError(operation())
    }
}

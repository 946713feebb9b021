import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// Runs OCI hooks: each gets the container state JSON on stdin, its own
/// args and env, and is killed when its timeout passes.
enum HookRunner {
    /// Runs the hooks in order; the first failure stops the rest and is
    /// returned as an error naming the hook ("hooks.createRuntime[1] ...").
    static func run(_ hooks: [Hook]?, kind: String, state: [UInt8]) throws {
        for (i, hook) in (hooks ?? []).enumerated() {
            do {
                try runOne(hook, state: state)
            } catch {
                throw SwuncError("hooks.\(kind)[\(i)] (\(hook.path)): \(describe(error))")
            }
        }
    }

    /// Runs every hook and logs failures instead of stopping (poststart and
    /// poststop: the spec says their failure must not change the outcome).
    static func runLoggingFailures(_ hooks: [Hook]?, kind: String, state: [UInt8]) {
        for (i, hook) in (hooks ?? []).enumerated() {
            do { try runOne(hook, state: state) } catch {
                let msg = "hooks.\(kind)[\(i)] (\(hook.path)): \(describe(error))"
                Log.warning(msg)
                printError("swunc: warning: " + msg)
            }
        }
    }

    static func runOne(_ hook: Hook, state: [UInt8]) throws {
        var fds: [Int32] = [-1, -1]
        _ = try check(swunc_pipe2(&fds, O_CLOEXEC), "pipe")
        let args = (hook.args?.isEmpty == false) ? hook.args! : [hook.path]
        let pid = withCStrings(args) { argv in
            withCStrings(hook.env ?? []) { envp in
                swunc_spawn_path(hook.path, argv, envp, fds[0], 2, 2)
            }
        }
        close(fds[0])
        if pid < 0 {
            close(fds[1])
            throw SystemError("exec", errno: -pid)
        }
        // A hook that does not read stdin must not block us: ignore EPIPE.
        signal(SIGPIPE, SIG_IGN)
        _ = FileIO.writeAll(fd: fds[1], state)
        close(fds[1])
        let status = try waitWithTimeout(pid: pid, seconds: hook.timeout)
        if !status.exited || status.exitCode != 0 {
            throw SwuncError(status.signaled ? "killed by signal \(status.signal)" : "exited with status \(status.exitCode)")
        }
    }

    /// Waits for a child; past the timeout it is killed and an error thrown.
    /// pidfd + poll: no sleeping loop.
    static func waitWithTimeout(pid: Int32, seconds: Int?) throws -> WaitStatus {
        if let secs = seconds, secs > 0 {
            let pidfd = swunc_pidfd_open(pid)
            if pidfd >= 0 {
                defer { close(pidfd) }
                var p = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
                let deadline = Clock.monotonicMillis() + Int64(secs) * 1000
                while true {
                    let left = deadline - Clock.monotonicMillis()
                    if left <= 0 {
                        kill(pid, SIGKILL)
                        _ = waitForChild(pid)
                        throw SwuncError("timed out after \(secs)s")
                    }
                    let r = poll(&p, 1, Int32(min(left, 1_000_000)))
                    if r > 0 { break }
                    if r < 0 && errno != EINTR { break }
                }
            }
        }
        guard let st = waitForChild(pid) else { throw SystemError("waitpid") }
        return st
    }
}

/// Calls body with a NULL-terminated char* array for the strings.
func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var ptrs: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    ptrs.append(nil)
    defer { for p in ptrs { free(p) } }
    return ptrs.withUnsafeBufferPointer { body($0.baseAddress!) }
}

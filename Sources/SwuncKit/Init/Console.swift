import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// process.terminal: a pty from the container's own devpts. The master goes
/// to whoever listens on --console-socket (containerd, conmon) over
/// SCM_RIGHTS; the slave becomes stdio, the controlling terminal and
/// /dev/console.
enum Console {
    static func setup(socketFd: Int32?, size: ConsoleSize?) throws {
        guard let sock = socketFd else {
            throw SwuncError("process.terminal: true needs --console-socket (or use `swunc run` in the foreground)")
        }
        var name = [CChar](repeating: 0, count: 128)
        let master = try check(swunc_open_pty(&name, name.count), "process.terminal: open /dev/ptmx in the container")
        let slavePath = String(cString: name)
        if let s = size { _ = swunc_set_winsize(master, UInt16(truncatingIfNeeded: s.height), UInt16(truncatingIfNeeded: s.width)) }
        let slave = try checkErrno("process.terminal: open \(slavePath)") { open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC) }
        // /dev/console is the slave, as in a real system.
        let console = "/dev/console"
        if access(console, F_OK) != 0 {
            let fd = open(console, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
            if fd >= 0 { close(fd) }
        }
        _ = swunc_mount(slavePath, console, nil, MS.bind, nil)
        _ = try check(swunc_send_fd(sock, master, slavePath), "--console-socket: send the pty master")
        close(master)
        close(sock)
        for target in Int32(0)...2 {
            _ = try check(swunc_dup3(slave, target, 0), "process.terminal: dup pty to fd \(target)")
        }
        close(slave)
        _ = try check(swunc_set_ctty(0), "process.terminal: set controlling terminal")
    }
}

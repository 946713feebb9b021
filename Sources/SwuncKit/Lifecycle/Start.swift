import Glibc
import CBootstrap
import LinuxKit
import OCISpec

extension Runtime {
    /// `start`: opens the exec fifo for reading, which lets the init's
    /// blocked open complete; the init writes one byte and execs the process.
    public func start(id: String) throws {
        let dir = try store.lock(id: id)
        var record = try dir.load()
        let status = record.liveStatus(directory: dir.directory)
        guard status == .created else {
            throw SwuncError("cannot start container \"\(id)\": it is \(status.rawValue), not created")
        }
        try ExecFifo.release(directory: dir.directory, pid: record.pid)
        record.status = ContainerStatus.running.rawValue
        try dir.save(record)
        let state = try JSON.encode(ContainerState(ociVersion: record.ociVersion, id: id, status: "running", pid: record.pid,
                                                   bundle: record.bundle, annotations: record.annotations))
        HookRunner.runLoggingFailures(record.poststart, kind: "poststart", state: state)
    }
}

extension ExecFifo {
    /// Reads the init's byte. The fifo is opened non-blocking and polled
    /// together with a pidfd of the init, so a dead init is an error, not a
    /// hang.
    static func release(directory: String, pid: Int32) throws {
        let path = directory + "/" + name
        let fifo = try checkErrno("open \(path)") { open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        defer { close(fifo) }
        let pidfd = swunc_pidfd_open(pid)
        defer { if pidfd >= 0 { close(pidfd) } }
        var fds = [pollfd(fd: fifo, events: Int16(POLLIN), revents: 0), pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)]
        while true {
            let r = poll(&fds, nfds_t(pidfd >= 0 ? 2 : 1), -1)
            if r < 0 { if errno == EINTR { continue }; throw SystemError("poll exec fifo") }
            if fds[0].revents & Int16(POLLIN) != 0 {
                var b: UInt8 = 0
                let n = read(fifo, &b, 1)
                if n == 1 { break }
                if n < 0 && errno == EAGAIN { continue }
            }
            if pidfd >= 0 && fds[1].revents != 0 {
                throw SwuncError("the container init exited before start")
            }
            if fds[0].revents & Int16(POLLHUP) != 0 {
                // A writer opened and closed without writing: the init died.
                throw SwuncError("the container init exited before start")
            }
        }
        unlink(path)
    }
}

import Glibc
import CBootstrap
import LinuxKit
import OCISpec

extension Runtime {
    /// `delete`: removes a stopped container. A running one needs --force
    /// (SIGKILL, then wait on a pidfd: no polling sleeps). A created one is
    /// deleted like runc and crun do (see docs/lifecycle.md for why).
    public func delete(id: String, force: Bool) throws {
        let dir: LockedContainer
        do { dir = try store.lock(id: id) } catch {
            // runc: `delete --force` of a missing container succeeds.
            if force && !FileIO.exists(store.directory(of: id)) { return }
            throw error
        }
        let record: ContainerRecord
        do { record = try dir.load() } catch {
            if force { dir.remove(); return }
            throw error
        }
        let status = record.liveStatus(directory: dir.directory)
        switch status {
        case .running, .paused:
            if !force { throw SwuncError("cannot delete container \"\(id)\": it is \(status.rawValue); stop it first or use --force") }
            try killAndWait(record)
        case .created, .creating:
            try killAndWait(record)
        case .stopped:
            break
        }
        if !record.cgroupPath.isEmpty {
            let cg = try ContainerCgroup(recordedPath: record.cgroupPath)
            cg.destroy()
        }
        let state = try JSON.encode(ContainerState(ociVersion: record.ociVersion, id: id, status: "stopped", pid: nil,
                                                   bundle: record.bundle, annotations: record.annotations))
        HookRunner.runLoggingFailures(record.poststop, kind: "poststop", state: state)
        dir.remove()
    }

    /// SIGKILL the init and wait until it is gone. The kernel kills the rest
    /// of the pid namespace with it; the cgroup is emptied by destroy.
    func killAndWait(_ record: ContainerRecord) throws {
        let pidfd = swunc_pidfd_open(record.pid)
        if pidfd < 0 { return }
        defer { close(pidfd) }
        guard ProcFS.startTime(pid: record.pid) == record.initStartTime else { return }
        if record.status == ContainerStatus.paused.rawValue, !record.cgroupPath.isEmpty {
            // A frozen process cannot die until thawed.
            if let cg = try? ContainerCgroup(recordedPath: record.cgroupPath) { try? cg.manager.thaw() }
        }
        _ = swunc_pidfd_send_signal(pidfd, SIGKILL)
        var p = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
        while poll(&p, 1, 10_000) < 0 && errno == EINTR {}
        // If it is our child (run), reap it; otherwise its parent will.
        var st: Int32 = 0
        _ = waitpid(record.pid, &st, WNOHANG)
    }
}

import Glibc
import CBootstrap
import LinuxKit
import OCISpec

extension Runtime {
    /// `kill`: signals the init (through a pidfd opened after checking the
    /// start time, so a recycled pid can never receive it) or, with --all,
    /// every process in the container's cgroup.
    public func kill(id: String, signal: Int32, all: Bool) throws {
        let record = try store.load(id: id)
        let status = record.liveStatus(directory: store.directory(of: id))
        if all {
            if status == .stopped && record.cgroupPath.isEmpty { throw SwuncError("container \"\(id)\" is not running") }
            let cg = try ContainerCgroup(recordedPath: record.cgroupPath)
            try cg.manager.killAll(signal: signal)
            return
        }
        guard status == .created || status == .running || status == .paused else {
            throw SwuncError("cannot kill container \"\(id)\": it is \(status.rawValue)")
        }
        try signalInit(record, signal)
    }

    func signalInit(_ record: ContainerRecord, _ signal: Int32) throws {
        let pidfd = swunc_pidfd_open(record.pid)
        if pidfd < 0 { throw SwuncError("container \"\(record.id)\" is not running") }
        defer { close(pidfd) }
        // The pidfd pins the process; re-check it is still our init.
        guard ProcFS.startTime(pid: record.pid) == record.initStartTime else {
            throw SwuncError("container \"\(record.id)\" is not running")
        }
        _ = try check(swunc_pidfd_send_signal(pidfd, signal), "kill \(record.id) with signal \(signal)")
    }
}

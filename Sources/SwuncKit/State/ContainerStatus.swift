import LinuxKit
import Glibc

/// The runtime-spec statuses, plus paused (runc's extension).
public enum ContainerStatus: String {
    case creating, created, running, stopped, paused
}

extension ContainerRecord {
    /// The live status: a container whose init is gone (or whose pid now
    /// belongs to another process, detected by start time) is stopped;
    /// one whose exec fifo still exists was never started.
    func liveStatus(directory: String) -> ContainerStatus {
        if status == ContainerStatus.creating.rawValue { return .creating }
        guard ProcFS.isAlive(pid: pid, startTime: initStartTime) else { return .stopped }
        if status == ContainerStatus.paused.rawValue { return .paused }
        if access(directory + "/" + ExecFifo.name, F_OK) == 0 { return .created }
        return .running
    }
}

import Glibc
import LinuxKit
import OCISpec

extension Runtime {
    /// `pause`: freezes every process of the container's cgroup (waiting
    /// until the kernel reports the cgroup frozen) and records "paused".
    /// Like runc, a created container may be paused too.
    public func pause(id: String) throws {
        let dir = try store.lock(id: id)
        var record = try dir.load()
        let status = record.liveStatus(directory: dir.directory)
        guard status == .running || status == .created else {
            throw SwuncError("cannot pause container \"\(id)\": it is \(status.rawValue), not running")
        }
        let cg = try cgroup(of: record, for: "pause")
        do { try cg.manager.freeze() } catch {
            throw SwuncError("pause \(id): freezing cgroup \(record.cgroupPath): \(describe(error))")
        }
        record.status = ContainerStatus.paused.rawValue
        do { try dir.save(record) } catch {
            // Do not leave a frozen container that state.json calls running.
            try? cg.manager.thaw()
            throw error
        }
    }

    /// `resume`: thaws a paused container and records "running" again (a
    /// container paused before `start` still reports created: its exec fifo
    /// is still there).
    public func resume(id: String) throws {
        let dir = try store.lock(id: id)
        var record = try dir.load()
        let status = record.liveStatus(directory: dir.directory)
        guard status == .paused else {
            throw SwuncError("cannot resume container \"\(id)\": it is \(status.rawValue), not paused")
        }
        let cg = try cgroup(of: record, for: "resume")
        do { try cg.manager.thaw() } catch {
            throw SwuncError("resume \(id): thawing cgroup \(record.cgroupPath): \(describe(error))")
        }
        record.status = ContainerStatus.running.rawValue
        try dir.save(record)
    }

    /// The cgroup recorded at create, for commands that need a live one.
    func cgroup(of record: ContainerRecord, for command: String) throws -> ContainerCgroup {
        guard !record.cgroupPath.isEmpty else {
            throw SwuncError("\(command) \(record.id): the container has no cgroup recorded in its state")
        }
        return try ContainerCgroup(recordedPath: record.cgroupPath)
    }
}

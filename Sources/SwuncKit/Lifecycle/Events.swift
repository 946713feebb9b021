import Glibc
import Cgroups
import LinuxKit
import OCISpec

extension Runtime {
    /// `events --stats`: one stats event for a live container.
    public func statsEvent(id: String) throws -> Event {
        let record = try store.load(id: id)
        let status = record.liveStatus(directory: store.directory(of: id))
        guard status != .stopped else { throw SwuncError("events: container \"\(id)\" is not running (it is stopped)") }
        let cg = try cgroup(of: record, for: "events")
        do { return Event(type: "stats", id: id, data: EventStats(try cg.manager.stats())) } catch {
            throw SwuncError("events \(id): reading cgroup \(record.cgroupPath): \(describe(error))")
        }
    }

    /// `events`: a stats event every `intervalMillis` and an "oom" event each
    /// time the OOM kill count of the container's cgroup goes up, until the
    /// container stops (then returns). The count and the container's
    /// liveness are checked every 100 ms (or every interval, if shorter), so
    /// an OOM kill is reported promptly whatever the stats interval.
    public func events(id: String, intervalMillis: Int64, emit: (Event) throws -> Void) throws {
        let record = try store.load(id: id)
        let directory = store.directory(of: id)
        guard record.liveStatus(directory: directory) != .stopped else {
            throw SwuncError("events: container \"\(id)\" is not running (it is stopped)")
        }
        let cg = try cgroup(of: record, for: "events")
        let manager = cg.manager
        var ooms = (try? manager.oomKillCount()) ?? 0
        func reportOOMs() throws {
            guard let now = try? manager.oomKillCount() else { return }
            if now > ooms {
                // One event per kill, as runc's notifier delivers one per eventfd wakeup.
                for _ in ooms..<now { try emit(Event(type: "oom", id: id)) }
            }
            ooms = max(ooms, now)
        }
        let tick = min(intervalMillis, 100)
        var nextStats = Clock.monotonicMillis() + intervalMillis
        while true {
            try reportOOMs()
            if record.liveStatus(directory: directory) == .stopped {
                try reportOOMs()
                return
            }
            let now = Clock.monotonicMillis()
            if now >= nextStats {
                do { try emit(Event(type: "stats", id: id, data: EventStats(try manager.stats()))) } catch let e as CgroupError {
                    Log.warning("events \(id): stats: \(e)")  // like runc: log and keep going
                }
                nextStats = now + intervalMillis
            }
            Clock.sleep(millis: min(tick, max(1, nextStats - Clock.monotonicMillis())))
        }
    }
}

extension Clock {
    /// nanosleep, resumed after signals.
    static func sleep(millis: Int64) {
        var req = timespec(tv_sec: Int(millis / 1000), tv_nsec: Int((millis % 1000) * 1_000_000))
        var rem = timespec()
        while nanosleep(&req, &rem) != 0 && errno == EINTR { req = rem }
    }
}

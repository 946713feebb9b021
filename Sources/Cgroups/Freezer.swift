import Glibc

/// freeze/thaw: the v1 freezer hierarchy when mounted, else v2 cgroup.freeze.
extension FsCgroupManager {
    /// How long a freeze may take before we give up (tasks in
    /// uninterruptible sleep can delay it).
    static let freezeTimeoutMillis = 10_000

    func freeze() throws { try setFrozen(true) }
    func thaw() throws { try setFrozen(false) }

    func isFrozen() throws -> Bool {
        if let d = v1Dir("freezer") {
            // FREEZING means "not there yet": report not frozen.
            return try FileIO.readTrimmed(d + "/freezer.state") == "FROZEN"
        }
        guard let u = unifiedDir else { throw CgroupError.unsupported("freezer", "no freezer: neither v1 freezer nor cgroup2 is mounted") }
        return try v2EventsFrozen(u)
    }

    private func setFrozen(_ frozen: Bool) throws {
        if let d = v1Dir("freezer") { return try v1SetFrozen(d, frozen) }
        guard let u = unifiedDir else { throw CgroupError.unsupported("freezer", "no freezer: neither v1 freezer nor cgroup2 is mounted") }
        try v2SetFrozen(u, frozen)
    }

    /// v1: writing FROZEN starts freezing; freezer.state reads FREEZING until
    /// every task is stopped. Re-writing FROZEN retries tasks that were busy
    /// (the kernel only tries once per write), as runc does.
    private func v1SetFrozen(_ dir: String, _ frozen: Bool) throws {
        let file = dir + "/freezer.state"
        let want = frozen ? "FROZEN" : "THAWED"
        let deadline = FileIO.nowMillis() + Self.freezeTimeoutMillis
        var spins = 0
        while true {
            try FileIO.write(file, want)
            if try FileIO.readTrimmed(file) == want { return }
            if FileIO.nowMillis() >= deadline {
                if frozen { try? FileIO.write(file, "THAWED") }
                throw CgroupError(subject: file, reason: "timed out waiting for state \(want)", errno: ETIMEDOUT)
            }
            spins += 1
            FileIO.pause(micros: spins < 10 ? 100 : 1000)
        }
    }

    /// v2: write cgroup.freeze, then wait for cgroup.events to say
    /// "frozen 1" (or 0). The kernel signals changes of cgroup.events with
    /// POLLPRI, so poll() it instead of sleeping.
    private func v2SetFrozen(_ dir: String, _ frozen: Bool) throws {
        try FileIO.write(dir + "/cgroup.freeze", frozen ? "1" : "0")
        let events = dir + "/cgroup.events"
        let fd = open(events, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw CgroupError.sys(events, "open", errno) }
        defer { close(fd) }
        let deadline = FileIO.nowMillis() + Self.freezeTimeoutMillis
        while true {
            if try v2EventsFrozen(dir) == frozen { return }
            let left = deadline - FileIO.nowMillis()
            if left <= 0 {
                if frozen { try? FileIO.write(dir + "/cgroup.freeze", "0") }
                throw CgroupError(subject: events, reason: "timed out waiting for frozen \(frozen ? 1 : 0)", errno: ETIMEDOUT)
            }
            var pfd = pollfd(fd: fd, events: Int16(POLLPRI), revents: 0)
            // A kernfs file must be read once before poll() reports the next change.
            var b = [UInt8](repeating: 0, count: 256)
            _ = pread(fd, &b, b.count, 0)
            _ = poll(&pfd, 1, Int32(min(left, 100)))
        }
    }

    func v2EventsFrozen(_ dir: String) throws -> Bool {
        let kv = KeyValue.parse(try FileIO.read(dir + "/cgroup.events"))
        return kv["frozen"] == 1
    }
}

import Foundation
import Glibc
import XCTest

/// Resource limits enforced on real containers, and the cgroup commands
/// (ps, pause, resume, update, events). Runs on a v1/hybrid host and on a
/// pure cgroup v2 host (conformance/cgroup2-vm.sh): the layout is detected
/// at run time and the matching cgroup files are read.
final class CgroupCommandTests: SwuncTestCase {
    /// /sys/fs/cgroup itself is a cgroup2 mount (pure v2).
    static let pureV2: Bool = {
        let mountinfo = (try? String(contentsOfFile: "/proc/self/mountinfo")) ?? ""
        return mountinfo.split(separator: "\n").contains { line in
            let f = line.split(separator: " ")
            guard let dash = f.firstIndex(of: "-"), f.count > dash + 1, f.count > 4 else { return false }
            return f[4] == "/sys/fs/cgroup" && f[dash + 1] == "cgroup2"
        }
    }()

    /// Whether the host has swap (then memory tests also cap memory+swap,
    /// or the "killed" process would just be swapped out).
    static let hasSwap: Bool = {
        ((try? String(contentsOfFile: "/proc/swaps")) ?? "").split(separator: "\n").count > 1
    }()

    /// The cgroup file `v1` (in the v1 hierarchy of `controller`) or `v2`
    /// (in the unified hierarchy) of the container cgroup `cgroup`.
    func cgroupFile(_ cgroup: String, controller: String, v1: String, v2: String) -> String {
        Self.pureV2 ? "/sys/fs/cgroup\(cgroup)/\(v2)" : "/sys/fs/cgroup/\(controller)\(cgroup)/\(v1)"
    }

    func read(_ path: String) -> String {
        ((try? String(contentsOfFile: path)) ?? "<unreadable \(path)>").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// "key value" lines (memory.oom_control, memory.events, cpu.stat).
    func keyValue(_ path: String, _ key: String) -> Int? {
        for line in read(path).split(separator: "\n") {
            let f = line.split(separator: " ")
            if f.count == 2, f[0] == key { return Int(f[1]) }
        }
        return nil
    }

    /// A bundle with its own cgroup path (returned) and a tmpfs /tmp.
    func bundle(_ args: [String], _ edit: (inout [String: Any], inout [String: Any]) -> Void = { _, _ in }) throws -> (bundle: String, cgroup: String) {
        let cgroup = "/swunc-it/cg-\(UInt32.random(in: 0...UInt32.max))"
        let b = try makeBundle(args: args) { c in
            var linux = c["linux"] as! [String: Any]
            linux["cgroupsPath"] = cgroup
            var resources = linux["resources"] as? [String: Any] ?? [:]
            edit(&c, &resources)
            linux["resources"] = resources
            c["linux"] = linux
            var mounts = c["mounts"] as! [[String: Any]]
            mounts.append(["destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "mode=1777", "size=16m"]])
            c["mounts"] = mounts
        }
        return (b, cgroup)
    }

    /// Adds a read-write bind mount of the host directory `host` at `dest`.
    func bindMount(_ c: inout [String: Any], host: String, dest: String) {
        var mounts = c["mounts"] as! [[String: Any]]
        mounts.append(["destination": dest, "type": "bind", "source": host, "options": ["rbind", "rw"]])
        c["mounts"] = mounts
    }

    /// Starts swunc in the background, output to a file (see Harness.run
    /// for why not a pipe).
    func spawn(_ args: [String]) throws -> (process: Foundation.Process, output: String) {
        let out = workDir + "/bg-\(UInt32.random(in: 0...UInt32.max)).out"
        FileManager.default.createFile(atPath: out, contents: nil)
        let p = Foundation.Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["--root", stateRoot] + args
        let h = try XCTUnwrap(FileHandle(forWritingAtPath: out))
        p.standardOutput = h
        p.standardError = h
        p.standardInput = FileHandle.nullDevice
        try p.run()
        try? h.close()
        return (p, out)
    }

    func wait(_ p: Foundation.Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning { p.terminate(); p.waitUntilExit(); return false }
        p.waitUntilExit()
        return true
    }

    func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    func statsEvent(_ id: String) throws -> [String: Any] {
        let r = swunc(["events", "--stats", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.filter { $0 == "\n" }.count, 1, "one event, one line: \(r.stdout)")
        let e = try XCTUnwrap(json(r.stdout), r.stdout)
        XCTAssertEqual(e["type"] as? String, "stats")
        XCTAssertEqual(e["id"] as? String, id)
        return try XCTUnwrap(e["data"] as? [String: Any], r.stdout)
    }

    // MARK: limits

    /// A 20 MiB memory limit: the shell that builds a 100 MB string is
    /// OOM-killed, the cgroup counts the kill, and `events` streams an oom
    /// event and exits by itself when the container stops.
    func testMemoryLimitOOMKillsAndEventsReportsIt() throws {
        let gate = workDir + "/gate"
        try FileManager.default.createDirectory(atPath: gate, withIntermediateDirectories: true)
        let limit = 20 * 1024 * 1024
        let (b, cgroup) = try bundle(["sh", "-c", "while [ ! -e /gate/go ]; do sleep 0.05; done; x=$(head -c 100000000 /dev/zero | tr \"\\0\" a); echo survived ${#x}"]) { c, r in
            r["memory"] = Self.hasSwap ? ["limit": limit, "swap": limit] : ["limit": limit]
            self.bindMount(&c, host: gate, dest: "/gate")
        }
        let id = newID()
        let run = try spawn(["run", "--keep", "--bundle", b, id])
        XCTAssertTrue(waitForStatus(id, "running"), "container did not start: \(read(run.output))")
        XCTAssertEqual(read(cgroupFile(cgroup, controller: "memory", v1: "memory.limit_in_bytes", v2: "memory.max")), String(limit))
        let events = try spawn(["events", "--interval", "200ms", id])
        usleep(300_000)  // let events read the initial OOM count
        FileManager.default.createFile(atPath: gate + "/go", contents: nil)

        XCTAssertTrue(wait(run.process, seconds: 60), "the container was not killed")
        let output = read(run.output)
        XCTAssertTrue(run.process.terminationStatus == 137 || output.contains("Killed"),
                      "status \(run.process.terminationStatus), output: \(output)")
        XCTAssertFalse(output.contains("survived"), output)
        let oomFile = cgroupFile(cgroup, controller: "memory", v1: "memory.oom_control", v2: "memory.events")
        XCTAssertGreaterThanOrEqual(keyValue(oomFile, "oom_kill") ?? 0, 1, read(oomFile))

        XCTAssertTrue(wait(events.process, seconds: 10), "events did not exit after the container stopped")
        XCTAssertEqual(events.process.terminationStatus, 0, read(events.output))
        let lines = read(events.output).split(separator: "\n").map { json(String($0)) }
        XCTAssertTrue(lines.allSatisfy { $0 != nil }, "every line is a JSON object: \(read(events.output))")
        let oom = lines.compactMap { $0 }.filter { $0["type"] as? String == "oom" }
        XCTAssertGreaterThanOrEqual(oom.count, 1, read(events.output))
        XCTAssertEqual(oom.first?["id"] as? String, id)
        XCTAssertNil(oom.first?["data"], "runc's oom events have no data")
        XCTAssertTrue(lines.contains { $0?["type"] as? String == "stats" }, "stats every 200ms: \(read(events.output))")
    }

    /// pids.limit 10: a loop that forks 30 sleeps gets fork failures.
    func testPidsLimitStopsForks() throws {
        let (b, cgroup) = try bundle(["sh", "-c", "for i in $(seq 30); do sleep 2 & done; wait; echo done"]) { _, r in
            r["pids"] = ["limit": 10]
        }
        let id = newID()
        let r = swunc(["run", "--keep", "--bundle", b, id])
        XCTAssertTrue(r.stderr.contains("can't fork") || r.stderr.contains("Resource temporarily unavailable"), r.stderr)
        XCTAssertEqual(read(cgroupFile(cgroup, controller: "pids", v1: "pids.max", v2: "pids.max")), "10")
        // The control: without the limit the same loop forks fine.
        let (b2, _) = try bundle(["sh", "-c", "for i in $(seq 30); do sleep 0.1 & done; wait; echo done"])
        let r2 = swunc(["run", "--bundle", b2, newID()])
        XCTAssertEqual(r2.status, 0, r2.stderr)
        XCTAssertFalse(r2.stderr.contains("fork"), r2.stderr)
    }

    /// quota 10000/100000: the quota is written and a busy loop is throttled.
    func testCPUQuotaThrottlesBusyLoop() throws {
        let (b, cgroup) = try bundle(["sh", "-c", "while :; do :; done"]) { _, r in
            r["cpu"] = ["quota": 10000, "period": 100000]
        }
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", b, id]).status, 0)
        if Self.pureV2 {
            XCTAssertEqual(read(cgroupFile(cgroup, controller: "cpu", v1: "", v2: "cpu.max")), "10000 100000")
        } else {
            XCTAssertEqual(read(cgroupFile(cgroup, controller: "cpu", v1: "cpu.cfs_quota_us", v2: "")), "10000")
            XCTAssertEqual(read(cgroupFile(cgroup, controller: "cpu", v1: "cpu.cfs_period_us", v2: "")), "100000")
        }
        let before = try statsEvent(id)
        let usage0 = ((before["cpu"] as? [String: Any])?["usage"] as? [String: Any])?["total"] as? Int ?? 0
        let t0 = Date()
        usleep(1_200_000)
        let data = try statsEvent(id)
        let elapsed = Date().timeIntervalSince(t0)
        let cpu = try XCTUnwrap(data["cpu"] as? [String: Any])
        let throttling = try XCTUnwrap(cpu["throttling"] as? [String: Any])
        XCTAssertGreaterThan(throttling["throttledPeriods"] as? Int ?? 0, 0, "\(cpu)")
        XCTAssertGreaterThan(throttling["periods"] as? Int ?? 0, 0, "\(cpu)")
        let used = Double(((cpu["usage"] as? [String: Any])?["total"] as? Int ?? 0) - usage0) / 1e9
        XCTAssertGreaterThan(used, 0, "\(cpu)")
        // 10% of one CPU, with slack for period boundaries; unthrottled it would be ~100%.
        XCTAssertLessThan(used, 0.35 * elapsed, "busy loop used \(used)s of CPU in \(elapsed)s")
    }

    /// cpus "0": the container's processes may run on CPU 0 only.
    func testCpusetPinsToCPU0() throws {
        let (b, cgroup) = try bundle(["sh", "-c", "grep Cpus_allowed_list /proc/self/status"]) { _, r in
            r["cpu"] = ["cpus": "0"]
        }
        let r = swunc(["run", "--keep", "--bundle", b, newID()])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":").last?.trimmingCharacters(in: .whitespaces), "0", r.stdout)
        XCTAssertEqual(read(cgroupFile(cgroup, controller: "cpuset", v1: "cpuset.cpus", v2: "cpuset.cpus")), "0")
    }

    /// Device rules: later rules win, and swunc (like runc) appends allow
    /// rules for the runtime-spec's default devices (/dev/null, zero, full,
    /// random, urandom, tty, console, ptmx, pts) and for linux.devices, so a
    /// deny of c 1:3 cannot take /dev/null away. Any other device is
    /// governed by linux.resources.devices: /dev/kmsg (c 1:11), mknod'ed
    /// under /tmp (mknod itself is allowed for every device, "m"), can be
    /// written only when a rule allows it.
    func testDeviceRulesDenyAndAllow() throws {
        let script = "echo x > /dev/null && echo null-ok; mknod /tmp/kmsg c 1 11 && echo mknod-ok; echo swunc-device-cgroup-test > /tmp/kmsg && echo kmsg-ok"
        func runWith(_ rules: [[String: Any]]) throws -> Result {
            let (b, _) = try bundle(["sh", "-c", script]) { c, r in
                r["devices"] = rules
                var process = c["process"] as! [String: Any]
                var caps = process["capabilities"] as! [String: Any]
                for set in ["bounding", "effective", "permitted"] { caps[set] = ((caps[set] as? [String]) ?? []) + ["CAP_MKNOD"] }
                process["capabilities"] = caps
                c["process"] = process
            }
            return swunc(["run", "--bundle", b, newID()])
        }
        let denyAll: [String: Any] = ["allow": false, "access": "rwm"]
        let denied = try runWith([denyAll, ["allow": false, "type": "c", "major": 1, "minor": 3, "access": "rwm"]])
        XCTAssertTrue(denied.stdout.contains("null-ok"), "default devices stay usable: \(denied.stdout) \(denied.stderr)")
        XCTAssertTrue(denied.stdout.contains("mknod-ok"), denied.stdout + denied.stderr)
        XCTAssertFalse(denied.stdout.contains("kmsg-ok"), "c 1:11 is denied: \(denied.stdout)")
        XCTAssertTrue(denied.stderr.contains("Operation not permitted"), denied.stderr)

        let allowed = try runWith([denyAll, ["allow": true, "type": "c", "major": 1, "minor": 11, "access": "w"]])
        XCTAssertTrue(allowed.stdout.contains("null-ok"), allowed.stdout + allowed.stderr)
        XCTAssertTrue(allowed.stdout.contains("kmsg-ok"), "c 1:11 w is allowed: \(allowed.stdout) \(allowed.stderr)")
    }

    // MARK: pause / resume

    func testPauseFreezesAndResumeContinues() throws {
        let dir = workDir + "/counter"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let (b, cgroup) = try bundle(["sh", "-c", "i=0; while :; do i=$((i+1)); echo $i > /out/n.tmp; mv /out/n.tmp /out/n; sleep 0.02; done"]) { c, _ in
            self.bindMount(&c, host: dir, dest: "/out")
        }
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", b, id]).status, 0)
        func counter() -> Int { Int(read(dir + "/n")) ?? -1 }
        let deadline = Date().addingTimeInterval(10)
        while counter() < 3 && Date() < deadline { usleep(20_000) }
        XCTAssertGreaterThanOrEqual(counter(), 3, "the counter never ran")

        var r = swunc(["resume", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("not paused"), r.stderr)

        r = swunc(["pause", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(state(id)?["status"] as? String, "paused")
        if Self.pureV2 {
            XCTAssertEqual(read("/sys/fs/cgroup\(cgroup)/cgroup.freeze"), "1")
            XCTAssertEqual(keyValue("/sys/fs/cgroup\(cgroup)/cgroup.events", "frozen"), 1)
        } else {
            XCTAssertEqual(read("/sys/fs/cgroup/freezer\(cgroup)/freezer.state"), "FROZEN")
        }
        let frozenAt = counter()
        usleep(500_000)
        XCTAssertEqual(counter(), frozenAt, "the counter advanced while paused")
        r = swunc(["pause", id])
        XCTAssertNotEqual(r.status, 0, "pausing a paused container must fail")
        XCTAssertTrue(r.stderr.contains("paused"), r.stderr)
        // ps still works on a paused container.
        XCTAssertEqual(swunc(["ps", "--format", "json", id]).status, 0)

        r = swunc(["resume", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(state(id)?["status"] as? String, "running")
        usleep(500_000)
        XCTAssertGreaterThan(counter(), frozenAt, "the counter did not continue after resume")

        XCTAssertEqual(swunc(["kill", id, "KILL"]).status, 0)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        r = swunc(["pause", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("stopped"), r.stderr)
        XCTAssertNotEqual(swunc(["resume", id]).status, 0)
        XCTAssertNotEqual(swunc(["pause", "no-such-container"]).status, 0)
    }

    // MARK: update

    func testUpdateChangesLiveLimits() throws {
        let (b, cgroup) = try bundle(["sleep", "600"]) { _, r in
            r["memory"] = ["limit": 50 * 1024 * 1024]
            r["pids"] = ["limit": 100]
        }
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", b, id]).status, 0)
        let memFile = cgroupFile(cgroup, controller: "memory", v1: "memory.limit_in_bytes", v2: "memory.max")
        let pidsFile = cgroupFile(cgroup, controller: "pids", v1: "pids.max", v2: "pids.max")
        XCTAssertEqual(read(memFile), String(50 * 1024 * 1024))
        let devicesFile = "/sys/fs/cgroup/devices\(cgroup)/devices.list"
        let devicesBefore = Self.pureV2 ? "" : read(devicesFile)

        var r = swunc(["update", "--memory", "100M", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(read(memFile), String(100 * 1024 * 1024))
        XCTAssertEqual(read(pidsFile), "100", "fields not given stay as they are")

        r = swunc(["update", "--memory", "1g", "--pids-limit", "20", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(read(memFile), String(1 << 30))
        XCTAssertEqual(read(pidsFile), "20")

        // containerd's shim: the whole LinuxResources on stdin, zeros meaning "unchanged".
        let json = #"{"memory":{"limit":73400320,"reservation":0,"swap":0},"cpu":{"shares":512,"quota":0,"period":0,"cpus":"","mems":""},"pids":{"limit":42}}"#
        r = swunc(["update", "--resources", "-", id], stdin: json)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(read(memFile), "73400320")
        XCTAssertEqual(read(pidsFile), "42")
        if Self.pureV2 {
            XCTAssertEqual(read(cgroupFile(cgroup, controller: "cpu", v1: "", v2: "cpu.weight")), "20")  // 1 + (512-2)*9999/262142
        } else {
            XCTAssertEqual(read(cgroupFile(cgroup, controller: "cpu", v1: "cpu.shares", v2: "")), "512")
        }
        // A file, with a flag overriding one of its values.
        let file = workDir + "/resources.json"
        try #"{"memory":{"limit":83886080},"pids":{"limit":50}}"#.write(toFile: file, atomically: true, encoding: .utf8)
        r = swunc(["update", "--resources", file, "--pids-limit", "7", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(read(memFile), "83886080")
        XCTAssertEqual(read(pidsFile), "7")

        r = swunc(["update", "--memory", "-1", "--pids-limit", "-1", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(["max", "9223372036854771712"].contains(read(memFile)), read(memFile))
        XCTAssertEqual(read(pidsFile), "max")

        if !Self.pureV2 {
            XCTAssertEqual(read(devicesFile), devicesBefore, "an update without device rules leaves the devices cgroup alone")
        }

        // Errors name the flag or field.
        r = swunc(["update", "--memory", "12abc", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("--memory"), r.stderr)
        r = swunc(["update", "--cpu-period", "-5", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("--cpu-period"), r.stderr)
        r = swunc(["update", "--resources", "-", id], stdin: #"{"memory":{"limit":"lots"}}"#)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("memory.limit"), r.stderr)
        r = swunc(["update", "--cpuset-cpus", "0-9999", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("linux.resources.cpu.cpus"), r.stderr)

        XCTAssertEqual(swunc(["kill", id, "KILL"]).status, 0)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        r = swunc(["update", "--memory", "100M", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("stopped"), r.stderr)
    }

    // MARK: events / ps

    func testEventsStatsReportsUsage() throws {
        let (b, _) = try bundle(["sh", "-c", "sleep 600 & sleep 601; true"]) { _, r in
            r["pids"] = ["limit": 64]
        }
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", b, id]).status, 0)
        let data = try statsEvent(id)
        let memory = try XCTUnwrap(data["memory"] as? [String: Any])
        let usage = try XCTUnwrap(memory["usage"] as? [String: Any])
        XCTAssertGreaterThan(usage["usage"] as? Int ?? 0, 0, "\(memory)")
        XCTAssertNotNil(usage["limit"], "runc always prints limit")
        XCTAssertNotNil(usage["failcnt"])
        let pids = try XCTUnwrap(data["pids"] as? [String: Any])
        XCTAssertEqual(pids["current"] as? Int, 3, "sh and two sleeps: \(pids)")
        XCTAssertEqual(pids["limit"] as? Int, 64)
        let cpu = try XCTUnwrap(data["cpu"] as? [String: Any])
        XCTAssertNotNil((cpu["usage"] as? [String: Any])?["kernel"], "\(cpu)")
        XCTAssertNotNil(data["blkio"] as? [String: Any])
        XCTAssertNotNil(data["hugetlb"] as? [String: Any])

        var r = swunc(["events", "--interval", "nonsense", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("--interval"), r.stderr)
        XCTAssertEqual(swunc(["kill", id, "KILL"]).status, 0)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        r = swunc(["events", "--stats", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("not running"), r.stderr)
    }

    func testPsListsContainerProcesses() throws {
        let (b, _) = try bundle(["sh", "-c", "sleep 600 & sleep 601; true"])
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", b, id]).status, 0)
        let initPid = try XCTUnwrap(state(id)?["pid"] as? Int)

        var r = swunc(["ps", "--format", "json", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        let pids = try XCTUnwrap((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [Int], r.stdout)
        XCTAssertTrue(pids.contains(initPid), "\(pids) lacks init \(initPid)")
        XCTAssertEqual(pids.count, 3, "sh and two sleeps: \(pids)")
        for p in pids {
            let cmd = (try? String(contentsOfFile: "/proc/\(p)/cmdline")) ?? ""
            XCTAssertTrue(cmd.hasPrefix("sh") || cmd.hasPrefix("sleep"), "pid \(p) is \(cmd)")
        }

        r = swunc(["ps", id])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertTrue(lines.first?.contains("PID") == true, r.stdout)
        XCTAssertEqual(lines.count, 4, "header + 3 processes:\n\(r.stdout)")
        XCTAssertTrue(r.stdout.contains("sleep 601"), r.stdout)
        XCTAssertTrue(lines.dropFirst().contains { $0.split(separator: " ").dropFirst().first.map(String.init) == String(initPid) }, r.stdout)

        // ps options after the id go to ps.
        r = swunc(["ps", id, "-o", "pid,args"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 4, r.stdout)
        XCTAssertTrue(r.stdout.split(separator: "\n").dropFirst().allSatisfy { l in pids.contains(Int(l.split(separator: " ")[0]) ?? -1) }, r.stdout)

        r = swunc(["ps", "--format", "xml", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("format"), r.stderr)

        XCTAssertEqual(swunc(["kill", id, "KILL"]).status, 0)
        XCTAssertTrue(waitForStatus(id, "stopped"))
        r = swunc(["ps", "--format", "json", id])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("not running"), r.stderr)
        r = swunc(["ps", "no-such-container"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("does not exist"), r.stderr)
    }
}

import Glibc

/// The filesystem cgroup driver for all three layouts.
///
/// - v1: one directory per mounted hierarchy (including `name=systemd`).
/// - v2: one directory in the unified mount; resources use the v2 files with
///   the runtime-spec conversions.
/// - hybrid: v1 for every controller bound to a v1 hierarchy; the same path is
///   also created and joined in the cgroup2 mount (as runc does) and used for
///   controllers that exist only there (e.g. hugetlb).
final class FsCgroupManager: CgroupManager {
    let path: String
    let layout: CgroupLayout
    /// v1 hierarchies and this cgroup's directory in each.
    let v1: [(hierarchy: V1Hierarchy, dir: String)]
    /// This cgroup's directory in the cgroup2 mount.
    let unifiedDir: String?
    let unifiedMount: String?

    init(path: String, mounts: CgroupMounts, own: ProcCgroup?) {
        self.path = path
        self.layout = mounts.layout
        func cg(_ ownPath: String?) -> String {
            own == nil ? joinPath(path) : CgroupPath.resolve(path, default: path, own: ownPath)
        }
        v1 = mounts.hierarchies.map { h in
            let ownPath = h.controllers.lazy.compactMap { own?.v1[$0] }.first
            return (h, CgroupPath.directory(mountPoint: h.mountPoint, mountRoot: h.root, cgroup: cg(ownPath)))
        }
        if let u = mounts.unified {
            unifiedMount = u
            unifiedDir = CgroupPath.directory(mountPoint: u, mountRoot: mounts.unifiedRoot, cgroup: cg(own?.unified))
        } else {
            unifiedMount = nil
            unifiedDir = nil
        }
    }

    // MARK: directories

    /// This cgroup's directory in the v1 hierarchy carrying `controller`.
    func v1Dir(_ controller: String) -> String? {
        v1.first { $0.hierarchy.controllers.contains(controller) }?.dir
    }

    /// Every directory this cgroup owns (v1 hierarchies, then unified).
    var allDirs: [String] {
        var d = v1.map { $0.dir }
        if let u = unifiedDir { d.append(u) }
        return d
    }

    /// Controllers the unified mount offers (root cgroup.controllers).
    var unifiedControllers: [String] {
        guard let m = unifiedMount,
              let s = try? FileIO.read(m + "/cgroup.controllers") else { return [] }
        return s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// Controllers this manager drives through v2 files: all of them on pure
    /// v2; on hybrid only those not bound to a v1 hierarchy.
    var v2OnlyControllers: [String] {
        let bound = Set(v1.flatMap { $0.hierarchy.controllers })
        return unifiedControllers.filter { !bound.contains($0) }
    }

    /// The directory whose cgroup.procs lists the cgroup's processes.
    var primaryDir: String? {
        if layout == .v2 { return unifiedDir }
        return v1Dir("pids") ?? v1Dir("freezer") ?? v1Dir("memory") ?? v1.first?.dir ?? unifiedDir
    }

    // MARK: create / join

    func create() throws {
        for (h, dir) in v1 {
            if h.controllers.contains("cpuset") {
                try createCpuset(dir, mountPoint: h.mountPoint)
            } else {
                try FileIO.mkdirAll(dir)
            }
        }
        if let u = unifiedDir, let m = unifiedMount {
            try FileIO.mkdirAll(u)
            enableSubtreeControllers(from: m, to: u, wanted: v2OnlyControllers)
        }
    }

    /// v1 cpuset: a new cgroup starts with empty cpuset.cpus/mems, and joining
    /// it then fails with ENOSPC. Create each level from the mount down and
    /// copy the parent's values into any level that is still empty.
    private func createCpuset(_ dir: String, mountPoint: String) throws {
        let mount = joinPath(mountPoint)
        guard dir.hasPrefix(mount) else { return try FileIO.mkdirAll(dir) }
        var current = mount
        for comp in dir.dropFirst(mount.count).split(separator: "/") {
            let parent = current
            current += "/" + comp
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw CgroupError.sys(current, "mkdir", errno) }
            for file in ["cpuset.cpus", "cpuset.mems"] {
                let mine = (try? FileIO.readTrimmed(current + "/" + file)) ?? ""
                if mine.isEmpty {
                    let theirs = try FileIO.readTrimmed(parent + "/" + file)
                    try FileIO.write(current + "/" + file, theirs)
                }
            }
        }
    }

    /// v2: a controller's files appear in a cgroup only if every ancestor
    /// enables it in cgroup.subtree_control. Enable one by one so that one
    /// refusal (e.g. EBUSY under the no-internal-process rule) does not block
    /// the others; apply() reports the missing files later, naming the field.
    private func enableSubtreeControllers(from mount: String, to dir: String, wanted: [String]) {
        if wanted.isEmpty { return }
        let m = joinPath(mount)
        guard dir.hasPrefix(m), dir != m else { return }
        var ancestors = [m]
        var cur = m
        let comps = dir.dropFirst(m.count).split(separator: "/")
        for c in comps.dropLast() { cur += "/" + c; ancestors.append(cur) }
        for a in ancestors {
            let enabled = Set(((try? FileIO.read(a + "/cgroup.subtree_control")) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            let offered = Set(((try? FileIO.read(a + "/cgroup.controllers")) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            for c in wanted where !enabled.contains(c) && offered.contains(c) {
                try? FileIO.write(a + "/cgroup.subtree_control", "+" + c)
            }
        }
    }

    func addProcess(_ pid: Int32) throws {
        for dir in allDirs {
            try FileIO.write(dir + "/cgroup.procs", String(pid))
        }
    }

    // MARK: processes

    func pids() throws -> [Int32] {
        guard let dir = primaryDir else { return [] }
        var out: [Int32] = []
        try collectPids(dir, into: &out)
        return out
    }

    private func collectPids(_ dir: String, into out: inout [Int32]) throws {
        let text: String
        do { text = try FileIO.read(dir + "/cgroup.procs") } catch let e as CgroupError where e.errno == ENOENT || e.errno == ENODEV {
            return  // the cgroup (or a child) is already gone
        }
        for l in text.split(separator: "\n") { if let p = Int32(l) { out.append(p) } }
        for sub in FileIO.subdirectories(dir) { try collectPids(dir + "/" + sub, into: &out) }
    }

    func killAll(signal sig: Int32) throws {
        let wasFrozen = (try? isFrozen()) ?? false
        // cgroup.kill (v2, Linux >= 5.14) kills the whole subtree atomically,
        // even while frozen, and cannot race with forks; it only does SIGKILL.
        if sig == SIGKILL, let u = unifiedDir, layout == .v2, FileIO.exists(u + "/cgroup.kill") {
            try FileIO.write(u + "/cgroup.kill", "1")
        } else {
            for p in try pids() where Glibc.kill(p, sig) != 0 && errno != ESRCH {
                throw CgroupError.sys("pid \(p)", "kill(\(sig))", errno)
            }
        }
        // Frozen tasks only act on pending signals once thawed.
        if wasFrozen { try thaw() }
    }

    func destroy() throws {
        let deadline = FileIO.nowMillis() + 10_000
        var remaining = (try? pids()) ?? []
        if !remaining.isEmpty {
            try? killAll(signal: SIGKILL)
            // Death after SIGKILL is asynchronous: poll until the cgroup empties.
            while !remaining.isEmpty && FileIO.nowMillis() < deadline {
                FileIO.pause(micros: 1000)
                remaining = (try? pids()) ?? []
                if !remaining.isEmpty { for p in remaining { _ = Glibc.kill(p, SIGKILL) } }
            }
        }
        var firstError: CgroupError?
        for dir in allDirs {
            do { try removeTree(dir, deadline: deadline) } catch let e as CgroupError { if firstError == nil { firstError = e } }
        }
        if let e = firstError { throw e }
    }

    /// rmdir children first, then `dir`. EBUSY (a task is still exiting) is
    /// retried until the deadline; ENOENT means already gone.
    private func removeTree(_ dir: String, deadline: Int) throws {
        for sub in FileIO.subdirectories(dir) { try removeTree(dir + "/" + sub, deadline: deadline) }
        while rmdir(dir) != 0 {
            let err = errno
            if err == ENOENT { return }
            if err == EBUSY && FileIO.nowMillis() < deadline { FileIO.pause(micros: 1000); continue }
            throw CgroupError.sys(dir, "rmdir", err)
        }
    }
}

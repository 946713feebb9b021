import Glibc
import CBootstrap
import Cgroups
import LinuxKit
import OCISpec

public struct ExecOptions {
    /// --process FILE: a runtime-spec process JSON; otherwise built from args.
    public var processFile: String?
    public var args: [String] = []
    public var tty = false
    public var consoleSocket: String?
    public var cwd: String?
    public var env: [String] = []
    public var user: String?
    public var additionalGids: [UInt32] = []
    public var caps: [String] = []
    public var noNewPrivs = false
    public var apparmor: String?
    public var processLabel: String?
    public var detach = false
    public var pidFile: String?
    public var preserveFds: Int32 = 0
    public var ignorePaused = false
    public init() {}
}

extension Runtime {
    /// `exec`: a new process in every namespace and the cgroup of a running
    /// container, set up from the container's process defaults plus the
    /// options. In the foreground, returns its exit status.
    public func exec(id: String, options: ExecOptions) throws -> Int32 {
        let record = try store.load(id: id)
        let dir = store.directory(of: id)
        let status = record.liveStatus(directory: dir)
        switch status {
        case .running, .created: break
        case .paused:
            if !options.ignorePaused { throw SwuncError("cannot exec in container \"\(id)\": it is paused (resume it, or pass --ignore-paused)") }
        case .stopped, .creating:
            throw SwuncError("cannot exec in container \"\(id)\": it is \(status.rawValue)")
        }
        let configBytes = try FileIO.readOrThrow(dir + "/" + Self.configCopyName)
        var spec = try JSON.decode(Spec.self, from: configBytes)
        spec.process = try execProcess(base: spec.process, options: options)
        try validate(spec, bundlePath: record.bundle, requireProcess: true)

        // Every namespace of the container, through its init's /proc entries.
        var plan = NamespacePlan()
        for ns in spec.linux?.namespaces ?? [] {
            guard let flag = NamespacePlan.flagsByName[ns.type], let proc = NamespaceType.procFile[ns.type] else { continue }
            plan.joins.append((flag, "/proc/\(record.pid)/ns/\(proc)"))
        }
        // Re-check after building the plan: the init must still be ours.
        guard ProcFS.isAlive(pid: record.pid, startTime: record.initStartTime) else {
            throw SwuncError("cannot exec in container \"\(id)\": it is stopped")
        }
        _ = swunc_close_range_cloexec_from(UInt32(3 + max(0, options.preserveFds)))

        var ownConsole: [Int32]? = nil
        var consoleFd: Int32? = nil
        if options.tty || spec.process?.terminal == true {
            if let path = options.consoleSocket {
                consoleFd = try check(swunc_unix_connect(path), "--console-socket \(path): connect")
            } else if !options.detach {
                var pair: [Int32] = [-1, -1]
                _ = try check(swunc_socketpair_stream(&pair), "socketpair for the console")
                ownConsole = pair
                consoleFd = pair[1]
            } else {
                throw SwuncError("exec --tty --detach needs --console-socket")
            }
        }
        let undo = Undo()
        do {
            let cgroup = record.cgroupPath.isEmpty ? nil : try ContainerCgroup(recordedPath: record.cgroupPath)
            let child = try Bootstrap.start(plan: plan, uidMappings: [], gidMappings: [], cgroup: cgroup,
                                            inherit: consoleFd.map { [$0] } ?? [], undo: undo)
            let request = InitRequest(kind: .exec, id: id, bundle: record.bundle, rootfs: record.rootfs, fifoFd: nil,
                                      consoleSocketFd: consoleFd, preserveFds: options.preserveFds, noPivot: false,
                                      noNewKeyring: true, cgroupPath: record.cgroupPath, hostPid: child.pid,
                                      userNamespace: (spec.linux?.namespaces ?? []).contains { $0.type == "user" }, detach: options.detach)
            try child.socket.send(.initConfig, try request.frame(config: try JSON.encode(spec)))
            var msg: (type: UInt32, payload: [UInt8])
            repeat {
                do { msg = try child.socket.receive() } catch is SyncClosed {
                    throw SwuncError("the exec process died before it was ready")
                }
                if msg.type == swunc_sync_type.seccompFd.rawValue {
                    try SeccompListener.forward(from: child.socket, seccomp: spec.linux?.seccomp, state: ContainerState(
                        ociVersion: spec.ociVersion, id: id, status: "running", pid: child.pid, bundle: record.bundle, annotations: record.annotations))
                }
            } while msg.type == swunc_sync_type.seccompFd.rawValue
            if msg.type == swunc_sync_type.error.rawValue { throw SwuncError(String(decoding: msg.payload, as: UTF8.self)) }
            guard msg.type == swunc_sync_type.ready.rawValue else { throw SwuncError("exec: unexpected message \(msg.type)") }
            child.socket.close()
            if let c = consoleFd { close(c) }
            if let pf = options.pidFile { try PidFile.write(pf, pid: child.pid) }
            if options.detach { return 0 }
            var master: Int32 = -1
            if let pair = ownConsole {
                master = swunc_recv_fd(pair[0])
                close(pair[0])
            }
            let st = master >= 0 ? swunc_proxy_pty_and_wait(master, child.pid) : swunc_wait_forwarding_signals(child.pid)
            if master >= 0 { close(master) }
            return st < 0 ? 1 : WaitStatus(st).shellCode
        } catch {
            undo.run()
            throw error
        }
    }

    /// The exec process: --process JSON, or the container's process with
    /// args, env, cwd, user and capabilities overridden by the flags.
    func execProcess(base: Process?, options: ExecOptions) throws -> Process {
        if let file = options.processFile {
            let bytes = try FileIO.readOrThrow(file)
            do { return try JSON.decode(Process.self, from: bytes) } catch {
                throw SwuncError("--process \(file): \(describe(error))")
            }
        }
        guard !options.args.isEmpty else { throw SwuncError("exec: no command given (usage: swunc exec ID COMMAND [ARGS...])") }
        var p = base ?? Process()
        p.args = options.args
        p.terminal = options.tty
        p.consoleSize = nil
        p.env = mergeEnv(p.env ?? [], options.env)
        if let cwd = options.cwd { p.cwd = cwd }
        if let u = options.user {
            let parts = u.split(separator: ":", maxSplits: 1)
            guard let uid = UInt32(parts[0]) else { throw SwuncError("--user \"\(u)\": expected UID[:GID] as numbers") }
            p.user.uid = uid
            if parts.count == 2 {
                guard let gid = UInt32(parts[1]) else { throw SwuncError("--user \"\(u)\": expected UID[:GID] as numbers") }
                p.user.gid = gid
            }
        }
        if !options.additionalGids.isEmpty { p.user.additionalGids = options.additionalGids }
        if options.noNewPrivs { p.noNewPrivileges = true }
        if let a = options.apparmor { p.apparmorProfile = a }
        if let l = options.processLabel { p.selinuxLabel = l }
        if !options.caps.isEmpty {
            var caps = p.capabilities ?? LinuxCapabilities()
            for c in options.caps {
                caps.bounding = (caps.bounding ?? []) + [c]
                caps.effective = (caps.effective ?? []) + [c]
                caps.permitted = (caps.permitted ?? []) + [c]
                // Ambient needs the cap in the inheritable set, which --cap
                // does not grant (CVE-2022-29162): only add it where the
                // spec already asked for inheritable caps.
                if caps.inheritable?.isEmpty == false { caps.ambient = (caps.ambient ?? []) + [c] }
            }
            p.capabilities = caps
        }
        return p
    }

    func mergeEnv(_ base: [String], _ extra: [String]) -> [String] {
        var out = base
        for e in extra {
            let key = e.split(separator: "=", maxSplits: 1).first.map(String.init) ?? e
            out.removeAll { $0.hasPrefix(key + "=") }
            out.append(e)
        }
        return out
    }
}

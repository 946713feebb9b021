import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// The container's init, in Swift, after the C bootstrap has put it in its
/// namespaces (stage-2). It builds the container's view of the world,
/// reports "ready" to the parent, blocks on the exec fifo until `start`, and
/// then execs the user's process.
public enum ContainerInit {
    public static func main(syncFd: Int32) -> Never {
        let sync = SyncSocket(fd: syncFd)
        var request: InitRequest?
        do {
            let (type, payload) = try sync.receive()
            guard type == swunc_sync_type.initConfig.rawValue else { throw SwuncError("init: unexpected message \(type)") }
            let (req, configBytes) = try InitRequest.parse(frame: payload)
            request = req
            let spec = try JSON.decode(Spec.self, from: configBytes)
            switch req.kind {
            case .initProcess: try runInit(req, spec, sync)
            case .exec: try ExecProcess.run(req, spec, sync)
            }
        } catch is SyncClosed {
            _exit(1)
        } catch {
            let msg = describe(error)
            if (try? sync.send(.error, Array(msg.utf8))) == nil || request == nil {
                printError("swunc init: " + msg)
            }
            _exit(1)
        }
        _exit(1)
    }

    static func runInit(_ req: InitRequest, _ spec: Spec, _ sync: SyncSocket) throws -> Never {
        guard let process = spec.process else { throw SwuncError("process: missing") }
        let linux = spec.linux
        let namespaces = linux?.namespaces ?? []
        func has(_ t: String) -> Bool { namespaces.contains { $0.type == t } }
        func isNew(_ t: String) -> Bool { namespaces.contains { $0.type == t && ($0.path ?? "").isEmpty } }

        _ = setsid()
        let seccomp = try linux?.seccomp.map { try SeccompFilter($0) }

        // ---- rootfs, before pivot_root
        let propagation = Self.propagationFlag(linux?.rootfsPropagation) ?? (MS.slave | MS.rec)
        _ = try check(swunc_mount(nil, "/", nil, MS.rec | (propagation & (MS.slave | MS.private | MS.shared | MS.unbindable)), nil), "make / \(linux?.rootfsPropagation ?? "rslave")")
        // The rootfs must be a mount point for pivot_root and MS_MOVE.
        _ = try check(swunc_mount(req.rootfs, req.rootfs, nil, MS.bind | MS.rec, nil), "root.path: bind \(req.rootfs)")
        let root = try RootfsPath(rootPath: req.rootfs)
        let mounter = Mounter(root: root, bundle: req.bundle, cgroupPath: req.cgroupPath,
                              hasCgroupNamespace: isNew("cgroup"), inUserNamespace: req.userNamespace,
                              mountLabel: linux?.mountLabel)
        try mounter.mountAll(spec.mounts ?? [])
        let devIsBound = (spec.mounts ?? []).contains { m in
            m.destination == "/dev" && (m.type == "bind" || (m.options ?? []).contains { $0 == "bind" || $0 == "rbind" })
        }
        if !devIsBound {
            try DeviceSetup(root: root, inUserNamespace: req.userNamespace).create(configured: linux?.devices ?? [])
        }
        do { close(try root.open(process.cwd, create: .directory)) } catch {
            throw SwuncError("process.cwd: \(describe(error))")
        }

        // ---- hooks that must see the mounts but run before pivot_root
        let hostState = { (status: String) throws -> [UInt8] in
            try JSON.encode(ContainerState(ociVersion: spec.ociVersion, id: req.id, status: status, pid: req.hostPid,
                                           bundle: req.bundle, annotations: spec.annotations))
        }
        if !(spec.hooks?.prestart ?? []).isEmpty || !(spec.hooks?.createRuntime ?? []).isEmpty {
            try sync.send(.runHooks)
            let (t, p) = try sync.receive()
            if t == swunc_sync_type.error.rawValue { throw SwuncError(String(decoding: p, as: UTF8.self)) }
            guard t == swunc_sync_type.hooksDone.rawValue else { throw SwuncError("init: unexpected message \(t)") }
        }
        try HookRunner.run(spec.hooks?.createContainer, kind: "createContainer", state: try hostState("creating"))

        // ---- switch root
        if req.noPivot { try RootSwitch.moveAndChroot(to: req.rootfs) } else { try RootSwitch.pivot(to: req.rootfs) }
        root.close()
        if let p = linux?.rootfsPropagation, let flag = Self.propagationFlag(p) {
            _ = try check(swunc_mount(nil, "/", nil, flag, nil), "linux.rootfsPropagation: \(p)")
        }

        if process.terminal == true {
            try Console.setup(socketFd: req.consoleSocketFd, size: process.consoleSize)
        }
        if let h = spec.hostname, isNew("uts") || has("uts") { _ = try check(swunc_sethostname(h), "hostname: sethostname(\(h))") }
        if let d = spec.domainname { _ = try check(swunc_setdomainname(d), "domainname: setdomainname(\(d))") }
        try Sysctl.apply(linux?.sysctl ?? [:])
        for (i, p) in (linux?.readonlyPaths ?? []).enumerated() { try PathProtection.makeReadonly(p, index: i) }
        for (i, p) in (linux?.maskedPaths ?? []).enumerated() { try PathProtection.mask(p, index: i) }
        if spec.root?.readonly == true { try PathProtection.readonlyRoot() }

        // ---- the process
        var env = process.env ?? []
        if let n = req.listenFds, n > 0 {
            env.removeAll { $0.hasPrefix("LISTEN_FDS=") || $0.hasPrefix("LISTEN_PID=") }
            env += ["LISTEN_FDS=\(n)", "LISTEN_PID=1"]
        }
        let args = process.args ?? []
        var setup = ProcessSetup(process: process, userNamespace: req.userNamespace, noNewKeyring: req.noNewKeyring)
        setup.seccomp = seccomp
        setup.sync = sync
        try setup.applyBeforeUserSwitch()
        try setup.switchUserAndCapabilities()
        _ = try checkErrno("process.cwd: chdir \(process.cwd)") { chdir(process.cwd) }
        let executable = try ExecutableLookup.resolve(args[0], env: env)

        // ---- ready; wait for start
        _ = swunc_prctl(1 /* PR_SET_PDEATHSIG */, 0, 0, 0, 0)
        try sync.send(.ready)
        sync.close()
        guard let fifoFd = req.fifoFd else { throw SwuncError("init: no exec fifo") }
        let fifo = open("/proc/self/fd/\(fifoFd)", O_WRONLY | O_CLOEXEC)
        if fifo < 0 {
            printError("swunc init: opening the exec fifo through /proc/self/fd (does the container mount /proc?): \(errnoText(errno))")
            _exit(1)
        }
        _ = FileIO.writeAll(fd: fifo, [UInt8(ascii: "0")])
        close(fifo)
        close(fifoFd)

        do {
            try HookRunner.run(spec.hooks?.startContainer, kind: "startContainer", state: try hostState("running"))
        } catch {
            printError("swunc init: \(describe(error))")
            _exit(1)
        }
        setup.execute(executable: executable, args: args, env: env, preserveFds: req.preserveFds)
    }

    static func propagationFlag(_ name: String?) -> UInt? {
        switch name ?? "" {
        case "shared": return MS.shared
        case "rshared": return MS.shared | MS.rec
        case "slave": return MS.slave
        case "rslave": return MS.slave | MS.rec
        case "private": return MS.private
        case "rprivate": return MS.private | MS.rec
        case "unbindable": return MS.unbindable
        case "runbindable": return MS.unbindable | MS.rec
        default: return nil
        }
    }
}

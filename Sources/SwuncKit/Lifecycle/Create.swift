import Glibc
import CBootstrap
import LinuxKit
import OCISpec

public struct CreateOptions {
    public var bundle: String = "."
    public var pidFile: String?
    public var consoleSocket: String?
    public var preserveFds: Int32 = 0
    public var noPivot = false
    public var noNewKeyring = false
    public init() {}
}

/// A container that `create` left waiting on its exec fifo.
public struct CreatedContainer {
    public let pid: Int32
    public let record: ContainerRecord
}

extension Runtime {
    static let configCopyName = "config.json"

    /// `create`: everything up to the point where only execve is left.
    /// Either the container exists afterwards in state "created", or nothing
    /// is left behind: no state directory, cgroup, mount or process.
    public func create(id: String, options: CreateOptions, consoleSocketFd: Int32? = nil) throws -> CreatedContainer {
        try ContainerID.validate(id)
        let bundle = try Bundle.load(path: options.bundle)
        let spec = bundle.spec
        let undo = Undo()
        do {
            let dir = try store.createDirectory(id: id)
            undo.add { dir.remove() }
            return try createLocked(dir: dir, id: id, bundle: bundle, spec: spec, options: options, consoleSocketFd: consoleSocketFd, undo: undo)
        } catch {
            undo.run()
            throw error
        }
    }

    private func createLocked(dir: LockedContainer, id: String, bundle: Bundle, spec: Spec, options: CreateOptions,
                              consoleSocketFd: Int32?, undo: Undo) throws -> CreatedContainer {
        let linux = spec.linux
        let created = Clock.rfc3339Now()
        var record = ContainerRecord(ociVersion: spec.ociVersion, id: id, status: ContainerStatus.creating.rawValue, pid: 0,
                                     bundle: bundle.path, rootfs: bundle.rootfs, annotations: spec.annotations, created: created,
                                     initStartTime: 0, cgroupPath: "", poststart: spec.hooks?.poststart, poststop: spec.hooks?.poststop,
                                     startContainerDone: nil, owner: nil, namespaces: (linux?.namespaces ?? []).map { $0.type })
        try dir.save(record)
        // exec needs the container's process defaults, seccomp profile and
        // namespaces later; the bundle may have changed by then.
        try FileIO.write(dir.directory + "/" + Self.configCopyName, bundle.configBytes, mode: 0o600)

        // Socket activation (systemd's LISTEN_FDS) passes through like runc:
        // those fds are kept and the container is told about them.
        var preserveFds = max(0, options.preserveFds)
        var listenFds: Int32 = 0
        if let v = getenv("LISTEN_FDS"), let n = Int32(String(cString: v)), n > 0 {
            listenFds = n
            preserveFds += n
        }
        // fds >= 3 beyond --preserve-fds must not reach the container.
        _ = swunc_close_range_cloexec_from(UInt32(3 + preserveFds))

        let fifoFd = try ExecFifo.create(directory: dir.directory)
        defer { close(fifoFd) }

        let cgroup = try ContainerCgroup(spec: spec, id: id)
        record.cgroupPath = cgroup.path
        // Registered first: a resource that fails to apply must still
        // take the directories it made with it.
        undo.add { cgroup.destroy() }
        try cgroup.create()

        var consoleFd: Int32? = consoleSocketFd
        if consoleFd == nil, let path = options.consoleSocket {
            consoleFd = try check(swunc_unix_connect(path), "--console-socket \(path): connect")
        }
        defer { if let c = consoleFd, consoleSocketFd == nil { close(c) } }
        if spec.process?.terminal == true && consoleFd == nil {
            throw SwuncError("process.terminal is true but no --console-socket was given (runc and crun need one too; or set terminal to false)")
        }

        let plan = NamespacePlan(namespaces: linux?.namespaces ?? [], timeOffsets: linux?.timeOffsets)
        var inherit = [fifoFd]
        if let c = consoleFd { inherit.append(c) }
        let child = try Bootstrap.start(plan: plan, uidMappings: linux?.uidMappings ?? [], gidMappings: linux?.gidMappings ?? [],
                                        cgroup: cgroup, inherit: inherit, undo: undo)
        let request = InitRequest(kind: .initProcess, id: id, bundle: bundle.path, rootfs: bundle.rootfs, fifoFd: fifoFd,
                                  consoleSocketFd: consoleFd, preserveFds: preserveFds, noPivot: options.noPivot,
                                  noNewKeyring: options.noNewKeyring, cgroupPath: cgroup.path, hostPid: child.pid,
                                  userNamespace: plan.createsUserNamespace, detach: nil, listenFds: listenFds)
        try child.socket.send(.initConfig, try request.frame(config: bundle.configBytes))

        record.pid = child.pid
        record.initStartTime = ProcFS.startTime(pid: child.pid) ?? 0
        let state = { (status: String) throws -> [UInt8] in
            try JSON.encode(ContainerState(ociVersion: spec.ociVersion, id: id, status: status, pid: child.pid,
                                           bundle: bundle.path, annotations: spec.annotations))
        }
        // Conversation with the init until it is ready.
        while true {
            let msg: (type: UInt32, payload: [UInt8])
            do { msg = try child.socket.receive() } catch is SyncClosed {
                throw SwuncError("container init exited during create without reporting an error")
            }
            switch msg.type {
            case swunc_sync_type.runHooks.rawValue:
                do {
                    let s = try state("creating")
                    try HookRunner.run(spec.hooks?.prestart, kind: "prestart", state: s)
                    try HookRunner.run(spec.hooks?.createRuntime, kind: "createRuntime", state: s)
                } catch {
                    try? child.socket.send(.error, Array(describe(error).utf8))
                    throw error
                }
                try child.socket.send(.hooksDone)
            case swunc_sync_type.seccompFd.rawValue:
                try SeccompListener.forward(from: child.socket, seccomp: linux?.seccomp, state: ContainerState(
                    ociVersion: spec.ociVersion, id: id, status: "creating", pid: child.pid, bundle: bundle.path, annotations: spec.annotations))
            case swunc_sync_type.ready.rawValue:
                child.socket.close()
                record.status = ContainerStatus.created.rawValue
                try dir.save(record)
                if let pf = options.pidFile { try PidFile.write(pf, pid: child.pid) }
                return CreatedContainer(pid: child.pid, record: record)
            case swunc_sync_type.error.rawValue:
                throw SwuncError(String(decoding: msg.payload, as: UTF8.self))
            default:
                throw SwuncError("create: unexpected message \(msg.type) from the container init")
            }
        }
    }
}

/// Actions to take back if create fails, run in reverse order.
final class Undo {
    private var actions: [() -> Void] = []
    func add(_ action: @escaping () -> Void) { actions.append(action) }
    func run() {
        for a in actions.reversed() { a() }
        actions.removeAll()
    }
}

/// --pid-file: written atomically (containerd reads it as soon as create returns).
enum PidFile {
    static func write(_ path: String, pid: Int32) throws {
        try FileIO.writeAtomic(path, Array(String(pid).utf8), mode: 0o644)
    }
}

/// <state dir>/exec.fifo: the init blocks opening it for writing until
/// `start` opens it for reading. Its existence also marks "created".
enum ExecFifo {
    static let name = "exec.fifo"

    /// Creates the fifo and returns an SWUNC_O_PATH fd to it that survives the
    /// re-exec (no CLOEXEC); the init reopens it through /proc/self/fd.
    static func create(directory: String) throws -> Int32 {
        let path = directory + "/" + name
        _ = try checkErrno("mkfifo \(path)") { mkfifo(path, 0o622) }
        // Exactly 0622 whatever the umask: the init may already run as a
        // non-root user (or an unmapped uid) when it opens the fifo.
        _ = try checkErrno("chmod \(path)") { chmod(path, 0o622) }
        return try checkErrno("open \(path)") { open(path, SWUNC_O_PATH) }
    }
}

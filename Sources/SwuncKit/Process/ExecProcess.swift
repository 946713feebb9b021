import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// `swunc exec`: a new process inside a running container. The bootstrap has
/// already joined every namespace of the container; here the process takes
/// the container's root and cwd and is set up like the init's process.
enum ExecProcess {
    static func run(_ req: InitRequest, _ spec: Spec, _ sync: SyncSocket) throws -> Never {
        guard let process = spec.process else { throw SwuncError("process: missing") }
        _ = setsid()
        if process.terminal == true {
            try Console.setup(socketFd: req.consoleSocketFd, size: process.consoleSize)
        }
        var setup = ProcessSetup(process: process, userNamespace: req.userNamespace, noNewKeyring: true)
        setup.seccomp = try spec.linux?.seccomp.map { try SeccompFilter($0) }
        setup.sync = sync
        try setup.applyBeforeUserSwitch()
        try setup.switchUserAndCapabilities()
        _ = try checkErrno("process.cwd: chdir \(process.cwd)") { chdir(process.cwd) }
        let args = process.args ?? []
        let env = process.env ?? []
        let executable = try ExecutableLookup.resolve(args[0], env: env)
        _ = swunc_prctl(1 /* PR_SET_PDEATHSIG */, 0, 0, 0, 0)
        try sync.send(.ready)
        sync.close()
        setup.execute(executable: executable, args: args, env: env, preserveFds: req.preserveFds)
    }
}

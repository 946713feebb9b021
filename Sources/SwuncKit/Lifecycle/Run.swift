import Glibc
import CBootstrap
import LinuxKit
import OCISpec

public struct RunOptions {
    public var create = CreateOptions()
    public var detach = false
    public var keep = false
    public init() {}
}

extension Runtime {
    /// `run`: create + start; in the foreground, wait for the container and
    /// return its exit status (or 128 + signal), then delete it unless --keep.
    /// With `terminal: true` and no --console-socket, swunc holds the pty and
    /// copies it to its own stdio.
    public func run(id: String, options: RunOptions) throws -> Int32 {
        var ownConsole: [Int32]? = nil
        var consoleFd: Int32? = nil
        if !options.detach && options.create.consoleSocket == nil {
            let bundle = try Bundle.load(path: options.create.bundle)
            if bundle.spec.process?.terminal == true {
                var pair: [Int32] = [-1, -1]
                _ = try check(swunc_socketpair_stream(&pair), "socketpair for the console")
                ownConsole = pair
                consoleFd = pair[1]
            }
        }
        let created = try create(id: id, options: options.create, consoleSocketFd: consoleFd)
        var master: Int32 = -1
        if let pair = ownConsole {
            close(pair[1])
            master = swunc_recv_fd(pair[0])
            close(pair[0])
        }
        do {
            try start(id: id)
        } catch {
            try? delete(id: id, force: true)
            throw error
        }
        if options.detach { return 0 }
        let status = master >= 0 ? swunc_proxy_pty_and_wait(master, created.pid) : swunc_wait_forwarding_signals(created.pid)
        if master >= 0 { close(master) }
        let code: Int32 = status < 0 ? 1 : WaitStatus(status).shellCode
        if !options.keep {
            do { try delete(id: id, force: true) } catch {
                printError("swunc: delete \(id): \(describe(error))")
            }
        }
        return code
    }
}

import CBootstrap
import OCISpec
/// Everything the container init needs besides config.json, sent by the
/// parent after the bootstrap as one frame: [u32 header length][header JSON]
/// [config.json bytes]. The config travels as the parent read it, so a bundle
/// edited mid-create cannot make parent and init disagree.
struct InitRequest: Codable {
    enum Kind: String, Codable { case initProcess = "init", exec }
    var kind: Kind
    var id: String
    var bundle: String
    var rootfs: String
    /// fd (inherited across the re-exec) of the exec fifo opened SWUNC_O_PATH.
    var fifoFd: Int32?
    /// fd of the connected --console-socket, if any.
    var consoleSocketFd: Int32?
    /// Number of fds after stdio kept open for the process (--preserve-fds).
    var preserveFds: Int32
    var noPivot: Bool
    var noNewKeyring: Bool
    /// Cgroup path, for the cgroup mount inside the container.
    var cgroupPath: String
    /// The new process's pid as the runtime sees it (hooks' state.pid).
    var hostPid: Int32
    /// Whether the container got a new user namespace (mknod is refused there).
    var userNamespace: Bool
    var detach: Bool?
    /// LISTEN_FDS the runtime was started with (kept open, announced in env).
    var listenFds: Int32? = nil
}

extension InitRequest {
    func frame(config: [UInt8]) throws -> [UInt8] {
        let header = try JSON.encode(self)
        var out: [UInt8] = []
        out.appendU32(UInt32(header.count))
        out.append(contentsOf: header)
        out.append(contentsOf: config)
        return out
    }

    static func parse(frame: [UInt8]) throws -> (InitRequest, [UInt8]) {
        guard let n = readU32(frame, at: 0), Int(n) <= frame.count - 4 else {
            throw SwuncError("init: malformed request frame")
        }
        let header = Array(frame[4..<(4 + Int(n))])
        let config = Array(frame[(4 + Int(n))...])
        return (try JSON.decode(InitRequest.self, from: header), config)
    }
}

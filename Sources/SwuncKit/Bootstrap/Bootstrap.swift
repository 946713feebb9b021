import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// The parent's half of the bootstrap: start a sealed copy of swunc with the
/// sync socket, place it in the cgroup, tell it which namespaces to make,
/// write its id maps, and learn the pid of the process that will become the
/// container (stage-2).
enum Bootstrap {
    struct Child {
        let pid: Int32
        let socket: SyncSocket
    }

    static func start(plan: NamespacePlan, uidMappings: [LinuxIDMapping], gidMappings: [LinuxIDMapping],
                      cgroup: ContainerCgroup?, inherit: [Int32], undo: Undo) throws -> Child {
        var pair: [Int32] = [-1, -1]
        _ = try check(swunc_socketpair_stream(&pair), "socketpair")
        let socket = SyncSocket(fd: pair[0])
        undo.add { socket.close() }
        // The child's end and the inherited fds cross the exec: clear CLOEXEC.
        for fd in [pair[1]] + inherit { _ = fcntl(fd, F_SETFD, 0) }

        let exe = try check(swunc_sealed_self_copy(), "copy swunc into a sealed memfd")
        let stage1 = withCStrings(["swunc", "init"]) { argv in
            withCStrings(["\(SWUNC_BOOT_ENV)=\(pair[1])"]) { envp in swunc_spawn_fd(exe, argv, envp) }
        }
        close(exe)
        close(pair[1])
        for fd in inherit { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        _ = try check(stage1, "start the container init")
        undo.add { kill(stage1, SIGKILL); _ = waitForChild(stage1) }

        // In the cgroup before it forks stage-2, so no container process
        // ever runs outside it.
        if let cg = cgroup { try cg.addProcess(stage1) }

        try socket.send(.bootstrap, plan.encode())
        var stage2: Int32 = -1
        while stage2 < 0 {
            let msg: (type: UInt32, payload: [UInt8])
            do { msg = try socket.receive() } catch is SyncClosed {
                throw SwuncError("container bootstrap exited unexpectedly")
            }
            switch msg.type {
            case swunc_sync_type.usermapRequest.rawValue:
                try writeIDMaps(pid: stage1, uid: uidMappings, gid: gidMappings)
                try socket.send(.usermapAck)
            case swunc_sync_type.childPid.rawValue:
                guard msg.payload.count == 4, let v = readU32(msg.payload, at: 0) else { throw SwuncError("bootstrap: bad pid message") }
                stage2 = Int32(bitPattern: v)
            case swunc_sync_type.error.rawValue:
                throw SwuncError(String(decoding: msg.payload, as: UTF8.self))
            default:
                throw SwuncError("bootstrap: unexpected message \(msg.type)")
            }
        }
        _ = waitForChild(stage1)
        let pid = stage2
        undo.add { kill(pid, SIGKILL); _ = waitForChild(pid) }
        return Child(pid: stage2, socket: socket)
    }

    /// /proc/<pid>/uid_map and gid_map. As real root no "setgroups deny" is
    /// needed; gid_map must be written after setgroups would be set.
    static func writeIDMaps(pid: Int32, uid: [LinuxIDMapping], gid: [LinuxIDMapping]) throws {
        func text(_ m: [LinuxIDMapping]) -> String {
            m.map { "\($0.containerID) \($0.hostID) \($0.size)\n" }.joined()
        }
        do { try FileIO.writeKnob("/proc/\(pid)/uid_map", text(uid)) } catch { throw SwuncError("linux.uidMappings: \(describe(error))") }
        do { try FileIO.writeKnob("/proc/\(pid)/gid_map", text(gid)) } catch { throw SwuncError("linux.gidMappings: \(describe(error))") }
    }
}

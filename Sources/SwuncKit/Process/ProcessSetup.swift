import Glibc
import CBootstrap
import LinuxKit
import OCISpec

/// Turns a process spec into the running process: rlimits, oom score,
/// keyring, no_new_privs, user and capabilities, then fd hygiene and execve.
/// Shared by the container init and `exec`.
struct ProcessSetup {
    let process: Process
    let userNamespace: Bool
    let noNewKeyring: Bool
    /// Compiled early so a bad profile fails create; loaded late.
    var seccomp: SeccompFilter? = nil
    /// The parent, which forwards a seccomp notify fd to the agent (the
    /// listener socket lives in the runtime's mount namespace, not ours).
    var sync: SyncSocket? = nil

    var noNewPrivileges: Bool { process.noNewPrivileges == true }

    func applyBeforeUserSwitch() throws {
        if let adj = process.oomScoreAdj {
            try FileIO.writeKnob("/proc/self/oom_score_adj", String(adj))
        }
        try Rlimits.apply(process.rlimits ?? [])
        if !noNewKeyring {
            // A fresh session keyring keeps containers from sharing the
            // host's keys; kernels or seccomp profiles that refuse keyctl are
            // tolerated, as runc does.
            _ = swunc_join_session_keyring(nil)
        }
        if process.noNewPrivileges == true {
            _ = try check(swunc_prctl(38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0), "process.noNewPrivileges")
        }
    }

    /// A notify filter must be loaded while the parent still listens (before
    /// READY); any other filter with no_new_privs waits until just before execve.
    var loadsSeccompLate: Bool { noNewPrivileges && seccomp?.usesNotify != true }

    func switchUserAndCapabilities() throws {
        let caps = try CapabilitySets(process.capabilities)
        // Without no_new_privs the kernel wants CAP_SYS_ADMIN to load a
        // filter, so it goes in before capabilities are dropped.
        if !noNewPrivileges { try loadSeccomp() }
        if process.capabilities != nil { try caps.dropBounding() }
        try Identity.switchUser(process.user, inUserNamespaceWithSetgroupsDenied: false)
        try caps.apply()
        if noNewPrivileges && !loadsSeccompLate { try loadSeccomp() }
    }

    func loadSeccomp() throws {
        guard let filter = seccomp else { return }
        if let fd = try filter.load() {
            defer { close(fd) }
            guard let sync = sync else { throw SwuncError("linux.seccomp: no parent to pass the notify fd to") }
            try sync.send(.seccompFd)
            _ = try check(swunc_send_fd(sync.fd, fd, nil), "linux.seccomp: pass the notify fd to swunc")
        }
    }

    /// Closes every fd above stdio and --preserve-fds (CVE-2024-21626: a
    /// leaked host directory fd let the process escape through its cwd),
    /// checks the cwd is inside the container, and execs.
    func execute(executable: String, args: [String], env: [String], preserveFds: Int32) -> Never {
        // With no_new_privs the filter goes in last, so it constrains as
        // little of swunc's own setup as possible.
        if loadsSeccompLate {
            do { try loadSeccomp() } catch {
                printError("swunc: \(describe(error))")
                _exit(1)
            }
        }
        _ = swunc_close_range_from(UInt32(3 + max(0, preserveFds)))
        var buf = [CChar](repeating: 0, count: 4096)
        if getcwd(&buf, buf.count) == nil {
            printError("swunc: process.cwd: the working directory is outside the container (\(errnoText(errno)))")
            _exit(1)
        }
        let rc = withCStrings(args) { argv in
            withCStrings(env) { envp in swunc_execve(executable, argv, envp) }
        }
        printError("swunc: exec \(executable): \(errnoText(-rc))")
        _exit(127)
    }
}

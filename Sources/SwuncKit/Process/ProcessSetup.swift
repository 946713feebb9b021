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

    func switchUserAndCapabilities() throws {
        let caps = try CapabilitySets(process.capabilities)
        if process.capabilities != nil { try caps.dropBounding() }
        try Identity.switchUser(process.user, inUserNamespaceWithSetgroupsDenied: false)
        try caps.apply()
    }

    /// Closes every fd above stdio and --preserve-fds (CVE-2024-21626: a
    /// leaked host directory fd let the process escape through its cwd),
    /// checks the cwd is inside the container, and execs.
    func execute(executable: String, args: [String], env: [String], preserveFds: Int32) -> Never {
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

import Glibc
import CSeccomp
import CBootstrap
import LinuxKit
import OCISpec

/// linux.seccomp compiled with libseccomp. Built before it is needed (so a
/// bad profile fails create, not start) and loaded as late as the kernel
/// allows: see ProcessSetup for when.
final class SeccompFilter {
    private let ctx: scmp_filter_ctx
    let usesNotify: Bool
    let listenerPath: String?
    let listenerMetadata: String?

    /// Action names -> libseccomp action values (errno for ERRNO/TRACE).
    static func action(_ name: String, errnoRet: UInt32?, field: String) throws -> UInt32 {
        switch name {
        case "SCMP_ACT_KILL", "SCMP_ACT_KILL_THREAD": return 0x0000_0000
        case "SCMP_ACT_KILL_PROCESS": return 0x8000_0000
        case "SCMP_ACT_TRAP": return 0x0003_0000
        case "SCMP_ACT_ERRNO": return 0x0005_0000 | ((errnoRet ?? UInt32(EPERM)) & 0xffff)
        case "SCMP_ACT_TRACE": return 0x7ff0_0000 | ((errnoRet ?? UInt32(EPERM)) & 0xffff)
        case "SCMP_ACT_ALLOW": return 0x7fff_0000
        case "SCMP_ACT_LOG": return 0x7ffc_0000
        case "SCMP_ACT_NOTIFY": return 0x7fc0_0000
        default: throw SwuncError("\(field): unknown seccomp action \"\(name)\"")
        }
    }

    static func compare(_ op: String, field: String) throws -> scmp_compare {
        switch op {
        case "SCMP_CMP_NE": return SCMP_CMP_NE
        case "SCMP_CMP_LT": return SCMP_CMP_LT
        case "SCMP_CMP_LE": return SCMP_CMP_LE
        case "SCMP_CMP_EQ": return SCMP_CMP_EQ
        case "SCMP_CMP_GE": return SCMP_CMP_GE
        case "SCMP_CMP_GT": return SCMP_CMP_GT
        case "SCMP_CMP_MASKED_EQ": return SCMP_CMP_MASKED_EQ
        default: throw SwuncError("\(field): unknown seccomp operator \"\(op)\"")
        }
    }

    /// Flags this libseccomp can set, as runtime-spec names.
    static let supportedFlags = ["SECCOMP_FILTER_FLAG_TSYNC", "SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_SPEC_ALLOW"]

    init(_ s: Seccomp) throws {
        let defaultAction = try Self.action(s.defaultAction, errnoRet: s.defaultErrnoRet, field: "linux.seccomp.defaultAction")
        guard let c = seccomp_init(defaultAction) else { throw SwuncError("linux.seccomp: seccomp_init failed") }
        ctx = c
        listenerPath = s.listenerPath
        listenerMetadata = s.listenerMetadata
        var notify = false
        // ENOSYS for syscalls the kernel lacks, not the default action: a
        // newer libc probing for them then falls back (runc does the same
        // through its own patch-up).
        for (i, arch) in (s.architectures ?? []).enumerated() {
            var name = arch.lowercased()
            if name.hasPrefix("scmp_arch_") { name.removeFirst(10) }
            let token = seccomp_arch_resolve_name(name)
            if token == 0 { throw SwuncError("linux.seccomp.architectures[\(i)]: unknown architecture \"\(arch)\"") }
            let rc = seccomp_arch_add(c, token)
            if rc < 0 && rc != -EEXIST { throw SystemError("linux.seccomp.architectures[\(i)]: \(arch)", errno: -rc) }
        }
        for (i, flag) in (s.flags ?? []).enumerated() {
            let attr: scmp_filter_attr
            switch flag {
            case "SECCOMP_FILTER_FLAG_TSYNC": attr = SCMP_FLTATR_CTL_TSYNC
            case "SECCOMP_FILTER_FLAG_LOG": attr = SCMP_FLTATR_CTL_LOG
            case "SECCOMP_FILTER_FLAG_SPEC_ALLOW": attr = SCMP_FLTATR_CTL_SSB
            default:
                throw SwuncError("linux.seccomp.flags[\(i)]: \(flag) is not supported by libseccomp \(SCMP_VER_MAJOR).\(SCMP_VER_MINOR).\(SCMP_VER_MICRO) on this host")
            }
            let rc = seccomp_attr_set(c, attr, 1)
            if rc < 0 { throw SystemError("linux.seccomp.flags[\(i)]: \(flag)", errno: -rc) }
        }
        for (i, rule) in (s.syscalls ?? []).enumerated() {
            let field = "linux.seccomp.syscalls[\(i)]"
            let act = try Self.action(rule.action, errnoRet: rule.errnoRet, field: field + ".action")
            if act == 0x7fc0_0000 { notify = true }
            // libseccomp refuses a rule equal to the default action.
            if act == defaultAction { continue }
            var conditions: [scmp_arg_cmp] = []
            for (j, a) in (rule.args ?? []).enumerated() {
                if a.index > 5 { throw SwuncError("\(field).args[\(j)].index: \(a.index) is not a syscall argument (0-5)") }
                conditions.append(scmp_arg_cmp(arg: a.index, op: try Self.compare(a.op, field: "\(field).args[\(j)].op"),
                                               datum_a: a.value, datum_b: a.valueTwo ?? 0))
            }
            // Several conditions on one argument cannot be ANDed by
            // libseccomp; like runc, they become separate rules (OR).
            let indexes = conditions.map { $0.arg }
            let sameArg = Set(indexes).count != indexes.count
            for name in rule.names {
                let nr = seccomp_syscall_resolve_name(name)
                if nr == __NR_SCMP_ERROR { continue }  // not on this arch: skipped, as runc does
                if sameArg {
                    for var cond in conditions {
                        let rc = seccomp_rule_add_array(c, act, nr, 1, &cond)
                        if rc < 0 { throw SystemError("\(field) (\(name))", errno: -rc) }
                    }
                } else {
                    let rc = conditions.withUnsafeBufferPointer { seccomp_rule_add_array(c, act, nr, UInt32($0.count), $0.baseAddress) }
                    if rc < 0 { throw SystemError("\(field) (\(name))", errno: -rc) }
                }
            }
        }
        usesNotify = notify
    }

    deinit { seccomp_release(ctx) }

    /// Loads the filter into this process (inherited across execve).
    /// Returns the notify fd when the profile uses SCMP_ACT_NOTIFY.
    func load() throws -> Int32? {
        let rc = seccomp_load(ctx)
        if rc < 0 { throw SystemError("linux.seccomp: loading the filter", errno: -rc) }
        if usesNotify {
            let fd = seccomp_notify_fd(ctx)
            if fd < 0 { throw SystemError("linux.seccomp: notify fd", errno: -fd) }
            return fd
        }
        return nil
    }

}

/// The document a seccomp agent receives with the notify fd.
struct SeccompListenerState: Codable {
    var ociVersion: String
    var fds: [String]
    var pid: Int32
    var metadata: String
    var state: ContainerState
}

/// The runtime's side of SCMP_ACT_NOTIFY: the init passes its notify fd up
/// the sync socket; swunc, still in the runtime's namespaces, connects to
/// linux.seccomp.listenerPath and hands the fd on with the state.
enum SeccompListener {
    static func forward(from sync: SyncSocket, seccomp: Seccomp?, state: ContainerState) throws {
        let fd = try check(swunc_recv_fd(sync.fd), "linux.seccomp: receive the notify fd")
        defer { close(fd) }
        guard let path = seccomp?.listenerPath else { throw SwuncError("linux.seccomp.listenerPath: required with SCMP_ACT_NOTIFY") }
        let doc = SeccompListenerState(ociVersion: state.ociVersion, fds: ["seccompFd"], pid: state.pid ?? 0,
                                       metadata: seccomp?.listenerMetadata ?? "", state: state)
        let bytes = try JSON.encode(doc)
        let sock = try check(swunc_unix_connect(path), "linux.seccomp.listenerPath: connect \(path)")
        defer { close(sock) }
        let rc = bytes.withUnsafeBytes { swunc_send_fd_data(sock, fd, $0.baseAddress, $0.count) }
        _ = try check(rc, "linux.seccomp.listenerPath: send the notify fd to \(path)")
    }
}

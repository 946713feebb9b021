import XCTest
@testable import OCISpec

/// `linux.seccomp.*` checks.
final class ValidationSeccompTests: ValidationTestCase {
    private func with(_ seccomp: Seccomp) -> Spec {
        withLinux { $0.seccomp = seccomp }
    }

    func testValidFilter() {
        let s = Seccomp(defaultAction: "SCMP_ACT_ERRNO", defaultErrnoRet: 1, architectures: ["SCMP_ARCH_X86_64"],
                        flags: ["SECCOMP_FILTER_FLAG_SPEC_ALLOW"],
                        syscalls: [SeccompSyscall(names: ["read"], action: "SCMP_ACT_ALLOW",
                                                  args: [SeccompArg(index: 0, value: 1, op: "SCMP_CMP_EQ")])])
        XCTAssertEqual(errors(with(s)), [])
    }

    func testUnknownDefaultAction() {
        assertOnlyError(with(Seccomp(defaultAction: "SCMP_ACT_FOO")), #"linux.seccomp.defaultAction: unknown action "SCMP_ACT_FOO""#)
    }

    func testNotifyAsDefaultAction() {
        assertOnlyError(with(Seccomp(defaultAction: "SCMP_ACT_NOTIFY", listenerPath: "/run/agent.sock")),
                        "linux.seccomp.defaultAction: SCMP_ACT_NOTIFY cannot be the default action")
    }

    func testUnknownArchitecture() {
        assertOnlyError(with(Seccomp(architectures: ["SCMP_ARCH_X86_64", "SCMP_ARCH_VAX"])),
                        #"linux.seccomp.architectures[1]: unknown architecture "SCMP_ARCH_VAX""#)
    }

    func testUnknownFlag() {
        assertOnlyError(with(Seccomp(flags: ["SECCOMP_FILTER_FLAG_BOGUS"])),
                        #"linux.seccomp.flags[0]: unknown flag "SECCOMP_FILTER_FLAG_BOGUS""#)
    }

    func testSyscallAction() {
        assertOnlyError(with(Seccomp(syscalls: [SeccompSyscall(names: ["read"], action: "ALLOW")])),
                        #"linux.seccomp.syscalls[0].action: unknown action "ALLOW""#)
    }

    func testSyscallNamesNonEmpty() {
        assertOnlyError(with(Seccomp(syscalls: [SeccompSyscall(names: [], action: "SCMP_ACT_ALLOW")])),
                        "linux.seccomp.syscalls[0].names: must not be empty")
    }

    func testArgOperator() {
        let rule = SeccompSyscall(names: ["ioctl"], action: "SCMP_ACT_ERRNO",
                                  args: [SeccompArg(index: 1, value: 1, op: "SCMP_CMP_EQ"), SeccompArg(index: 1, value: 1, op: "EQ")])
        assertOnlyError(with(Seccomp(syscalls: [rule])), #"linux.seccomp.syscalls[0].args[1].op: unknown operator "EQ""#)
    }

    func testArgIndex() {
        let rule = SeccompSyscall(names: ["ioctl"], action: "SCMP_ACT_ERRNO", args: [SeccompArg(index: 6, value: 1, op: "SCMP_CMP_EQ")])
        assertOnlyError(with(Seccomp(syscalls: [rule])),
                        "linux.seccomp.syscalls[0].args[0].index: must be < 6 (syscalls take at most 6 arguments), got 6")
    }

    func testNotifyRequiresListenerPath() {
        var s = Seccomp(syscalls: [SeccompSyscall(names: ["mkdir"], action: "SCMP_ACT_NOTIFY")])
        assertOnlyError(with(s), "linux.seccomp.listenerPath: required when an action is SCMP_ACT_NOTIFY")
        s.listenerPath = "/run/agent.sock"
        XCTAssertEqual(errors(with(s)), [])
    }
}

import Foundation
import XCTest
@testable import OCISpec

/// The constant tables: names and kernel numbers.
final class SpecConstantsTests: XCTestCase {
    func testCapabilities() {
        XCTAssertEqual(LinuxCapability.all.count, 41)
        XCTAssertEqual(LinuxCapability.all.first?.name, "CAP_CHOWN")
        XCTAssertEqual(LinuxCapability.all.last, LinuxCapability(name: "CAP_CHECKPOINT_RESTORE", number: 40))
        XCTAssertEqual(LinuxCapability.number(of: "CAP_SYS_ADMIN"), 21)
        XCTAssertEqual(LinuxCapability.number(of: "CAP_NET_BIND_SERVICE"), 10)
        XCTAssertEqual(LinuxCapability.number(of: "CAP_AUDIT_WRITE"), 29)
        XCTAssertEqual(LinuxCapability.number(of: "CAP_BPF"), 39)
        XCTAssertNil(LinuxCapability.number(of: "CAP_FOO"))
        XCTAssertEqual(LinuxCapability.lastCap, LinuxCapability.all.count - 1)
    }

    func testRlimits() {
        XCTAssertEqual(RlimitType.all.count, 16)
        XCTAssertEqual(RlimitType.number(of: "RLIMIT_NOFILE"), 7)
        XCTAssertEqual(RlimitType.number(of: "RLIMIT_AS"), 9)
        XCTAssertEqual(RlimitType.number(of: "RLIMIT_RTTIME"), 15)
        XCTAssertEqual(RlimitType.number(of: "RLIMIT_NOFILE"), Int32(RLIMIT_NOFILE.rawValue))
    }

    func testNamespaceCloneFlags() {
        XCTAssertEqual(NamespaceType.cloneFlags["pid"], 0x2000_0000) // CLONE_NEWPID
        XCTAssertEqual(NamespaceType.cloneFlags["network"], 0x4000_0000) // CLONE_NEWNET
        XCTAssertEqual(NamespaceType.cloneFlags["mount"], 0x0002_0000) // CLONE_NEWNS
        XCTAssertEqual(NamespaceType.cloneFlags["user"], 0x1000_0000) // CLONE_NEWUSER
        XCTAssertEqual(NamespaceType.cloneFlags["cgroup"], 0x0200_0000) // CLONE_NEWCGROUP
        XCTAssertEqual(NamespaceType.cloneFlags["uts"], 0x0400_0000) // CLONE_NEWUTS
        XCTAssertEqual(NamespaceType.cloneFlags["ipc"], 0x0800_0000) // CLONE_NEWIPC
        XCTAssertEqual(NamespaceType.procFile["network"], "net")
    }

    func testSeccompVocabulary() {
        XCTAssertEqual(SeccompNames.actions.count, 9)
        XCTAssertTrue(SeccompNames.architectures.contains("SCMP_ARCH_RISCV64"))
        XCTAssertTrue(SeccompNames.architectures.contains("SCMP_ARCH_PPC64LE"))
        XCTAssertEqual(SeccompNames.flagValues["SECCOMP_FILTER_FLAG_TSYNC"], 1)
        XCTAssertEqual(SeccompNames.flagValues["SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"], 32)
    }
}

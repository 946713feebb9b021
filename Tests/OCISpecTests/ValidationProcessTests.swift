import XCTest
@testable import OCISpec

/// `process.*` checks.
final class ValidationProcessTests: ValidationTestCase {
    func testProcessRequired() {
        var spec = validSpec()
        spec.process = nil
        assertOnlyError(spec, "process: missing (a container needs a process to run)")
        XCTAssertEqual(errors(spec, requireProcess: false), [])
    }

    func testArgsNonEmpty() {
        var spec = validSpec()
        spec.process?.args = []
        assertOnlyError(spec, "process.args: must not be empty")
        spec.process?.args = nil
        assertOnlyError(spec, "process.args: must not be empty")
    }

    func testCwdAbsolute() {
        var spec = validSpec()
        spec.process?.cwd = "home"
        assertOnlyError(spec, #"process.cwd: must be absolute, got "home""#)
    }

    func testEnvNeedsEquals() {
        var spec = validSpec()
        spec.process?.env = ["A=1", "B=", "FOO", "=x"]
        XCTAssertEqual(errors(spec), [
            #"process.env[2]: must be of the form KEY=VALUE, got "FOO""#,
            #"process.env[3]: must be of the form KEY=VALUE, got "=x""#,
        ])
    }

    func testUnknownCapability() {
        var spec = validSpec()
        spec.process?.capabilities?.bounding = ["CAP_KILL", "CAP_CHOWN", "CAP_FOO"]
        spec.process?.capabilities?.ambient = ["cap_kill"]
        XCTAssertEqual(errors(spec), [
            #"process.capabilities.bounding[2]: unknown capability "CAP_FOO""#,
            #"process.capabilities.ambient[0]: unknown capability "cap_kill""#,
        ])
    }

    func testRlimitUnknownType() {
        var spec = validSpec()
        spec.process?.rlimits = [POSIXRlimit(type: "RLIMIT_FOO", hard: 1, soft: 1)]
        assertOnlyError(spec, #"process.rlimits[0].type: unknown rlimit "RLIMIT_FOO""#)
    }

    func testRlimitDuplicate() {
        var spec = validSpec()
        spec.process?.rlimits = [POSIXRlimit(type: "RLIMIT_NOFILE", hard: 1, soft: 1),
                                 POSIXRlimit(type: "RLIMIT_CORE", hard: 1, soft: 1),
                                 POSIXRlimit(type: "RLIMIT_NOFILE", hard: 2, soft: 2)]
        assertOnlyError(spec, #"process.rlimits[2].type: duplicate "RLIMIT_NOFILE""#)
    }

    func testRlimitSoftAboveHard() {
        var spec = validSpec()
        spec.process?.rlimits = [POSIXRlimit(type: "RLIMIT_NOFILE", hard: 1024, soft: 2048)]
        assertOnlyError(spec, "process.rlimits[0].soft: must be <= hard (2048 > 1024)")
    }

    func testOOMScoreAdjRange() {
        var spec = validSpec()
        spec.process?.oomScoreAdj = 2000
        assertOnlyError(spec, "process.oomScoreAdj: must be in -1000...1000, got 2000")
        spec.process?.oomScoreAdj = -1000
        XCTAssertEqual(errors(spec), [])
    }

    func testConsoleSizeNeedsTerminal() {
        var spec = validSpec()
        spec.process?.consoleSize = ConsoleSize(height: 24, width: 80)
        XCTAssertEqual(errors(spec), [])
        spec.process?.terminal = false
        assertOnlyError(spec, "process.consoleSize: only valid when process.terminal is true")
    }
}

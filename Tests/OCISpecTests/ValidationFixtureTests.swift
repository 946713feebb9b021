import Foundation
import XCTest
@testable import OCISpec

/// A throwaway bundle directory containing an empty `rootfs/`.
struct TemporaryBundle {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ocispec-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("rootfs"), withIntermediateDirectories: true)
        path = base.path
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Shared setup for the validation tests: a real bundle and a valid starting spec,
/// so each test changes one thing and checks the exact message.
class ValidationTestCase: XCTestCase {
    var bundle: TemporaryBundle!

    override func setUpWithError() throws {
        bundle = try TemporaryBundle()
    }

    override func tearDown() {
        bundle.remove()
    }

    /// `runc spec`-like defaults, known to validate cleanly.
    func validSpec() -> Spec { defaultSpec(rootless: false) }

    /// All error descriptions for `spec` against the test bundle.
    func errors(_ spec: Spec, requireProcess: Bool = true) -> [String] {
        validationErrors(spec, bundlePath: bundle.path, requireProcess: requireProcess).map(\.description)
    }

    /// Asserts `spec` produces exactly one error, `expected`.
    func assertOnlyError(_ spec: Spec, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(errors(spec), [expected], file: file, line: line)
    }

    /// Modify the default spec's `linux` section.
    func withLinux(_ change: (inout Linux) -> Void) -> Spec {
        var spec = validSpec()
        var linux = spec.linux ?? Linux()
        change(&linux)
        spec.linux = linux
        return spec
    }
}

final class ValidationFixtureTests: ValidationTestCase {
    func testDefaultSpecValidates() throws {
        XCTAssertEqual(errors(defaultSpec(rootless: false)), [])
        XCTAssertNoThrow(try validate(defaultSpec(rootless: false), bundlePath: bundle.path))
    }

    func testRootlessDefaultSpecValidates() {
        XCTAssertEqual(errors(defaultSpec(rootless: true, hostUID: 1000, hostGID: 1000)), [])
        XCTAssertEqual(errors(defaultSpec(rootless: true)), [])
    }

    func testValidateThrowsFirstError() {
        var spec = validSpec()
        spec.ociVersion = "0.9.0"
        spec.process?.cwd = "relative"
        XCTAssertThrowsError(try validate(spec, bundlePath: bundle.path)) { error in
            let e = error as? ValidationError
            XCTAssertEqual(e?.path, "ociVersion")
            XCTAssertEqual("\(error)", #"ociVersion: unsupported version "0.9.0" (swunc supports 1.0.0 up to 1.2.x)"#)
        }
        XCTAssertEqual(errors(spec).count, 2)
    }

    func testErrorDescriptionFormat() {
        XCTAssertEqual(ValidationError(path: "a.b[1]", message: "bad").description, "a.b[1]: bad")
    }
}

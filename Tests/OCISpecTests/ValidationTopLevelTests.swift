import Foundation
import XCTest
@testable import OCISpec

/// ociVersion, root, hostname/domainname.
final class ValidationTopLevelTests: ValidationTestCase {
    func testUnsupportedOldVersion() {
        var spec = validSpec()
        spec.ociVersion = "0.9.0"
        assertOnlyError(spec, #"ociVersion: unsupported version "0.9.0" (swunc supports 1.0.0 up to 1.2.x)"#)
    }

    func testUnsupportedNewVersion() {
        var spec = validSpec()
        spec.ociVersion = "1.3.0"
        assertOnlyError(spec, #"ociVersion: unsupported version "1.3.0" (swunc supports 1.0.0 up to 1.2.x)"#)
        spec.ociVersion = "2.0.0"
        XCTAssertEqual(errors(spec).count, 1)
    }

    func testSupportedVersions() {
        var spec = validSpec()
        for v in ["1.0.0", "1.0.2", "1.1.0", "1.2.0", "1.2.1", "1.2.0+dev", "1.1.0-rc.1"] {
            spec.ociVersion = v
            XCTAssertEqual(errors(spec), [], v)
        }
    }

    func testPrereleaseOfOneZeroIsOlder() {
        var spec = validSpec()
        spec.ociVersion = "1.0.0-rc5"
        assertOnlyError(spec, #"ociVersion: unsupported version "1.0.0-rc5" (swunc supports 1.0.0 up to 1.2.x)"#)
    }

    func testMalformedVersion() {
        var spec = validSpec()
        spec.ociVersion = "1.2"
        assertOnlyError(spec, #"ociVersion: invalid version "1.2": not a semantic version (MAJOR.MINOR.PATCH)"#)
    }

    func testRootMissing() {
        var spec = validSpec()
        spec.root = nil
        assertOnlyError(spec, "root: missing (a container needs a root filesystem)")
    }

    func testRootPathDoesNotExist() {
        var spec = validSpec()
        spec.root = Root(path: "nope")
        assertOnlyError(spec, "root.path: \(bundle.path)/nope does not exist")
        spec.root = Root(path: "/x/rootfs")
        assertOnlyError(spec, "root.path: /x/rootfs does not exist")
    }

    func testRootPathNotDirectory() throws {
        let file = bundle.path + "/file"
        _ = FileManager.default.createFile(atPath: file, contents: Data())
        var spec = validSpec()
        spec.root = Root(path: "file")
        assertOnlyError(spec, "root.path: \(file) is not a directory")
    }

    func testAbsoluteRootPath() {
        var spec = validSpec()
        spec.root = Root(path: bundle.path + "/rootfs")
        XCTAssertEqual(errors(spec), [])
    }

    func testHostnameRequiresUTS() {
        var spec = withLinux { $0.namespaces?.removeAll { $0.type == "uts" } }
        assertOnlyError(spec, "hostname: requires a new uts namespace")
        spec.hostname = nil
        spec.domainname = "example.org"
        assertOnlyError(spec, "domainname: requires a new uts namespace")
    }
}

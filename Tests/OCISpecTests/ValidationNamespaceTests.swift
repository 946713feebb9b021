import XCTest
@testable import OCISpec

/// `linux.namespaces`, user-namespace mappings, time offsets.
final class ValidationNamespaceTests: ValidationTestCase {
    func testUnknownNamespaceType() {
        let spec = withLinux { $0.namespaces?.append(LinuxNamespace(type: "foo")) }
        assertOnlyError(spec, #"linux.namespaces[6].type: unknown namespace type "foo""#)
    }

    func testDuplicateNamespace() {
        let spec = withLinux { $0.namespaces?.append(LinuxNamespace(type: "pid", path: "/proc/1/ns/pid")) }
        assertOnlyError(spec, #"linux.namespaces: duplicate "pid""#)
    }

    func testNamespacePathAbsolute() {
        let spec = withLinux { $0.namespaces?[1] = LinuxNamespace(type: "network", path: "run/netns/x") }
        assertOnlyError(spec, #"linux.namespaces[1].path: must be absolute, got "run/netns/x""#)
    }

    func testNewUserNamespaceNeedsMappings() {
        let spec = withLinux { $0.namespaces?.append(LinuxNamespace(type: "user")) }
        XCTAssertEqual(errors(spec), [
            "linux.uidMappings: required when creating a new user namespace",
            "linux.gidMappings: required when creating a new user namespace",
        ])
    }

    func testJoinedUserNamespaceNeedsNoMappings() {
        let spec = withLinux { $0.namespaces?.append(LinuxNamespace(type: "user", path: "/proc/1/ns/user")) }
        XCTAssertEqual(errors(spec), [])
    }

    func testMappingsWithoutUserNamespace() {
        let spec = withLinux { $0.uidMappings = [LinuxIDMapping(containerID: 0, hostID: 1000, size: 1)] }
        assertOnlyError(spec, "linux.uidMappings: requires a user namespace")
    }

    func testMappingSizeZero() {
        var spec = defaultSpec(rootless: true, hostUID: 1000, hostGID: 1000)
        spec.linux?.gidMappings = [LinuxIDMapping(containerID: 0, hostID: 1000, size: 0)]
        assertOnlyError(spec, "linux.gidMappings[0].size: must be > 0")
    }

    func testOverlappingMappings() {
        var spec = defaultSpec(rootless: true, hostUID: 1000, hostGID: 1000)
        spec.linux?.uidMappings = [LinuxIDMapping(containerID: 0, hostID: 1000, size: 1),
                                   LinuxIDMapping(containerID: 1, hostID: 100000, size: 65536),
                                   LinuxIDMapping(containerID: 100, hostID: 300000, size: 10)]
        assertOnlyError(spec, "linux.uidMappings[2]: containerID range overlaps linux.uidMappings[1]")
        spec.linux?.uidMappings = [LinuxIDMapping(containerID: 0, hostID: 100000, size: 10),
                                   LinuxIDMapping(containerID: 10, hostID: 100005, size: 10)]
        assertOnlyError(spec, "linux.uidMappings[1]: hostID range overlaps linux.uidMappings[0]")
        spec.linux?.uidMappings = [LinuxIDMapping(containerID: 0, hostID: 100000, size: 10),
                                   LinuxIDMapping(containerID: 10, hostID: 100010, size: 10)]
        XCTAssertEqual(errors(spec), [])
    }

    func testMappingOverflow() {
        var spec = defaultSpec(rootless: true, hostUID: 1000, hostGID: 1000)
        spec.linux?.uidMappings = [LinuxIDMapping(containerID: 0, hostID: UInt32.max, size: 2)]
        assertOnlyError(spec, "linux.uidMappings[0]: range exceeds the 32-bit id space")
    }

    func testTimeOffsetsRequireTimeNamespace() {
        var spec = withLinux { $0.timeOffsets = ["monotonic": LinuxTimeOffset(secs: 10)] }
        assertOnlyError(spec, "linux.timeOffsets: requires a new time namespace")
        spec.linux?.namespaces?.append(LinuxNamespace(type: "time"))
        XCTAssertEqual(errors(spec), [])
    }
}

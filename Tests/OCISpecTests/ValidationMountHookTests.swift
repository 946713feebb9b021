import XCTest
@testable import OCISpec

/// `mounts[i]` and `hooks.*` checks.
final class ValidationMountHookTests: ValidationTestCase {
    private func withMount(_ mount: Mount) -> Spec {
        var spec = validSpec()
        spec.mounts?.append(mount) // lands at index 7
        return spec
    }

    func testDestinationEmpty() {
        assertOnlyError(withMount(Mount(destination: "", type: "tmpfs", source: "tmpfs")),
                        "mounts[7].destination: must not be empty")
    }

    func testDestinationRelative() {
        var spec = validSpec()
        spec.mounts?[3].destination = "tmp"
        assertOnlyError(spec, #"mounts[3].destination: must be absolute, got "tmp""#)
    }

    func testDestinationEscapes() {
        assertOnlyError(withMount(Mount(destination: "/a/../../etc", type: "tmpfs", source: "tmpfs")),
                        #"mounts[7].destination: ".." components escape the container root in "/a/../../etc""#)
        XCTAssertEqual(errors(withMount(Mount(destination: "/a/../b", type: "tmpfs", source: "tmpfs"))), [])
    }

    func testTypeMayBeAbsentForBind() {
        XCTAssertEqual(errors(withMount(Mount(destination: "/data", source: "/srv", options: ["rbind", "ro"]))), [])
        XCTAssertEqual(errors(withMount(Mount(destination: "/data", source: "/srv", options: ["bind"]))), [])
        assertOnlyError(withMount(Mount(destination: "/data", source: "/srv", options: ["ro"])),
                        "mounts[7].type: required unless options contain bind or rbind")
    }

    func testMappingsRequireIdmap() {
        let map = [LinuxIDMapping(containerID: 0, hostID: 100000, size: 65536)]
        assertOnlyError(withMount(Mount(destination: "/data", type: "bind", source: "/srv", options: ["bind"],
                                        uidMappings: map, gidMappings: map)),
                        "mounts[7].uidMappings: only allowed with the idmap or ridmap mount option")
        XCTAssertEqual(errors(withMount(Mount(destination: "/data", type: "bind", source: "/srv", options: ["bind", "idmap"],
                                              uidMappings: map, gidMappings: map))), [])
        assertOnlyError(withMount(Mount(destination: "/data", type: "bind", source: "/srv", options: ["rbind", "ridmap"],
                                        uidMappings: map)),
                        "mounts[7].gidMappings: required when uidMappings is set")
    }

    func testHookPathAbsolute() {
        var spec = validSpec()
        spec.hooks = Hooks(prestart: [Hook(path: "/bin/true")], poststop: [Hook(path: "/ok"), Hook(path: "cleanup.sh")])
        assertOnlyError(spec, #"hooks.poststop[1].path: must be absolute, got "cleanup.sh""#)
    }

    func testHookTimeoutPositive() {
        var spec = validSpec()
        spec.hooks = Hooks(createRuntime: [Hook(path: "/bin/true", timeout: 0)])
        assertOnlyError(spec, "hooks.createRuntime[0].timeout: must be > 0, got 0")
        spec.hooks = Hooks(createRuntime: [Hook(path: "/bin/true", timeout: 3)])
        XCTAssertEqual(errors(spec), [])
    }
}

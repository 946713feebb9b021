import XCTest
@testable import OCISpec

/// `parseMountOptions`: flags, clears, propagation, recursive attrs, extensions, data.
final class SpecMountOptionsTests: XCTestCase {
    typealias F = MountFlags

    func testDevTmpfsOptions() {
        let o = parseMountOptions(["nosuid", "strictatime", "mode=755", "size=65536k"])
        XCTAssertEqual(o.flags, F.MS_NOSUID | F.MS_STRICTATIME)
        XCTAssertEqual(o.data, ["mode=755", "size=65536k"])
        XCTAssertEqual(o.dataString, "mode=755,size=65536k")
        XCTAssertEqual(o.propagation, [])
        XCTAssertFalse(o.isBind)
    }

    func testDevptsOptionsKeepUnknownAsData() {
        let o = parseMountOptions(["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"])
        XCTAssertEqual(o.flags, F.MS_NOSUID | F.MS_NOEXEC)
        XCTAssertEqual(o.dataString, "newinstance,ptmxmode=0666,mode=0620,gid=5")
    }

    func testClearOptionsOverrideEarlierSets() {
        let o = parseMountOptions(["ro", "nosuid", "rw", "suid", "dev"])
        XCTAssertEqual(o.flags, 0)
        XCTAssertEqual(o.clearFlags, F.MS_RDONLY | F.MS_NOSUID | F.MS_NODEV)
        let again = parseMountOptions(["rw", "ro"])
        XCTAssertEqual(again.flags, F.MS_RDONLY)
        XCTAssertEqual(again.clearFlags, 0)
    }

    func testAllSimpleFlags() {
        let cases: [(String, UInt)] = [
            ("ro", F.MS_RDONLY), ("nosuid", F.MS_NOSUID), ("nodev", F.MS_NODEV), ("noexec", F.MS_NOEXEC),
            ("sync", F.MS_SYNCHRONOUS), ("remount", F.MS_REMOUNT), ("mand", F.MS_MANDLOCK),
            ("dirsync", F.MS_DIRSYNC), ("noatime", F.MS_NOATIME), ("nodiratime", F.MS_NODIRATIME),
            ("relatime", F.MS_RELATIME), ("strictatime", F.MS_STRICTATIME), ("lazytime", F.MS_LAZYTIME),
            ("bind", F.MS_BIND), ("rbind", F.MS_BIND | F.MS_REC), ("nosymfollow", F.MS_NOSYMFOLLOW),
        ]
        for (name, flag) in cases {
            XCTAssertEqual(parseMountOptions([name]).flags, flag, name)
        }
        let clears: [(String, UInt)] = [
            ("rw", F.MS_RDONLY), ("suid", F.MS_NOSUID), ("dev", F.MS_NODEV), ("exec", F.MS_NOEXEC),
            ("async", F.MS_SYNCHRONOUS), ("nomand", F.MS_MANDLOCK), ("atime", F.MS_NOATIME),
            ("diratime", F.MS_NODIRATIME), ("norelatime", F.MS_RELATIME), ("nostrictatime", F.MS_STRICTATIME),
            ("nolazytime", F.MS_LAZYTIME),
        ]
        for (name, flag) in clears {
            let o = parseMountOptions([name])
            XCTAssertEqual(o.flags, 0, name)
            XCTAssertEqual(o.clearFlags, flag, name)
        }
    }

    func testFlagValuesMatchKernel() {
        XCTAssertEqual(F.MS_RDONLY, 0x1)
        XCTAssertEqual(F.MS_BIND, 0x1000)
        XCTAssertEqual(F.MS_REC, 0x4000)
        XCTAssertEqual(F.MS_PRIVATE, 0x40000)
        XCTAssertEqual(F.MS_SLAVE, 0x80000)
        XCTAssertEqual(F.MS_SHARED, 0x100000)
        XCTAssertEqual(F.MS_UNBINDABLE, 0x20000)
        XCTAssertEqual(F.MS_STRICTATIME, 0x1000000)
    }

    func testPropagationInOrder() {
        let o = parseMountOptions(["rbind", "rprivate", "shared", "slave", "rslave", "unbindable", "runbindable", "private", "rshared"])
        XCTAssertEqual(o.flags, F.MS_BIND | F.MS_REC)
        XCTAssertTrue(o.isRecursiveBind)
        XCTAssertEqual(o.propagation, [
            F.MS_PRIVATE | F.MS_REC, F.MS_SHARED, F.MS_SLAVE, F.MS_SLAVE | F.MS_REC,
            F.MS_UNBINDABLE, F.MS_UNBINDABLE | F.MS_REC, F.MS_PRIVATE, F.MS_SHARED | F.MS_REC,
        ])
    }

    func testRecursiveAttributes() {
        let o = parseMountOptions(["rbind", "rro", "rnosuid", "rnodev", "rnoexec"])
        XCTAssertEqual(o.recAttrSet, MountAttr.MOUNT_ATTR_RDONLY | MountAttr.MOUNT_ATTR_NOSUID
                       | MountAttr.MOUNT_ATTR_NODEV | MountAttr.MOUNT_ATTR_NOEXEC)
        XCTAssertEqual(o.recAttrClear, 0)
        XCTAssertEqual(o.flags, F.MS_BIND | F.MS_REC)

        let cleared = parseMountOptions(["rro", "rrw"])
        XCTAssertEqual(cleared.recAttrSet, 0)
        XCTAssertEqual(cleared.recAttrClear, MountAttr.MOUNT_ATTR_RDONLY)
    }

    func testRecursiveAtimeAlsoClearsAtimeField() {
        let o = parseMountOptions(["rnoatime"])
        XCTAssertEqual(o.recAttrSet, MountAttr.MOUNT_ATTR_NOATIME)
        XCTAssertEqual(o.recAttrClear, MountAttr.MOUNT_ATTR__ATIME)
        let s = parseMountOptions(["rstrictatime"])
        XCTAssertEqual(s.recAttrSet, MountAttr.MOUNT_ATTR_STRICTATIME)
        XCTAssertEqual(s.recAttrClear, MountAttr.MOUNT_ATTR__ATIME)
    }

    func testExtensions() {
        let o = parseMountOptions(["bind", "tmpcopyup", "idmap", "size=1m"])
        XCTAssertEqual(o.extensions, ["tmpcopyup", "idmap"])
        XCTAssertEqual(o.data, ["size=1m"])
        XCTAssertEqual(parseMountOptions(["ridmap"]).extensions, ["ridmap"])
    }

    func testEmptyAndDefaults() {
        XCTAssertEqual(parseMountOptions([]), MountOptions())
        XCTAssertEqual(parseMountOptions(["defaults"]).flags, 0)
        XCTAssertEqual(parseMountOptions(["defaults"]).data, [])
    }

    func testOptionNameListCoversVocabulary() {
        let names = Set(MountOptionTable.allOptionNames)
        for n in ["ro", "rw", "bind", "rbind", "rprivate", "rro", "rnosuid", "tmpcopyup", "idmap", "ridmap", "lazytime"] {
            XCTAssertTrue(names.contains(n), n)
        }
        XCTAssertEqual(MountOptionTable.allOptionNames, MountOptionTable.allOptionNames.sorted())
    }
}

import Foundation
import XCTest
import OCISpec

/// A test-local, trimmed OCI runtime-spec model (the real one lives elsewhere
/// in OCISpec); exercises the codec on a realistic config.json.
private struct TConfig: Codable, Equatable {
    struct Process: Codable, Equatable {
        struct User: Codable, Equatable { var uid: UInt32; var gid: UInt32; var additionalGids: [UInt32]? }
        struct Caps: Codable, Equatable {
            var bounding: [String]?
            var effective: [String]?
            var inheritable: [String]?
            var permitted: [String]?
            var ambient: [String]?
        }
        struct RLimit: Codable, Equatable { var type: String; var hard: UInt64; var soft: UInt64 }
        var terminal: Bool?
        var user: User
        var args: [String]?
        var env: [String]?
        var cwd: String
        var capabilities: Caps?
        var rlimits: [RLimit]?
        var noNewPrivileges: Bool?
        var oomScoreAdj: Int?
    }
    struct Root: Codable, Equatable { var path: String; var readonly: Bool? }
    struct Mount: Codable, Equatable { var destination: String; var type: String?; var source: String?; var options: [String]? }
    struct Linux: Codable, Equatable {
        struct IDMap: Codable, Equatable { var containerID: UInt32; var hostID: UInt32; var size: UInt32 }
        struct Resources: Codable, Equatable {
            struct Device: Codable, Equatable { var allow: Bool; var type: String?; var major: Int64?; var minor: Int64?; var access: String? }
            struct Memory: Codable, Equatable { var limit: Int64?; var reservation: Int64?; var swap: Int64?; var swappiness: UInt64? }
            struct CPU: Codable, Equatable { var shares: UInt64?; var quota: Int64?; var period: UInt64?; var cpus: String? }
            struct Pids: Codable, Equatable { var limit: Int64 }
            var devices: [Device]?
            var memory: Memory?
            var cpu: CPU?
            var pids: Pids?
        }
        struct Namespace: Codable, Equatable { var type: String; var path: String? }
        struct Seccomp: Codable, Equatable {
            struct Syscall: Codable, Equatable {
                struct Arg: Codable, Equatable { var index: UInt; var value: UInt64; var valueTwo: UInt64?; var op: String }
                var names: [String]; var action: String; var errnoRet: UInt?; var args: [Arg]?
            }
            var defaultAction: String
            var architectures: [String]?
            var syscalls: [Syscall]?
        }
        var uidMappings: [IDMap]?
        var gidMappings: [IDMap]?
        var sysctl: [String: String]?
        var resources: Resources?
        var cgroupsPath: String?
        var namespaces: [Namespace]?
        var maskedPaths: [String]?
        var readonlyPaths: [String]?
        var seccomp: Seccomp?
    }
    var ociVersion: String
    var process: Process?
    var root: Root?
    var hostname: String?
    var mounts: [Mount]?
    var linux: Linux?
    var annotations: [String: String]?
}

private let configJSON = #"""
{
	"ociVersion": "1.0.2-dev",
	"process": {
		"terminal": true,
		"user": {"uid": 0, "gid": 0, "additionalGids": [5, 4294967295]},
		"args": ["sh"],
		"env": [
			"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
			"TERM=xterm",
			"GREETING=h\u00e9llo \"w\u00f6rld\" \ud83d\ude00"
		],
		"cwd": "/",
		"capabilities": {
			"bounding": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
			"effective": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
			"permitted": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
			"ambient": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"]
		},
		"rlimits": [{"type": "RLIMIT_NOFILE", "hard": 18446744073709551615, "soft": 1024}],
		"noNewPrivileges": true,
		"oomScoreAdj": -1000,
		"apparmorProfile": "unknown-field-ignored"
	},
	"root": {"path": "rootfs", "readonly": true},
	"hostname": "runc",
	"mounts": [
		{"destination": "/proc", "type": "proc", "source": "proc"},
		{"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]},
		{"destination": "/sys/fs/cgroup", "type": "cgroup", "source": "cgroup", "options": ["nosuid", "noexec", "nodev", "relatime", "ro"]}
	],
	"linux": {
		"uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
		"sysctl": {"net.ipv4.ip_forward": "1", "kernel.shm_rmid_forced": "1"},
		"resources": {
			"devices": [{"allow": false, "access": "rwm"}, {"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rwm"}],
			"memory": {"limit": 536870912, "reservation": null, "swap": -1, "swappiness": 0},
			"cpu": {"shares": 1024, "quota": -1, "period": 100000, "cpus": "0-1"},
			"pids": {"limit": 32768},
			"hugepageLimits": []
		},
		"cgroupsPath": "/swunc/test",
		"namespaces": [{"type": "pid"}, {"type": "network"}, {"type": "ipc"}, {"type": "uts"}, {"type": "mount"}, {"type": "cgroup"}],
		"maskedPaths": ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/sys/firmware"],
		"readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"],
		"seccomp": {
			"defaultAction": "SCMP_ACT_ERRNO",
			"defaultErrnoRet": 1,
			"architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"],
			"syscalls": [
				{"names": ["read", "write", "exit_group"], "action": "SCMP_ACT_ALLOW"},
				{"names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 4294967295, "op": "SCMP_CMP_EQ"}]},
				{"names": ["clone"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38}
			]
		}
	},
	"annotations": {"io.swunc.test": "yes", "org.opencontainers.image.ref.name": "busybox"}
}
"""#

final class JSONOCIConfigTests: XCTestCase {
    func testDecodeRealisticConfig() throws {
        let c = try JSON.decode(TConfig.self, from: Array(configJSON.utf8))
        XCTAssertEqual(c.ociVersion, "1.0.2-dev")
        let p = try XCTUnwrap(c.process)
        XCTAssertEqual(p.user, .init(uid: 0, gid: 0, additionalGids: [5, UInt32.max]))
        XCTAssertEqual(p.env?[2], "GREETING=héllo \"wörld\" 😀")
        XCTAssertEqual(p.capabilities?.bounding?.count, 3)
        XCTAssertNil(p.capabilities?.inheritable)
        XCTAssertEqual(p.rlimits, [.init(type: "RLIMIT_NOFILE", hard: UInt64.max, soft: 1024)])
        XCTAssertEqual(p.oomScoreAdj, -1000)
        XCTAssertEqual(c.root, .init(path: "rootfs", readonly: true))
        XCTAssertEqual(c.mounts?.count, 3)
        XCTAssertEqual(c.mounts?[1].options?.last, "size=65536k")
        XCTAssertNil(c.mounts?[0].options)
        let l = try XCTUnwrap(c.linux)
        XCTAssertEqual(l.sysctl?["net.ipv4.ip_forward"], "1")
        XCTAssertEqual(l.resources?.memory, .init(limit: 536870912, reservation: nil, swap: -1, swappiness: 0))
        XCTAssertEqual(l.resources?.devices?[1].major, 1)
        XCTAssertEqual(l.resources?.cpu?.quota, -1)
        XCTAssertEqual(l.namespaces?.map(\.type), ["pid", "network", "ipc", "uts", "mount", "cgroup"])
        XCTAssertEqual(l.seccomp?.syscalls?[1].args?[0].value, 4294967295)
        XCTAssertEqual(l.seccomp?.syscalls?[2].errnoRet, 38)
        XCTAssertEqual(c.annotations?["io.swunc.test"], "yes")

        // Round trip through our encoder (compact and pretty).
        XCTAssertEqual(try JSON.decode(TConfig.self, from: JSON.encode(c)), c)
        XCTAssertEqual(try JSON.decode(TConfig.self, from: JSON.encode(c, pretty: true)), c)
    }

    func testConfigErrors() {
        func err(_ mutate: (String) -> String) -> String {
            do {
                _ = try JSON.decode(TConfig.self, from: Array(mutate(configJSON).utf8))
                return "no error"
            } catch {
                return String(describing: error)
            }
        }
        XCTAssertEqual(err { $0.replacingOccurrences(of: #""CAP_NET_BIND_SERVICE"],"#, with: "42],") },
                       "process.capabilities.bounding[2]: expected a string, found a number")
        XCTAssertEqual(err { $0.replacingOccurrences(of: "536870912", with: "1e400") },
                       "linux.resources.memory.limit: 1e400 does not fit in Int64")
        XCTAssertEqual(err { $0.replacingOccurrences(of: #""path": "rootfs", "#, with: "") },
                       #"root: missing required field "path""#)
        XCTAssertEqual(err { $0.replacingOccurrences(of: "4294967295]", with: "-1]") },
                       "process.user.additionalGids[1]: -1 does not fit in UInt32")
        XCTAssertEqual(err { $0.replacingOccurrences(of: #""index": 0"#, with: #""index": "0""#) },
                       "linux.seccomp.syscalls[1].args[0].index: expected an integer, found a string")
        XCTAssertEqual(err { $0.replacingOccurrences(of: #""kernel.shm_rmid_forced": "1""#, with: #""kernel.shm_rmid_forced": 1"#) },
                       #"linux.sysctl["kernel.shm_rmid_forced"]: expected a string, found a number"#)
        XCTAssertEqual(err { $0.replacingOccurrences(of: #""hostname": "runc","#, with: #""hostname": "runc""#) },
                       "line 26, column 2: expected ',' or '}' after object member")
        XCTAssertEqual(err { String($0.dropLast(1)) },
                       "line 57, column 1: unexpected end of input, expected '}'")
    }
}

import Glibc
import LinuxKit
import OCISpec

/// The `features` document for this build on this host.
public enum HostFeatures {
    public static func document() -> Features {
        let apparmor = FileIO.readText("/sys/module/apparmor/parameters/enabled")?.hasPrefix("Y") ?? false
        let selinux = FileIO.exists("/sys/fs/selinux/enforce")
        return Features.swunc(cgroupV1: true, cgroupV2: true, systemd: false,
                              seccompEnabled: SeccompSupport.enabled, supportedSeccompFlags: SeccompSupport.supportedFlags(),
                              apparmor: apparmor, selinux: selinux, intelRdt: false, idmap: false)
    }
}

/// What seccomp support this build has: libseccomp is linked in, and the
/// kernel must have seccomp filtering (Seccomp field in /proc/self/status).
enum SeccompSupport {
    static var enabled: Bool {
        FileIO.readText("/proc/self/status")?.split(separator: "\n").contains { $0.hasPrefix("Seccomp:") } ?? false
    }
    static func supportedFlags() -> [String] { SeccompFilter.supportedFlags }
}

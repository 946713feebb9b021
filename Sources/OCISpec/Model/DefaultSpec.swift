#if canImport(Glibc)
import Glibc
#endif

/// The config `swunc spec` writes: the same defaults `runc spec` produces
/// (runc 1.1+), with hostname "swunc".
///
/// `rootless` applies runc's `ToRootless`: a user namespace mapping container
/// root to the caller, no network namespace, `/sys` bind-mounted instead of a
/// new sysfs, no `uid=`/`gid=` mount options and no cgroup resources.
/// `hostUID`/`hostGID` default to the caller's effective ids.
public func defaultSpec(rootless: Bool, hostUID: UInt32? = nil, hostGID: UInt32? = nil) -> Spec {
    var spec = Spec(
        ociVersion: ociSpecVersion,
        process: Process(
            terminal: true,
            user: User(uid: 0, gid: 0),
            args: ["sh"],
            env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"],
            cwd: "/",
            capabilities: LinuxCapabilities(
                bounding: defaultCapabilities,
                effective: defaultCapabilities,
                permitted: defaultCapabilities
            ),
            rlimits: [POSIXRlimit(type: "RLIMIT_NOFILE", hard: 1024, soft: 1024)],
            noNewPrivileges: true
        ),
        root: Root(path: "rootfs", readonly: true),
        hostname: "swunc",
        mounts: defaultMounts,
        linux: Linux(
            namespaces: ["pid", "network", "ipc", "uts", "mount", "cgroup"].map { LinuxNamespace(type: $0) },
            resources: LinuxResources(devices: [LinuxDeviceCgroup(allow: false, access: "rwm")]),
            maskedPaths: defaultMaskedPaths,
            readonlyPaths: defaultReadonlyPaths
        )
    )
    if rootless {
        makeRootless(&spec, uid: hostUID ?? currentEUID(), gid: hostGID ?? currentEGID())
    }
    return spec
}

/// The capabilities `runc spec` grants: enough for a shell, nothing privileged.
public let defaultCapabilities = ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"]

/// `runc spec`'s masked paths: kernel info leaks and knobs a container must not see.
public let defaultMaskedPaths = [
    "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
    "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi",
]

/// `runc spec`'s read-only paths: host-wide /proc knobs.
public let defaultReadonlyPaths = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]

/// `runc spec`'s mount list.
public let defaultMounts: [Mount] = [
    Mount(destination: "/proc", type: "proc", source: "proc"),
    Mount(destination: "/dev", type: "tmpfs", source: "tmpfs",
          options: ["nosuid", "strictatime", "mode=755", "size=65536k"]),
    Mount(destination: "/dev/pts", type: "devpts", source: "devpts",
          options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"]),
    Mount(destination: "/dev/shm", type: "tmpfs", source: "shm",
          options: ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]),
    Mount(destination: "/dev/mqueue", type: "mqueue", source: "mqueue",
          options: ["nosuid", "noexec", "nodev"]),
    Mount(destination: "/sys", type: "sysfs", source: "sysfs",
          options: ["nosuid", "noexec", "nodev", "ro"]),
    Mount(destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup",
          options: ["nosuid", "noexec", "nodev", "relatime", "ro"]),
]

/// runc's `ToRootless`, applied in place.
private func makeRootless(_ spec: inout Spec, uid: UInt32, gid: UInt32) {
    var linux = spec.linux ?? Linux()
    // An unprivileged user can't create a network namespace with useful links
    // nor join the host's user namespace, so drop net and add a fresh userns.
    var namespaces = (linux.namespaces ?? []).filter { $0.type != "network" && $0.type != "user" }
    namespaces.append(LinuxNamespace(type: "user"))
    linux.namespaces = namespaces
    linux.uidMappings = [LinuxIDMapping(containerID: 0, hostID: uid, size: 1)]
    linux.gidMappings = [LinuxIDMapping(containerID: 0, hostID: gid, size: 1)]
    // Without CAP_SYS_ADMIN in the host userns there is no cgroup to configure.
    linux.resources = nil
    spec.linux = linux

    spec.mounts = (spec.mounts ?? []).map { mount in
        // sysfs can't be mounted without owning the network namespace; bind the host's.
        if mount.destination == "/sys" {
            return Mount(destination: "/sys", type: "none", source: "/sys",
                         options: ["rbind", "nosuid", "noexec", "nodev", "ro"])
        }
        // Only one uid/gid is mapped, so ownership options like gid=5 would fail.
        var m = mount
        m.options = m.options?.filter { !$0.hasPrefix("uid=") && !$0.hasPrefix("gid=") }
        return m
    }
}

private func currentEUID() -> UInt32 {
    #if canImport(Glibc)
    return UInt32(geteuid())
    #else
    return 0
    #endif
}

private func currentEGID() -> UInt32 {
    #if canImport(Glibc)
    return UInt32(getegid())
    #else
    return 0
    #endif
}

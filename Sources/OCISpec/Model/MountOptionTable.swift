/// The mount option vocabulary, mirroring runc's `specconv` tables so configs
/// written for runc mean the same thing here.
public enum MountOptionTable {
    /// A `mount(2)` flag option: `clear` options (e.g. `rw`, `suid`) remove the flag.
    public struct FlagOption: Equatable, Sendable {
        public var clear: Bool
        public var flag: UInt
    }

    /// A `mount_setattr(2)` recursive option (`rro`, `rnosuid`, ...).
    public struct AttrOption: Equatable, Sendable {
        public var clear: Bool
        public var attr: UInt64
    }

    private typealias F = MountFlags
    private typealias A = MountAttr

    public static let flags: [String: FlagOption] = [
        "acl": .init(clear: false, flag: F.MS_POSIXACL),
        "async": .init(clear: true, flag: F.MS_SYNCHRONOUS),
        "atime": .init(clear: true, flag: F.MS_NOATIME),
        "bind": .init(clear: false, flag: F.MS_BIND),
        "defaults": .init(clear: false, flag: 0),
        "dev": .init(clear: true, flag: F.MS_NODEV),
        "diratime": .init(clear: true, flag: F.MS_NODIRATIME),
        "dirsync": .init(clear: false, flag: F.MS_DIRSYNC),
        "exec": .init(clear: true, flag: F.MS_NOEXEC),
        "iversion": .init(clear: false, flag: F.MS_I_VERSION),
        "lazytime": .init(clear: false, flag: F.MS_LAZYTIME),
        "loud": .init(clear: true, flag: F.MS_SILENT),
        "mand": .init(clear: false, flag: F.MS_MANDLOCK),
        "noacl": .init(clear: true, flag: F.MS_POSIXACL),
        "noatime": .init(clear: false, flag: F.MS_NOATIME),
        "nodev": .init(clear: false, flag: F.MS_NODEV),
        "nodiratime": .init(clear: false, flag: F.MS_NODIRATIME),
        "noexec": .init(clear: false, flag: F.MS_NOEXEC),
        "noiversion": .init(clear: true, flag: F.MS_I_VERSION),
        "nolazytime": .init(clear: true, flag: F.MS_LAZYTIME),
        "nomand": .init(clear: true, flag: F.MS_MANDLOCK),
        "norelatime": .init(clear: true, flag: F.MS_RELATIME),
        "nostrictatime": .init(clear: true, flag: F.MS_STRICTATIME),
        "nosuid": .init(clear: false, flag: F.MS_NOSUID),
        "nosymfollow": .init(clear: false, flag: F.MS_NOSYMFOLLOW),
        "rbind": .init(clear: false, flag: F.MS_BIND | F.MS_REC),
        "relatime": .init(clear: false, flag: F.MS_RELATIME),
        "remount": .init(clear: false, flag: F.MS_REMOUNT),
        "ro": .init(clear: false, flag: F.MS_RDONLY),
        "rw": .init(clear: true, flag: F.MS_RDONLY),
        "silent": .init(clear: false, flag: F.MS_SILENT),
        "strictatime": .init(clear: false, flag: F.MS_STRICTATIME),
        "suid": .init(clear: true, flag: F.MS_NOSUID),
        "sync": .init(clear: false, flag: F.MS_SYNCHRONOUS),
        "symfollow": .init(clear: true, flag: F.MS_NOSYMFOLLOW),
    ]

    /// Propagation options; each becomes a separate `mount(NULL, dst, NULL, flags)` call.
    public static let propagation: [String: UInt] = [
        "private": F.MS_PRIVATE,
        "rprivate": F.MS_PRIVATE | F.MS_REC,
        "shared": F.MS_SHARED,
        "rshared": F.MS_SHARED | F.MS_REC,
        "slave": F.MS_SLAVE,
        "rslave": F.MS_SLAVE | F.MS_REC,
        "unbindable": F.MS_UNBINDABLE,
        "runbindable": F.MS_UNBINDABLE | F.MS_REC,
    ]

    public static let recursiveAttrs: [String: AttrOption] = [
        "rro": .init(clear: false, attr: A.MOUNT_ATTR_RDONLY),
        "rrw": .init(clear: true, attr: A.MOUNT_ATTR_RDONLY),
        "rnosuid": .init(clear: false, attr: A.MOUNT_ATTR_NOSUID),
        "rsuid": .init(clear: true, attr: A.MOUNT_ATTR_NOSUID),
        "rnodev": .init(clear: false, attr: A.MOUNT_ATTR_NODEV),
        "rdev": .init(clear: true, attr: A.MOUNT_ATTR_NODEV),
        "rnoexec": .init(clear: false, attr: A.MOUNT_ATTR_NOEXEC),
        "rexec": .init(clear: true, attr: A.MOUNT_ATTR_NOEXEC),
        "rnodiratime": .init(clear: false, attr: A.MOUNT_ATTR_NODIRATIME),
        "rdiratime": .init(clear: true, attr: A.MOUNT_ATTR_NODIRATIME),
        "rrelatime": .init(clear: false, attr: A.MOUNT_ATTR_RELATIME),
        "rnorelatime": .init(clear: true, attr: A.MOUNT_ATTR_RELATIME),
        "rnoatime": .init(clear: false, attr: A.MOUNT_ATTR_NOATIME),
        "ratime": .init(clear: true, attr: A.MOUNT_ATTR_NOATIME),
        "rstrictatime": .init(clear: false, attr: A.MOUNT_ATTR_STRICTATIME),
        "rnostrictatime": .init(clear: true, attr: A.MOUNT_ATTR_STRICTATIME),
        "rnosymfollow": .init(clear: false, attr: A.MOUNT_ATTR_NOSYMFOLLOW),
        "rsymfollow": .init(clear: true, attr: A.MOUNT_ATTR_NOSYMFOLLOW),
    ]

    /// Options the runtime implements itself rather than passing to the kernel:
    /// `tmpcopyup` (copy the shadowed dir into a new tmpfs), `idmap`/`ridmap`
    /// (ID-mapped bind mount via `mount_setattr`, recursive for `ridmap`).
    public static let extensions: Set<String> = ["tmpcopyup", "idmap", "ridmap"]

    /// Every option name above, sorted; this is `features.mountOptions`.
    public static let allOptionNames: [String] =
        (Array(flags.keys) + Array(propagation.keys) + Array(recursiveAttrs.keys) + Array(extensions)).sorted()
}

/// `MS_*` flag values for `mount(2)` (`<sys/mount.h>`), declared here so the model
/// needs no libc import.
public enum MountFlags {
    public static let MS_RDONLY: UInt = 1
    public static let MS_NOSUID: UInt = 2
    public static let MS_NODEV: UInt = 4
    public static let MS_NOEXEC: UInt = 8
    public static let MS_SYNCHRONOUS: UInt = 16
    public static let MS_REMOUNT: UInt = 32
    public static let MS_MANDLOCK: UInt = 64
    public static let MS_DIRSYNC: UInt = 128
    public static let MS_NOSYMFOLLOW: UInt = 256
    public static let MS_NOATIME: UInt = 1024
    public static let MS_NODIRATIME: UInt = 2048
    public static let MS_BIND: UInt = 4096
    public static let MS_MOVE: UInt = 8192
    public static let MS_REC: UInt = 16384
    public static let MS_SILENT: UInt = 32768
    public static let MS_POSIXACL: UInt = 1 << 16
    public static let MS_UNBINDABLE: UInt = 1 << 17
    public static let MS_PRIVATE: UInt = 1 << 18
    public static let MS_SLAVE: UInt = 1 << 19
    public static let MS_SHARED: UInt = 1 << 20
    public static let MS_RELATIME: UInt = 1 << 21
    public static let MS_I_VERSION: UInt = 1 << 23
    public static let MS_STRICTATIME: UInt = 1 << 24
    public static let MS_LAZYTIME: UInt = 1 << 25
}

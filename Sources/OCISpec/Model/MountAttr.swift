/// `MOUNT_ATTR_*` values for `mount_setattr(2)` (`<linux/mount.h>`), used by the
/// recursive options (`rro`, `rnosuid`, ...) and `idmap`.
public enum MountAttr {
    public static let MOUNT_ATTR_RDONLY: UInt64 = 0x0000_0001
    public static let MOUNT_ATTR_NOSUID: UInt64 = 0x0000_0002
    public static let MOUNT_ATTR_NODEV: UInt64 = 0x0000_0004
    public static let MOUNT_ATTR_NOEXEC: UInt64 = 0x0000_0008
    /// Mask of the atime mode field; must be in `attr_clr` when setting an atime mode.
    public static let MOUNT_ATTR__ATIME: UInt64 = 0x0000_0070
    public static let MOUNT_ATTR_RELATIME: UInt64 = 0x0000_0000
    public static let MOUNT_ATTR_NOATIME: UInt64 = 0x0000_0010
    public static let MOUNT_ATTR_STRICTATIME: UInt64 = 0x0000_0020
    public static let MOUNT_ATTR_NODIRATIME: UInt64 = 0x0000_0080
    public static let MOUNT_ATTR_IDMAP: UInt64 = 0x0010_0000
    public static let MOUNT_ATTR_NOSYMFOLLOW: UInt64 = 0x0020_0000
}

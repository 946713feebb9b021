/// A mount's `options` list split into what the runtime does with each part.
///
/// How to apply it (runc's order):
/// 1. `mount(source, dest, type, flags, dataString)` — for a bind mount the
///    kernel ignores most flags, so if `flags & ~(MS_BIND|MS_REC|MS_REMOUNT)` is
///    non-zero, follow with `mount("", dest, "", flags | MS_REMOUNT | MS_BIND, nil)`.
/// 2. One `mount("", dest, "", p, nil)` per entry of `propagation`, in order.
/// 3. If `recAttrSet | recAttrClear != 0`, `mount_setattr(dest, AT_RECURSIVE,
///    {attr_set: recAttrSet, attr_clr: recAttrClear})`.
/// 4. `extensions` (`tmpcopyup`, `idmap`, `ridmap`) are runtime features.
/// `clearFlags` records flags an option explicitly cleared (e.g. `rw`, `suid`);
/// it matters for remounts that must drop flags locked on the source mount.
public struct MountOptions: Equatable, Sendable {
    public var flags: UInt = 0
    public var clearFlags: UInt = 0
    public var propagation: [UInt] = []
    public var recAttrSet: UInt64 = 0
    public var recAttrClear: UInt64 = 0
    /// Filesystem-specific options (`size=65536k`, `mode=755`), in input order.
    public var data: [String] = []
    public var extensions: Set<String> = []

    public init() {}

    /// `data` joined with commas, the form `mount(2)` takes.
    public var dataString: String { data.joined(separator: ",") }

    /// Whether the options ask for a bind mount (`bind` or `rbind`).
    public var isBind: Bool { flags & MountFlags.MS_BIND != 0 }

    /// Whether the bind is recursive (`rbind`).
    public var isRecursiveBind: Bool { isBind && flags & MountFlags.MS_REC != 0 }
}

/// Split a mount `options` list; later options override earlier ones (`ro` then `rw`
/// leaves the mount writable). Unknown options are kept as filesystem data.
public func parseMountOptions(_ options: [String]) -> MountOptions {
    var out = MountOptions()
    for option in options {
        if let f = MountOptionTable.flags[option] {
            if f.clear {
                out.flags &= ~f.flag
                out.clearFlags |= f.flag
            } else {
                out.flags |= f.flag
                out.clearFlags &= ~f.flag
            }
        } else if let p = MountOptionTable.propagation[option] {
            out.propagation.append(p)
        } else if let a = MountOptionTable.recursiveAttrs[option] {
            if a.clear {
                out.recAttrClear |= a.attr
                out.recAttrSet &= ~a.attr
            } else {
                out.recAttrSet |= a.attr
                out.recAttrClear &= ~a.attr
                // mount_setattr(2): an atime mode in attr_set needs the whole
                // atime field in attr_clr, or the kernel rejects it.
                if a.attr & MountAttr.MOUNT_ATTR__ATIME == a.attr {
                    out.recAttrClear |= MountAttr.MOUNT_ATTR__ATIME
                }
            }
        } else if MountOptionTable.extensions.contains(option) {
            out.extensions.insert(option)
        } else {
            out.data.append(option)
        }
    }
    return out
}

import Glibc
/// Linux mount(2) flag values (glibc exposes them as an enum that Swift
/// imports awkwardly; the numbers are ABI and never change).
enum MS {
    static let rdonly: UInt = 1
    static let nosuid: UInt = 2
    static let nodev: UInt = 4
    static let noexec: UInt = 8
    static let remount: UInt = 32
    static let bind: UInt = 4096
    static let move: UInt = 8192
    static let rec: UInt = 16384
    static let unbindable: UInt = 1 << 17
    static let `private`: UInt = 1 << 18
    static let slave: UInt = 1 << 19
    static let shared: UInt = 1 << 20
    static let relatime: UInt = 1 << 21
    static let strictatime: UInt = 1 << 24
    static let noatime: UInt = 1024
    static let nodiratime: UInt = 2048
    static let propagation: UInt = unbindable | `private` | slave | shared

    /// Flags that a bind remount must keep: in a user namespace the kernel
    /// refuses a remount that would clear a locked nosuid/nodev/noexec/ro/atime flag.
    static let lockable: UInt = rdonly | nosuid | nodev | noexec | noatime | nodiratime | relatime
}

/// statvfs f_flag bits -> MS_* bits for the lockable flags.
func mountFlagsOf(path: String) -> UInt {
    var sv = statvfs()
    guard statvfs(path, &sv) == 0 else { return 0 }
    let f = UInt(sv.f_flag)
    var out: UInt = 0
    if f & 1 != 0 { out |= MS.rdonly }      // ST_RDONLY
    if f & 2 != 0 { out |= MS.nosuid }      // ST_NOSUID
    if f & 4 != 0 { out |= MS.nodev }       // ST_NODEV
    if f & 8 != 0 { out |= MS.noexec }      // ST_NOEXEC
    if f & 1024 != 0 { out |= MS.noatime }  // ST_NOATIME
    if f & 2048 != 0 { out |= MS.nodiratime }
    if f & 4096 != 0 { out |= MS.relatime } // ST_RELATIME
    return out
}

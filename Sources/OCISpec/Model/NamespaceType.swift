/// The namespace `type` strings of `linux.namespaces`, with their `CLONE_NEW*` flags.
public enum NamespaceType {
    public static let pid = "pid"
    public static let network = "network"
    public static let mount = "mount"
    public static let ipc = "ipc"
    public static let uts = "uts"
    public static let user = "user"
    public static let cgroup = "cgroup"
    public static let time = "time"

    /// Every namespace type the spec defines.
    public static let all: [String] = [pid, network, mount, ipc, uts, user, cgroup, time]

    /// `CLONE_NEW*` value per type, for `unshare(2)`/`setns(2)`/`clone3(2)`.
    public static let cloneFlags: [String: Int32] = [
        mount: 0x0002_0000,   // CLONE_NEWNS
        cgroup: 0x0200_0000,  // CLONE_NEWCGROUP
        uts: 0x0400_0000,     // CLONE_NEWUTS
        ipc: 0x0800_0000,     // CLONE_NEWIPC
        user: 0x1000_0000,    // CLONE_NEWUSER
        pid: 0x2000_0000,     // CLONE_NEWPID
        network: 0x4000_0000, // CLONE_NEWNET
        time: 0x0000_0080,    // CLONE_NEWTIME
    ]

    /// The file under `/proc/<pid>/ns/` for each type (the spec's names differ for two).
    public static let procFile: [String: String] = [
        pid: "pid", network: "net", mount: "mnt", ipc: "ipc",
        uts: "uts", user: "user", cgroup: "cgroup", time: "time",
    ]
}

/// Recorded /proc/self/mountinfo and /proc/self/cgroup texts for the three
/// layouts (embedded: SwiftPM resources would need Foundation's Bundle).
enum Fixtures {
    /// Pure v1 (older Docker host): cpu,cpuacct and net_cls,net_prio comounted,
    /// plus a bind mount of the memory hierarchy that must be ignored.
    static let mountinfoV1 = """
    22 28 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw
    25 22 0:23 / /sys/fs/cgroup ro,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755
    26 25 0:24 / /sys/fs/cgroup/systemd rw,nosuid,nodev,noexec,relatime shared:10 - cgroup cgroup rw,xattr,release_agent=/lib/systemd/systemd-cgroups-agent,name=systemd
    29 25 0:27 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:13 - cgroup cgroup rw,cpu,cpuacct
    30 25 0:28 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:14 - cgroup cgroup rw,memory
    31 25 0:29 / /sys/fs/cgroup/net_cls,net_prio rw,nosuid,nodev,noexec,relatime shared:15 - cgroup cgroup rw,net_cls,net_prio
    32 25 0:30 / /sys/fs/cgroup/cpuset rw,nosuid,nodev,noexec,relatime shared:16 - cgroup cgroup rw,cpuset
    33 25 0:31 / /sys/fs/cgroup/pids rw,nosuid,nodev,noexec,relatime shared:17 - cgroup cgroup rw,pids
    34 25 0:32 / /sys/fs/cgroup/devices rw,nosuid,nodev,noexec,relatime shared:18 - cgroup cgroup rw,devices
    35 25 0:33 / /sys/fs/cgroup/freezer rw,nosuid,nodev,noexec,relatime shared:19 - cgroup cgroup rw,freezer
    36 25 0:34 / /sys/fs/cgroup/blkio rw,nosuid,nodev,noexec,relatime shared:20 - cgroup cgroup rw,blkio
    37 25 0:35 / /sys/fs/cgroup/hugetlb rw,nosuid,nodev,noexec,relatime shared:21 - cgroup cgroup rw,hugetlb
    38 25 0:36 / /sys/fs/cgroup/perf_event rw,nosuid,nodev,noexec,relatime shared:22 - cgroup cgroup rw,perf_event
    90 28 0:28 /docker /var/lib/mem\\040copy rw,relatime - cgroup cgroup rw,memory
    """

    static let procCgroupV1 = """
    12:perf_event:/
    11:hugetlb:/
    10:blkio:/system.slice/containerd.service
    9:freezer:/
    8:devices:/system.slice/containerd.service
    7:pids:/system.slice/containerd.service
    6:cpuset:/
    5:net_cls,net_prio:/
    4:memory:/system.slice/containerd.service
    3:cpu,cpuacct:/system.slice/containerd.service
    1:name=systemd:/system.slice/containerd.service
    """

    /// Pure v2 (systemd unified, as in the cgroup2 VM but with systemd).
    static let mountinfoV2 = """
    22 28 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:2 - sysfs sysfs rw
    26 22 0:24 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot
    27 22 0:25 / /sys/fs/bpf rw,nosuid,nodev,noexec,relatime shared:5 - bpf bpf rw,mode=700
    """

    static let procCgroupV2 = """
    0::/user.slice/user-0.slice/session-3.scope
    """

    /// Hybrid, as on the build host: every v1 controller separately mounted,
    /// cgroup2 at /sys/fs/cgroup/unified (only hugetlb left for it).
    static let mountinfoHybrid = """
    31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
    32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
    33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
    34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset
    35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
    36 31 0:33 / /sys/fs/cgroup/devices rw,relatime - cgroup cgroup rw,devices
    37 31 0:34 / /sys/fs/cgroup/freezer rw,relatime - cgroup cgroup rw,freezer
    38 31 0:35 / /sys/fs/cgroup/blkio rw,relatime - cgroup cgroup rw,blkio
    39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
    40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
    41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
    """

    static let procCgroupHybrid = """
    9:name=systemd:/
    8:pids:/
    7:blkio:/
    6:freezer:/
    5:devices:/
    4:memory:/process_api/fdb8c40bc08d6e2a8f247af1eca328ec
    3:cpuset:/
    2:cpuacct:/
    1:cpu:/
    0::/
    """

    /// Inside a container with a cgroup namespace: the v2 mount root is a sub-cgroup.
    static let mountinfoV2Nested = """
    700 690 0:24 /kubepods/pod1/ctr /sys/fs/cgroup ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup rw
    """
}

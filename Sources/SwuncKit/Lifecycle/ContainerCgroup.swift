import Glibc
import Cgroups
import LinuxKit
import OCISpec

/// The container's cgroup: the one place that maps the runtime-spec's
/// `linux.cgroupsPath` and `linux.resources` onto the Cgroups module.
struct ContainerCgroup {
    let path: String
    let manager: CgroupManager
    let resources: CgroupResources?

    init(spec: Spec, id: String) throws {
        let mounts = try CgroupMounts.detect()
        manager = makeCgroupManager(cgroupsPath: spec.linux?.cgroupsPath, defaultPath: "/swunc/\(id)", mounts: mounts,
                                    own: (try? ProcCgroup.readSelf()) ?? ProcCgroup(v1: [:], unified: nil))
        path = manager.path
        resources = CgroupResources(spec: spec.linux?.resources ?? LinuxResources(), devices: spec.linux?.devices ?? [])
    }

    /// For delete, kill --all, ps, pause: the path recorded at create.
    init(recordedPath: String) throws {
        let mounts = try CgroupMounts.detect()
        path = recordedPath
        manager = makeCgroupManager(path: recordedPath, mounts: mounts)
        resources = nil
    }

    func create() throws {
        try manager.create()
        if let r = resources { try manager.apply(r) }
    }

    func addProcess(_ pid: Int32) throws { try manager.addProcess(pid) }

    /// Kills whatever is left and removes the cgroup on every hierarchy.
    func destroy() {
        do { try manager.destroy() } catch {
            Log.warning("removing cgroup \(path): \(describe(error))")
        }
    }
}

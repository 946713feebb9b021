import Glibc
import LinuxKit
import OCISpec

extension Runtime {
    /// `state`: the runtime-spec state with the live status. Reads only
    /// state.json and /proc (never config.json).
    public func state(id: String) throws -> StateOutput {
        let record = try store.load(id: id)
        let status = record.liveStatus(directory: store.directory(of: record.id))
        return StateOutput(ociVersion: record.ociVersion, id: record.id, pid: status == .stopped ? 0 : record.pid,
                           status: status.rawValue, bundle: record.bundle, rootfs: record.rootfs, created: record.created,
                           owner: record.owner ?? "", annotations: record.annotations)
    }

    /// `list`: every container under --root with its live status.
    public func list() -> [(record: ContainerRecord, status: ContainerStatus)] {
        store.ids().compactMap { id in
            guard let r = try? store.load(id: id) else { return nil }
            return (r, r.liveStatus(directory: store.directory(of: id)))
        }
    }
}

/// What `state` prints: the runtime-spec state plus runc's extra fields
/// (rootfs, created, owner), which containerd's go-runc reads.
public struct StateOutput: Codable {
    public var ociVersion: String
    public var id: String
    public var pid: Int32
    public var status: String
    public var bundle: String
    public var rootfs: String
    public var created: String
    public var owner: String
    public var annotations: [String: String]?
}

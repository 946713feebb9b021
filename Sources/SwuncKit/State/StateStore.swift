import Glibc
import LinuxKit
import OCISpec

/// <root>/<id>/state.json, one directory per container. Every mutation
/// happens under an exclusive flock on the container directory, and
/// state.json is replaced atomically (temp file, fsync, rename).
public struct StateStore {
    public let root: String

    public init(root: String) { self.root = root }

    public func directory(of id: String) -> String { root + "/" + id }

    /// Creates the container's directory; fails if the id is taken. mkdir is
    /// the atomic test-and-set: two concurrent creates cannot both succeed.
    public func createDirectory(id: String) throws -> LockedContainer {
        try ContainerID.validate(id)
        try FileIO.makeDirectories(root, mode: 0o711)
        let dir = directory(of: id)
        if mkdir(dir, 0o711) != 0 {
            if errno == EEXIST { throw SwuncError("container \"\(id)\" already exists (under \(root)); delete it first or pick another id") }
            throw SystemError("mkdir \(dir)")
        }
        return try LockedContainer(directory: dir, id: id)
    }

    /// Opens and locks an existing container's directory.
    public func lock(id: String) throws -> LockedContainer {
        try ContainerID.validate(id)
        return try LockedContainer(directory: directory(of: id), id: id)
    }

    /// Reads a container's record without locking (readers see whole files).
    public func load(id: String) throws -> ContainerRecord {
        try ContainerID.validate(id)
        return try Self.loadRecord(directory: directory(of: id), id: id)
    }

    static func loadRecord(directory: String, id: String) throws -> ContainerRecord {
        let path = directory + "/state.json"
        guard let bytes = FileIO.read(path) else {
            if errno == ENOENT { throw SwuncError("container \"\(id)\" does not exist") }
            throw SystemError("open \(path)")
        }
        do {
            return try JSON.decode(ContainerRecord.self, from: bytes)
        } catch {
            throw SwuncError("\(path): corrupt state: \(error)")
        }
    }

    /// Ids of all containers under root.
    public func ids() -> [String] {
        FileIO.listDirectory(root).filter { (try? ContainerID.validate($0)) != nil && FileIO.isDirectory(root + "/" + $0) }.sorted()
    }
}

/// An exclusively locked container directory. The lock is released when the
/// fd is closed (on `unlock()` or process exit).
public final class LockedContainer {
    public let directory: String
    public let id: String
    let fd: Int32

    init(directory: String, id: String) throws {
        self.directory = directory
        self.id = id
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { throw SwuncError("container \"\(id)\" does not exist") }
            throw SystemError("open \(directory)")
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let e = errno
            close(fd)
            throw SystemError("lock \(directory)", errno: e)
        }
        self.fd = fd
    }

    deinit { close(fd) }

    public func load() throws -> ContainerRecord {
        try StateStore.loadRecord(directory: directory, id: id)
    }

    public func save(_ record: ContainerRecord) throws {
        let bytes = try JSON.encode(record)
        try FileIO.writeAtomic(directory + "/state.json", bytes)
    }

    /// Removes the directory and everything in it.
    public func remove() {
        FileIO.removeTree(directory)
    }
}

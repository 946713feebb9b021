import Glibc
import LinuxKit
import OCISpec

/// An OCI bundle: its absolute path, config.json as read, the decoded and
/// validated spec, and the rootfs as an absolute path.
struct Bundle {
    let path: String
    let configBytes: [UInt8]
    let spec: Spec
    let rootfs: String

    static func load(path: String, requireProcess: Bool = true) throws -> Bundle {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(path, &buf) != nil else { throw SystemError("--bundle \(path)") }
        let abs = String(cString: buf)
        let configPath = abs + "/config.json"
        guard let bytes = FileIO.read(configPath) else { throw SystemError("open \(configPath)") }
        let spec: Spec
        do {
            spec = try JSON.decode(Spec.self, from: bytes)
        } catch {
            throw SwuncError("\(configPath): \(describe(error))")
        }
        do {
            try validate(spec, bundlePath: abs, requireProcess: requireProcess)
        } catch {
            throw SwuncError("\(configPath): \(describe(error))")
        }
        var rootfs = spec.root?.path ?? "rootfs"
        if !rootfs.hasPrefix("/") { rootfs = abs + "/" + rootfs }
        guard realpath(rootfs, &buf) != nil else { throw SystemError("\(configPath): root.path \(rootfs)") }
        return Bundle(path: abs, configBytes: bytes, spec: spec, rootfs: String(cString: buf))
    }
}

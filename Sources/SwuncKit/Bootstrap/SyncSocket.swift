import Glibc
import CBootstrap
import LinuxKit

/// One end of the parent <-> container socket. Frames are
/// { uint32 type; uint32 length; payload } (see cbootstrap.h).
struct SyncSocket {
    let fd: Int32

    func send(_ type: swunc_sync_type, _ payload: [UInt8] = []) throws {
        let rc = payload.withUnsafeBytes { swunc_sync_send(fd, type.rawValue, $0.baseAddress, UInt32($0.count)) }
        _ = try check(rc, "sync: sending message \(type.rawValue)")
    }

    /// Receives one frame. EOF (the other side died) surfaces as SyncClosed.
    func receive() throws -> (type: UInt32, payload: [UInt8]) {
        var type: UInt32 = 0
        var ptr: UnsafeMutableRawPointer? = nil
        var len: UInt32 = 0
        let rc = swunc_sync_recv(fd, &type, &ptr, &len)
        defer { free(ptr) }
        if rc == -EPIPE || rc == -ECONNRESET { throw SyncClosed() }
        _ = try check(rc, "sync: receiving")
        let bytes = len == 0 ? [] : Array(UnsafeRawBufferPointer(start: ptr, count: Int(len)))
        return (type, bytes)
    }

    func close() { Glibc.close(fd) }
}

struct SyncClosed: Error {}

extension swunc_sync_type {
    static let bootstrap = SWUNC_SYNC_BOOTSTRAP
    static let usermapRequest = SWUNC_SYNC_USERMAP_REQ
    static let usermapAck = SWUNC_SYNC_USERMAP_ACK
    static let childPid = SWUNC_SYNC_CHILD_PID
    static let error = SWUNC_SYNC_ERROR
    static let initConfig = SWUNC_SYNC_INIT_CONFIG
    static let runHooks = SWUNC_SYNC_RUN_HOOKS
    static let hooksDone = SWUNC_SYNC_HOOKS_DONE
    static let ready = SWUNC_SYNC_READY
    static let seccompFd = SWUNC_SYNC_SECCOMP_FD
}

/// Little-endian-native framing helpers.
extension Array where Element == UInt8 {
    mutating func appendU32(_ v: UInt32) {
        Swift.withUnsafeBytes(of: v) { append(contentsOf: $0) }
    }
}

func readU32(_ bytes: [UInt8], at offset: Int) -> UInt32? {
    guard offset >= 0, offset + 4 <= bytes.count else { return nil }
    var v: UInt32 = 0
    withUnsafeMutableBytes(of: &v) { dst in
        for i in 0..<4 { dst[i] = bytes[offset + i] }
    }
    return v
}

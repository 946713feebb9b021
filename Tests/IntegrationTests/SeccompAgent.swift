import Foundation
import Glibc
import CBootstrap

/// A minimal seccomp notify agent for tests: accepts the runtime's
/// connection, takes the notify fd, and answers every notification with an
/// errno until the fd is closed.
final class SeccompAgent {
    let path: String
    var listener: Int32 = -1
    var receivedState = ""
    var answered = 0
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    init(path: String) { self.path = path }

    func listen() throws {
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in for (i, b) in path.utf8.enumerated() { buf[i] = b } }
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        guard rc == 0, Glibc.listen(listener, 1) == 0 else { throw NSError(domain: "agent", code: Int(errno)) }
    }

    func serveOne(answerErrno: Int32) {
        let t = Thread { [self] in
            defer { close(listener); done.signal() }
            let conn = accept(listener, nil, nil)
            guard conn >= 0 else { return }
            var data = [UInt8](repeating: 0, count: 65536)
            let control = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 8)
            defer { control.deallocate() }
            var fd: Int32 = -1
            data.withUnsafeMutableBytes { dbuf in
                var iov = iovec(iov_base: dbuf.baseAddress, iov_len: dbuf.count)
                withUnsafeMutablePointer(to: &iov) { iovp in
                    var msg = msghdr()
                    msg.msg_iov = iovp; msg.msg_iovlen = 1
                    msg.msg_control = control; msg.msg_controllen = 64
                    let n = recvmsg(conn, &msg, 0)
                    if n > 0 {
                        receivedState = String(decoding: UnsafeRawBufferPointer(start: dbuf.baseAddress, count: n), as: UTF8.self)
                        if control.load(fromByteOffset: 12, as: Int32.self) == 1 { fd = control.load(fromByteOffset: 16, as: Int32.self) }
                    }
                }
            }
            close(conn)
            guard fd >= 0 else { return }
            // struct seccomp_notif { u64 id; u32 pid; u32 flags; struct seccomp_data data (64 bytes) } = 80 bytes
            // struct seccomp_notif_resp { u64 id; s64 val; s32 error; u32 flags } = 24 bytes
            let SECCOMP_IOCTL_NOTIF_RECV: UInt = 0xc0502100
            let SECCOMP_IOCTL_NOTIF_SEND: UInt = 0xc0182101
            while true {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 10_000) <= 0 || p.revents & Int16(POLLHUP) != 0 { break }
                var req = [UInt8](repeating: 0, count: 80)
                if req.withUnsafeMutableBytes({ swunc_ioctl_ptr(fd, SECCOMP_IOCTL_NOTIF_RECV, $0.baseAddress) }) != 0 { break }
                let id = req.withUnsafeBytes { $0.load(as: UInt64.self) }
                var resp = [UInt8](repeating: 0, count: 24)
                resp.withUnsafeMutableBytes { b in
                    b.storeBytes(of: id, toByteOffset: 0, as: UInt64.self)
                    b.storeBytes(of: Int32(-answerErrno), toByteOffset: 16, as: Int32.self)
                }
                if resp.withUnsafeMutableBytes({ swunc_ioctl_ptr(fd, SECCOMP_IOCTL_NOTIF_SEND, $0.baseAddress) }) == 0 { answered += 1 }
            }
            close(fd)
        }
        thread = t
        t.start()
    }

    func wait() { _ = done.wait(timeout: .now() + 30) }
}

import Foundation
import Glibc
import XCTest

/// --console-socket: the pty master arrives over SCM_RIGHTS and works.
final class ConsoleTests: SwuncTestCase {
    func testConsoleSocketReceivesWorkingPty() throws {
        let sockPath = workDir + "/console.sock"
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(listener, 0)
        defer { close(listener) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in
            for (i, b) in sockPath.utf8.enumerated() { buf[i] = b }
        }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        XCTAssertEqual(bound, 0)
        XCTAssertEqual(listen(listener, 1), 0)

        let bundle = try makeBundle(args: ["sh", "-c", "tty; [ -t 0 ] && echo stdin-is-tty; read line; echo got:$line"]) { c in
            var p = c["process"] as! [String: Any]
            p["terminal"] = true
            c["process"] = p
        }
        let id = newID()
        var createResult: Result?
        let done = DispatchSemaphore(value: 0)
        let exe = Self.binary, root = stateRoot
        DispatchQueue.global().async {
            createResult = Self.run(exe, ["--root", root, "create", "--bundle", bundle, "--console-socket", sockPath, id])
            done.signal()
        }
        let conn = accept(listener, nil, nil)
        XCTAssertGreaterThanOrEqual(conn, 0)
        let master = receiveFD(conn)
        close(conn)
        XCTAssertGreaterThanOrEqual(master, 0)
        XCTAssertEqual(done.wait(timeout: .now() + 20), .success)
        XCTAssertEqual(createResult?.status, 0, createResult?.stderr ?? "")
        XCTAssertEqual(swunc(["start", id]).status, 0)
        _ = "hello\n".withCString { write(master, $0, 6) }
        let output = readPty(master, until: "got:hello")
        XCTAssertTrue(output.contains("/dev/pts/"), output)
        XCTAssertTrue(output.contains("stdin-is-tty"), output)
        XCTAssertTrue(output.contains("got:hello"), output)
    }

    /// exec --tty --console-socket: the exec'd process gets its own pty.
    func testExecTtyThroughConsoleSocket() throws {
        let id = newID()
        XCTAssertEqual(swunc(["run", "-d", "--bundle", try makeBundle(args: ["sleep", "600"]), id]).status, 0)
        let sockPath = workDir + "/exec-console.sock"
        let listener = makeListener(sockPath)
        defer { close(listener) }
        var result: Result?
        let done = DispatchSemaphore(value: 0)
        let exe = Self.binary, root = stateRoot
        DispatchQueue.global().async {
            result = Self.run(exe, ["--root", root, "exec", "--tty", "--detach", "--console-socket", sockPath, id, "sh", "-c", "tty; echo exec-pty-ok; sleep 2"])
            done.signal()
        }
        let conn = accept(listener, nil, nil)
        let master = receiveFD(conn)
        close(conn)
        XCTAssertEqual(done.wait(timeout: .now() + 20), .success)
        XCTAssertEqual(result?.status, 0, result?.stderr ?? "")
        XCTAssertGreaterThanOrEqual(master, 0)
        let output = readPty(master, until: "exec-pty-ok")
        XCTAssertTrue(output.contains("/dev/pts/"), output)
        XCTAssertTrue(output.contains("exec-pty-ok"), output)
    }

    /// `run` with terminal: true and no --console-socket: swunc holds the pty
    /// and copies it to its stdout, and returns when the container's init
    /// exits. Without a pid namespace nothing kills the background sleep,
    /// but the init is the session leader, so its exit hangs up the pty and
    /// `run` does not wait for the sleep.
    func testRunProxiesItsOwnPtyAndReturnsWhenInitExits() throws {
        let b = try makeBundle(args: ["sh", "-c", "tty; (sleep 20 &); echo proxied-ok"]) { c in
            var p = c["process"] as! [String: Any]
            p["terminal"] = true
            c["process"] = p
            var linux = c["linux"] as! [String: Any]
            linux["namespaces"] = (linux["namespaces"] as! [[String: Any]]).filter { $0["type"] as? String != "pid" }
            c["linux"] = linux
        }
        let started = Date()
        let r = swunc(["run", "--bundle", b, newID()], timeout: 30)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("/dev/pts/") && r.stdout.contains("proxied-ok"), r.stdout)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "run must not wait for the leftover sleep")
    }

    /// Reads the pty master until marker shows up (10 s at most), then closes it.
    func readPty(_ master: Int32, until marker: String) -> String {
        var output = ""
        var buf = [UInt8](repeating: 0, count: 1024)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && !output.contains(marker) {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 200) > 0 {
                let n = read(master, &buf, buf.count)
                if n <= 0 { break }
                output += String(decoding: buf[0..<n], as: UTF8.self)
            }
        }
        close(master)
        return output
    }

    func makeListener(_ path: String) -> Int32 {
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in for (i, b) in path.utf8.enumerated() { buf[i] = b } }
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        listen(listener, 1)
        return listener
    }

    func receiveFD(_ sock: Int32) -> Int32 {
        var data = [UInt8](repeating: 0, count: 256)
        let space = 64
        let control = UnsafeMutableRawPointer.allocate(byteCount: space, alignment: 8)
        defer { control.deallocate() }
        return data.withUnsafeMutableBytes { dbuf -> Int32 in
            var iov = iovec(iov_base: dbuf.baseAddress, iov_len: dbuf.count)
            return withUnsafeMutablePointer(to: &iov) { iovp -> Int32 in
                var msg = msghdr()
                msg.msg_iov = iovp
                msg.msg_iovlen = 1
                msg.msg_control = control
                msg.msg_controllen = space
                guard recvmsg(sock, &msg, 0) >= 0 else { return -1 }
                // struct cmsghdr { size_t len; int level; int type; } then data.
                let level = control.load(fromByteOffset: 8, as: Int32.self)
                let type = control.load(fromByteOffset: 12, as: Int32.self)
                guard level == SOL_SOCKET, type == 1 /* SCM_RIGHTS */ else { return -1 }
                return control.load(fromByteOffset: 16, as: Int32.self)
            }
        }
    }
}

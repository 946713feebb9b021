import LinuxKit
import OCISpec
import SwuncKit

/// swunc update [--resources FILE|-] [--memory N] ... ID
/// The resources file is a runtime-spec LinuxResources JSON object ("-" =
/// stdin: containerd's shim runs `update --resources -`); flags given
/// alongside it override its values.
enum UpdateCommand {
    static let spec = Arguments.Spec(
        valued: ["resources": "resources", "r": "resources",
                 "memory": "memory", "memory-reservation": "memory-reservation", "memory-swap": "memory-swap",
                 "kernel-memory": "kernel-memory", "kernel-memory-tcp": "kernel-memory-tcp",
                 "cpu-quota": "cpu-quota", "cpu-period": "cpu-period", "cpu-share": "cpu-share",
                 "cpu-rt-runtime": "cpu-rt-runtime", "cpu-rt-period": "cpu-rt-period", "cpu-idle": "cpu-idle",
                 "cpuset-cpus": "cpuset-cpus", "cpuset-mems": "cpuset-mems",
                 "pids-limit": "pids-limit", "blkio-weight": "blkio-weight",
                 "l3-cache-schema": "l3-cache-schema", "mem-bw-schema": "mem-bw-schema"],
        boolean: [:])

    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        let a = try Arguments(args, spec: spec)
        let id = try a.containerID("update")
        if a.positionals.count > 1 {
            throw SwuncError("update: unexpected argument \"\(a.positionals[1])\" (usage: swunc update [flags] <container-id>)")
        }
        var r = LinuxResources()
        if let source = a.value("resources") {
            let bytes: [UInt8]
            if source == "-" {
                bytes = FileIO.readAll(fd: 0)
            } else {
                guard let b = FileIO.read(source) else { throw SystemError("update --resources: open \(source)") }
                bytes = b
            }
            do { r = try JSON.decode(LinuxResources.self, from: bytes) } catch {
                throw SwuncError("update --resources \(source == "-" ? "(stdin)" : source): not a runtime-spec linux.resources object: \(error)")
            }
        }
        try applyFlags(a, to: &r)
        try rt.update(id: id, resources: r)
        return 0
    }

    /// Flags override the file, field by field.
    static func applyFlags(_ a: Arguments, to r: inout LinuxResources) throws {
        for flag in ["l3-cache-schema", "mem-bw-schema"] where a.value(flag) != nil {
            throw SwuncError("update --\(flag): Intel RDT is not supported by swunc")
        }
        func memory(_ flag: String, _ set: (inout LinuxMemory, Int64) -> Void) throws {
            guard let v = a.value(flag) else { return }
            var m = r.memory ?? LinuxMemory()
            set(&m, try parseMemory(v, flag: flag))
            r.memory = m
        }
        try memory("memory") { $0.limit = $1 }
        try memory("memory-reservation") { $0.reservation = $1 }
        try memory("memory-swap") { $0.swap = $1 }
        try memory("kernel-memory") { $0.kernel = $1 }
        try memory("kernel-memory-tcp") { $0.kernelTCP = $1 }

        func cpu<T: FixedWidthInteger>(_ flag: String, _ type: T.Type, _ set: (inout LinuxCPU, T) -> Void) throws {
            guard let v = a.value(flag) else { return }
            var c = r.cpu ?? LinuxCPU()
            set(&c, try parseInt(v, T.self, flag: flag))
            r.cpu = c
        }
        try cpu("cpu-share", UInt64.self) { $0.shares = $1 }
        try cpu("cpu-quota", Int64.self) { $0.quota = $1 }
        try cpu("cpu-period", UInt64.self) { $0.period = $1 }
        try cpu("cpu-rt-runtime", Int64.self) { $0.realtimeRuntime = $1 }
        try cpu("cpu-rt-period", UInt64.self) { $0.realtimePeriod = $1 }
        try cpu("cpu-idle", Int64.self) { $0.idle = $1 }
        for (flag, mems) in [("cpuset-cpus", false), ("cpuset-mems", true)] {
            guard let v = a.value(flag) else { continue }
            var c = r.cpu ?? LinuxCPU()
            if mems { c.mems = v } else { c.cpus = v }
            r.cpu = c
        }
        if let v = a.value("pids-limit") {
            r.pids = LinuxPids(limit: try parseInt(v, Int64.self, flag: "pids-limit"))
        }
        if let v = a.value("blkio-weight") {
            var b = r.blockIO ?? LinuxBlockIO()
            b.weight = try parseInt(v, UInt16.self, flag: "blkio-weight")
            r.blockIO = b
        }
    }

    static func parseInt<T: FixedWidthInteger>(_ text: String, _ type: T.Type, flag: String) throws -> T {
        guard let v = T(text) else {
            let range = T.isSigned ? "an integer" : "a non-negative integer"
            throw SwuncError("update --\(flag): invalid value \"\(text)\": must be \(range) up to \(T.max)")
        }
        return v
    }

    /// runc's memory values (docker/go-units RAMInBytes): plain bytes, or a
    /// number with a binary unit, "100M", "1g", "512k", "1.5GiB"; -1 = unlimited.
    static func parseMemory(_ text: String, flag: String) throws -> Int64 {
        if text == "-1" { return -1 }
        if let v = parseSize(text) { return v }
        throw SwuncError("update --\(flag): invalid value \"\(text)\": use bytes or a size like 100M, 1g, 512k (-1 = unlimited)")
    }

    static func parseSize(_ text: String) -> Int64? {
        var s = Substring(text)
        var digits = Substring("")
        while let c = s.first, c.isASCII, c.isNumber || c == "." { digits.append(c); s.removeFirst() }
        guard !digits.isEmpty, digits.first != ".", digits.last != ".", let value = Double(digits) else { return nil }
        if s.first == " " { s.removeFirst() }
        var unit = s.lowercased()
        if unit.hasSuffix("b") { unit.removeLast() }
        if unit.hasSuffix("i") { unit.removeLast() }
        let shift: Int
        switch unit {
        case "": shift = 0
        case "k": shift = 10
        case "m": shift = 20
        case "g": shift = 30
        case "t": shift = 40
        case "p": shift = 50
        default: return nil
        }
        // "b" alone or "ib" without a unit letter is not a size.
        if unit.isEmpty && s.count > 0 && s.lowercased() != "b" { return nil }
        let bytes = value * Double(Int64(1) << shift)
        guard bytes < 9.2e18 else { return nil }
        return Int64(bytes)
    }
}

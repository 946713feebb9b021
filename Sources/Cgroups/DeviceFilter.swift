import CCgroupBPF
import Glibc

/// Builds and attaches the cgroup v2 device filter: an eBPF program of type
/// BPF_PROG_TYPE_CGROUP_DEVICE, generated the way runc's devicefilter and
/// crun's ebpf.c do it.
///
/// The program sees `struct bpf_cgroup_dev_ctx { u32 access_type; u32 major;
/// u32 minor; }` with access_type = (BPF_DEVCG_ACC_* << 16) | BPF_DEVCG_DEV_*.
/// Rules are checked from last to first (a later rule overrides an earlier
/// one); the first match returns 1 (allow) or 0 (deny); nothing matching
/// means deny.
public enum DeviceFilter {
    /// One 8-byte `struct bpf_insn`.
    public struct Insn: Equatable {
        public var code: UInt8
        /// dst_reg in the low nibble, src_reg in the high nibble.
        public var regs: UInt8
        public var off: Int16
        public var imm: Int32
        init(_ code: UInt8, dst: UInt8 = 0, src: UInt8 = 0, off: Int16 = 0, imm: Int32 = 0) {
            self.code = code; self.regs = (src << 4) | (dst & 0x0f); self.off = off; self.imm = imm
        }
    }

    // Opcodes (linux/bpf.h, linux/bpf_common.h).
    static let ldxMemW: UInt8 = 0x61   // BPF_LDX | BPF_MEM | BPF_W
    static let and32K: UInt8 = 0x54    // BPF_ALU | BPF_AND | BPF_K
    static let rsh32K: UInt8 = 0x74    // BPF_ALU | BPF_RSH | BPF_K
    static let mov32X: UInt8 = 0xbc    // BPF_ALU | BPF_MOV | BPF_X
    static let mov64K: UInt8 = 0xb7    // BPF_ALU64 | BPF_MOV | BPF_K
    static let jneK: UInt8 = 0x55      // BPF_JMP | BPF_JNE | BPF_K
    static let jneX: UInt8 = 0x5d      // BPF_JMP | BPF_JNE | BPF_X
    static let exit: UInt8 = 0x95      // BPF_JMP | BPF_EXIT

    static let devBlock: Int32 = 1, devChar: Int32 = 2  // BPF_DEVCG_DEV_*
    static let accMknod: Int32 = 1, accRead: Int32 = 2, accWrite: Int32 = 4  // BPF_DEVCG_ACC_*

    /// The instructions for `rules` (OCI order).
    public static func program(for rules: [CgroupResources.DeviceRule]) -> [Insn] {
        // Prologue: R2 = device type, R3 = requested access, R4 = major, R5 = minor.
        var p: [Insn] = [
            Insn(ldxMemW, dst: 2, src: 1, off: 0),
            Insn(and32K, dst: 2, imm: 0xffff),
            Insn(ldxMemW, dst: 3, src: 1, off: 0),
            Insn(rsh32K, dst: 3, imm: 16),
            Insn(ldxMemW, dst: 4, src: 1, off: 4),
            Insn(ldxMemW, dst: 5, src: 1, off: 8),
        ]
        for r in rules.reversed() {
            var checks: [[Insn]] = []   // each ends with a JNE whose offset is patched below
            switch r.type ?? "a" {
            case "c": checks.append([Insn(jneK, dst: 2, imm: devChar)])
            case "b": checks.append([Insn(jneK, dst: 2, imm: devBlock)])
            default: break  // "a": any type
            }
            let acc = accessMask(r.access)
            if acc != accMknod | accRead | accWrite {
                // Requested access must be a subset of the rule's: (R3 & acc) == R3.
                checks.append([Insn(mov32X, dst: 1, src: 3), Insn(and32K, dst: 1, imm: acc), Insn(jneX, dst: 1, src: 3)])
            }
            if let m = r.major, m >= 0 { checks.append([Insn(jneK, dst: 4, imm: Int32(truncatingIfNeeded: m))]) }
            if let m = r.minor, m >= 0 { checks.append([Insn(jneK, dst: 5, imm: Int32(truncatingIfNeeded: m))]) }
            let verdict = [Insn(mov64K, dst: 0, imm: r.allow ? 1 : 0), Insn(exit)]
            var block = checks.flatMap { $0 }
            // Every JNE jumps past the rest of this block (to the next rule).
            let total = block.count + verdict.count
            for i in block.indices where block[i].code == jneK || block[i].code == jneX {
                block[i].off = Int16(total - i - 1)
            }
            p += block + verdict
            // A rule matching everything ends the program: anything after it
            // would be unreachable, which the verifier rejects.
            if checks.isEmpty { return p }
        }
        return p + [Insn(mov64K, dst: 0, imm: 0), Insn(exit)]
    }

    static func accessMask(_ a: String?) -> Int32 {
        let s = (a?.isEmpty ?? true) ? "rwm" : a!
        var m: Int32 = 0
        if s.contains("r") { m |= accRead }
        if s.contains("w") { m |= accWrite }
        if s.contains("m") { m |= accMknod }
        return m
    }

    /// v1 lines for a rule. The v1 kernel treats any "a ..." line as
    /// "everything", so a partial "a" rule becomes a "c" and a "b" line.
    static func v1Lines(_ r: CgroupResources.DeviceRule) -> [String] {
        let t = (r.type?.isEmpty ?? true) ? "a" : r.type!
        func num(_ v: Int64?) -> String { (v == nil || v! < 0) ? "*" : String(v!) }
        let acc = accessMask(r.access)
        let accText = (acc & accRead != 0 ? "r" : "") + (acc & accWrite != 0 ? "w" : "") + (acc & accMknod != 0 ? "m" : "")
        let wildcard = num(r.major) == "*" && num(r.minor) == "*" && acc == 7
        if t == "a" && wildcard { return ["a"] }
        let types = t == "a" ? ["c", "b"] : [t]
        return types.map { "\($0) \(num(r.major)):\(num(r.minor)) \(accText)" }
    }

    /// The kernel's wire format: 8 little-endian bytes per instruction
    /// (explicit, since Swift does not promise struct layout).
    public static func encode(_ insns: [Insn]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(insns.count * 8)
        for i in insns {
            out.append(i.code)
            out.append(i.regs)
            let off = UInt16(bitPattern: i.off)
            out.append(UInt8(off & 0xff)); out.append(UInt8(off >> 8))
            let imm = UInt32(bitPattern: i.imm)
            for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((imm >> UInt32(s)) & 0xff)) }
        }
        return out
    }

    /// Loads `insns` and attaches it to the cgroup directory `dir`, then
    /// detaches the programs that were attached before (so re-applying
    /// replaces the filter without a window where no filter is active).
    public static func attach(_ insns: [Insn], toCgroup dir: String) throws {
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd < 0 { throw CgroupError.sys(dir, "open", errno) }
        defer { close(dfd) }

        var old = [UInt32](repeating: 0, count: 64)
        var count = UInt32(old.count)
        if ccgroup_bpf_query_device(dfd, &old, &count) != 0 { count = 0 }

        var log = [CChar](repeating: 0, count: 65536)
        let bytes = encode(insns)
        let prog = bytes.withUnsafeBufferPointer { buf in
            ccgroup_bpf_load_device_prog(buf.baseAddress, UInt32(insns.count), &log, UInt32(log.count))
        }
        if prog < 0 {
            let err = errno
            let text = String(cString: log).split(separator: "\n").suffix(3).joined(separator: " | ")
            throw CgroupError(subject: "bpf(BPF_PROG_LOAD)", reason: errnoText(err) + (text.isEmpty ? "" : ": " + text), errno: err)
        }
        defer { close(prog) }
        if ccgroup_bpf_attach_device(prog, dfd) != 0 {
            throw CgroupError.sys(dir, "bpf(BPF_PROG_ATTACH, BPF_CGROUP_DEVICE)", errno)
        }
        for id in old.prefix(Int(count)) {
            let fd = ccgroup_bpf_prog_fd_by_id(id)
            if fd < 0 { continue }
            _ = ccgroup_bpf_detach_device(fd, dfd)
            close(fd)
        }
    }
}

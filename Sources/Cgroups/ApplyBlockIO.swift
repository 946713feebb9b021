/// linux.resources.blockIO on v1 (blkio) and v2 (io).
extension FsCgroupManager {
    func applyBlockIO(_ b: CgroupResources.BlockIO) throws {
        switch target("blkio") {
        case .v1(let d): try applyBlkioV1(b, d)
        case .v2(let d): try applyIOV2(b, d)
        case .none: throw noController("linux.resources.blockIO", "blkio/io")
        }
    }

    private func applyBlkioV1(_ b: CgroupResources.BlockIO, _ d: String) throws {
        // blkio.weight exists only with CFQ (gone since 5.0); BFQ exposes
        // blkio.bfq.weight instead, and only when BFQ is built in/loaded.
        let weightFile = FileIO.exists(d + "/blkio.weight") ? "blkio.weight"
            : FileIO.exists(d + "/blkio.bfq.weight") ? "blkio.bfq.weight" : nil
        if let w = b.weight, w != 0 {
            guard let wf = weightFile else {
                throw CgroupError.unsupported("linux.resources.blockIO.weight",
                    "this host has no blkio.weight (v1 blkio without CFQ/BFQ weight)")
            }
            try put(d, wf, String(w), field: "linux.resources.blockIO.weight")
        }
        if let w = b.leafWeight, w != 0 {
            try put(d, "blkio.leaf_weight", String(w), field: "linux.resources.blockIO.leafWeight", why: "removed with CFQ")
        }
        for wd in b.weightDevice ?? [] {
            let dev = "\(wd.major):\(wd.minor)"
            if let w = wd.weight {
                let f = "linux.resources.blockIO.weightDevice[\(dev)].weight"
                guard let wf = weightFile else {
                    throw CgroupError.unsupported(f, "this host has no blkio.weight_device (v1 blkio without CFQ/BFQ weight)")
                }
                try put(d, wf + "_device", "\(dev) \(w)", field: f)
            }
            if let w = wd.leafWeight {
                try put(d, "blkio.leaf_weight_device", "\(dev) \(w)",
                        field: "linux.resources.blockIO.weightDevice[\(dev)].leafWeight", why: "removed with CFQ")
            }
        }
        let throttles: [(String, [CgroupResources.ThrottleDevice]?, String)] = [
            ("throttleReadBpsDevice", b.throttleReadBpsDevice, "blkio.throttle.read_bps_device"),
            ("throttleWriteBpsDevice", b.throttleWriteBpsDevice, "blkio.throttle.write_bps_device"),
            ("throttleReadIOPSDevice", b.throttleReadIOPSDevice, "blkio.throttle.read_iops_device"),
            ("throttleWriteIOPSDevice", b.throttleWriteIOPSDevice, "blkio.throttle.write_iops_device"),
        ]
        for (name, devs, file) in throttles {
            for t in devs ?? [] {
                try put(d, file, "\(t.major):\(t.minor) \(t.rate)", field: "linux.resources.blockIO.\(name)")
            }
        }
    }

    private func applyIOV2(_ b: CgroupResources.BlockIO, _ d: String) throws {
        // Like runc: io.bfq.weight takes the v1 range as is; io.weight (iocost)
        // needs the runtime-spec conversion to 1..10000.
        let bfq = FileIO.exists(d + "/io.bfq.weight")
        func weightValue(_ w: UInt16) -> String {
            bfq ? String(w) : String(V2Conversions.ioWeight(fromBlkioWeight: UInt64(w)))
        }
        let wf = bfq ? "io.bfq.weight" : "io.weight"
        if let w = b.weight, w != 0 {
            try put(d, wf, weightValue(w), field: "linux.resources.blockIO.weight", why: "no BFQ scheduler nor io.cost")
        }
        if let w = b.leafWeight, w != 0 {
            throw CgroupError.unsupported("linux.resources.blockIO.leafWeight", "cgroup v2 has no leaf weight")
        }
        for wd in b.weightDevice ?? [] {
            let dev = "\(wd.major):\(wd.minor)"
            if let w = wd.weight {
                try put(d, wf, "\(dev) \(weightValue(w))", field: "linux.resources.blockIO.weightDevice[\(dev)].weight",
                        why: "no BFQ scheduler nor io.cost")
            }
            if wd.leafWeight != nil {
                throw CgroupError.unsupported("linux.resources.blockIO.weightDevice[\(dev)].leafWeight", "cgroup v2 has no leaf weight")
            }
        }
        let throttles: [(String, [CgroupResources.ThrottleDevice]?, String)] = [
            ("throttleReadBpsDevice", b.throttleReadBpsDevice, "rbps"),
            ("throttleWriteBpsDevice", b.throttleWriteBpsDevice, "wbps"),
            ("throttleReadIOPSDevice", b.throttleReadIOPSDevice, "riops"),
            ("throttleWriteIOPSDevice", b.throttleWriteIOPSDevice, "wiops"),
        ]
        for (name, devs, key) in throttles {
            for t in devs ?? [] {
                try put(d, "io.max", "\(t.major):\(t.minor) \(key)=\(t.rate)", field: "linux.resources.blockIO.\(name)")
            }
        }
    }
}

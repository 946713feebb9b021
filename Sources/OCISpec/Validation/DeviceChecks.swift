/// `linux.devices[i]`: enough information to `mknod(2)` the node safely.
func checkDevices(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    var errors: [ValidationError] = []
    for (i, device) in (spec.linux?.devices ?? []).enumerated() {
        let path = "linux.devices[\(i)]"
        if !["c", "b", "u", "p"].contains(device.type) {
            errors.append(violation("\(path).type", "must be one of c, b, u, p, got \(quotedForMessage(device.type))"))
        } else if device.type != "p" {
            // FIFOs have no device number; everything else is meaningless without one.
            if device.major == nil {
                errors.append(violation("\(path).major", "required for type \(quotedForMessage(device.type))"))
            }
            if device.minor == nil {
                errors.append(violation("\(path).minor", "required for type \(quotedForMessage(device.type))"))
            }
        }
        if !PathRules.isAbsolute(device.path) {
            errors.append(violation("\(path).path", "must be absolute, got \(quotedForMessage(device.path))"))
        }
        if let mode = device.fileMode, mode > 0o7777 {
            // File-type bits come from `type`; extra bits here would conflict with it.
            errors.append(violation("\(path).fileMode", "must be <= 0o7777, got 0o\(String(mode, radix: 8))"))
        }
    }
    return errors
}

/// `linux.sysctl`: only sysctls the kernel scopes to a namespace the container owns.
/// Anything else would change the host for everyone, so it is refused (as runc does).
func checkSysctl(_ spec: Spec, _ context: ValidationContext) -> [ValidationError] {
    guard let sysctl = spec.linux?.sysctl else { return [] }
    var errors: [ValidationError] = []
    for key in sysctl.keys.sorted() {
        let path = "linux.sysctl[\(quotedForMessage(key))]"
        // The kernel accepts both spellings; classify on the dotted one.
        let name = key.replacingSlashes()
        guard let needed = namespaceForSysctl(name) else {
            errors.append(violation(path, "not namespaced; refusing to set a host-wide sysctl from a container"))
            continue
        }
        if spec.linux?.namespace(needed) == nil {
            errors.append(violation(path, "requires a new \(needed) namespace"))
        }
    }
    return errors
}

/// IPC sysctls the kernel keeps per ipc namespace.
private let ipcSysctls: Set<String> = [
    "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
    "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced",
]

/// The namespace type that scopes sysctl `name`, or nil if it is host-wide.
func namespaceForSysctl(_ name: String) -> String? {
    if ipcSysctls.contains(name) || name.hasPrefix("fs.mqueue.") { return NamespaceType.ipc }
    if name.hasPrefix("net.") { return NamespaceType.network }
    if name == "kernel.hostname" || name == "kernel.domainname" { return NamespaceType.uts }
    return nil
}

private extension String {
    func replacingSlashes() -> String {
        String(map { $0 == "/" ? "." : $0 })
    }
}

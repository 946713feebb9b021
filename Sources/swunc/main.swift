import Glibc
import CBootstrap
import SwuncKit

// The C constructor has already run. If it bootstrapped us, we are a
// container's init (or exec process) inside its namespaces, not a CLI.
let bootFd = swunc_bootstrap_sync_fd()
if bootFd >= 0 {
    ContainerInit.main(syncFd: bootFd)
}

exit(CLI.main(Array(CommandLine.arguments.dropFirst())))

// swift-tools-version:5.9
import PackageDescription

// swunc has no package dependencies on purpose: the hot path (create/start/
// state/kill/delete) must stay free of Foundation and of argument-parser's
// conformance scanning, and a dependency-free package builds fast in CI.
let package = Package(
    name: "swunc",
    products: [
        .executable(name: "swunc", targets: ["swunc"]),
    ],
    targets: [
        // C: the nsexec-style constructor and _GNU_SOURCE syscall wrappers.
        .target(
            name: "CBootstrap",
            cSettings: [.unsafeFlags(["-O2", "-Wall"])]
        ),
        .systemLibrary(name: "CSeccomp", pkgConfig: "libseccomp"),
        .systemLibrary(name: "CCap", pkgConfig: "libcap"),
        // Codable runtime-spec model, a Foundation-free JSON codec, validation.
        .target(name: "OCISpec"),
        // cgroup v1 / v2 / hybrid driver; knows nothing about containers.
        .target(name: "CCgroupBPF"),
        .target(name: "Cgroups", dependencies: ["CCgroupBPF"]),
        // Thin typed wrappers over syscalls.
        .target(name: "LinuxKit", dependencies: ["CBootstrap"]),
        // The container library: lifecycle, state, init, process, hooks.
        .target(name: "SwuncKit", dependencies: ["OCISpec", "Cgroups", "LinuxKit", "CBootstrap", "CSeccomp", "CCap"]),
        .executableTarget(name: "swunc", dependencies: ["SwuncKit"]),
        .testTarget(name: "OCISpecTests", dependencies: ["OCISpec"]),
        .testTarget(name: "CgroupsTests", dependencies: ["Cgroups"]),
        .testTarget(name: "IntegrationTests", dependencies: ["OCISpec", "CBootstrap"]),
    ]
)

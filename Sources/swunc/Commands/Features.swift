import OCISpec
import SwuncKit

/// swunc features: what this build and host support (runtime-spec features.md).
enum FeaturesCommand {
    static func run(_ rt: Runtime, _ args: ArraySlice<String>) throws -> Int32 {
        writeOut(try JSON.encode(HostFeatures.document(), pretty: true))
        return 0
    }
}

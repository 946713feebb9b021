/// A minimal semver (`MAJOR.MINOR.PATCH[-pre][+build]`), enough to gate `ociVersion`.
struct SemanticVersion: Comparable {
    var major: Int
    var minor: Int
    var patch: Int
    var prerelease: String?

    /// Parses strict `X.Y.Z` with optional `-pre` and `+build`; nil if malformed.
    init?(_ text: String) {
        var core = Substring(text)
        if let plus = core.firstIndex(of: "+") { core = core[..<plus] }
        var pre: String?
        if let dash = core.firstIndex(of: "-") {
            pre = String(core[core.index(after: dash)...])
            core = core[..<dash]
            if pre!.isEmpty { return nil }
        }
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var nums: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p) else { return nil }
            nums.append(n)
        }
        major = nums[0]; minor = nums[1]; patch = nums[2]; prerelease = pre
    }

    init(_ major: Int, _ minor: Int, _ patch: Int) {
        self.major = major; self.minor = minor; self.patch = patch; prerelease = nil
    }

    // Pre-releases sort before their release; comparing pre-release strings
    // lexically is good enough for version gating.
    static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
            return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
        }
        switch (a.prerelease, b.prerelease) {
        case (nil, nil), (nil, _?): return false
        case (_?, nil): return true
        case let (x?, y?): return x < y
        }
    }
}

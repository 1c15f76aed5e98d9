/// A set of cue kinds (``CueKind`` raw values) as bits: what a spelling is, among the cue sets,
/// worked out once per spelling (``AnalysisCache/Readings``), so a token asks a cue with a bit
/// test instead of hashing its word and stems into the cue's set at every ask.
struct CueMask: Sendable, Equatable {
    private var w0: UInt64 = 0
    private var w1: UInt64 = 0
    private var w2: UInt64 = 0

    static let capacity = 192

    init() {}

    @inline(__always) func contains(_ i: Int) -> Bool {
        switch i >> 6 {
        case 0: w0 & (1 << UInt64(i & 63)) != 0
        case 1: w1 & (1 << UInt64(i & 63)) != 0
        default: w2 & (1 << UInt64(i & 63)) != 0
        }
    }

    mutating func insert(_ i: Int) {
        precondition(i >= 0 && i < Self.capacity, "cue kind \(i) outside the mask")
        switch i >> 6 {
        case 0: w0 |= 1 << UInt64(i & 63)
        case 1: w1 |= 1 << UInt64(i & 63)
        default: w2 |= 1 << UInt64(i & 63)
        }
    }

    mutating func formUnion(_ o: CueMask) {
        w0 |= o.w0
        w1 |= o.w1
        w2 |= o.w2
    }
}

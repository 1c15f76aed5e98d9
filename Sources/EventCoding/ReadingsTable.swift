import Lexicon

/// One shard of the spelling memo (``AnalysisCache``): an open-addressing table from a word to its
/// readings, tuned for the one lookup every token makes.
///
/// A `[Word: Readings]` lookup missed the cache twice in a row: on the bucket's key (24 bytes a
/// bucket, read to compare), then on the readings object. Here the probe reads a dense array of
/// fingerprints (eight to a cache line), and the hit is confirmed against the word held by the
/// readings object itself, which the token reads anyway (nine tokens in ten are words of at most
/// 15 bytes, whose string is inline).
struct ReadingsTable {
    /// The fingerprint of each slot's word with its low bit set (0: an empty slot).
    private var tags: [UInt64]
    private var slots: [AnalysisCache.Readings?]
    /// 64 minus log2 of the capacity: a fingerprint's top bits (Fibonacci hashing) pick its slot.
    private var shift: UInt64
    private(set) var count = 0

    init() {
        tags = [UInt64](repeating: 0, count: 64)
        slots = [AnalysisCache.Readings?](repeating: nil, count: 64)
        shift = 58
    }

    @inline(__always) private func home(_ tag: UInt64) -> Int {
        Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The readings stored for `word`, if any.
    func find(_ word: Word) -> AnalysisCache.Readings? {
        let tag = word.fingerprint | 1
        let mask = tags.count - 1
        var i = home(tag)
        while true {
            let t = tags[i]
            if t == 0 { return nil }
            if t == tag, let r = slots[i], r.word == word { return r }
            i = (i + 1) & mask
        }
    }

    /// Stores the readings of a word not in the table.
    mutating func insert(_ r: AnalysisCache.Readings) {
        if (count + 1) * 2 > tags.count { grow() }
        place(r)
        count += 1
    }

    /// Empties the table, keeping its capacity.
    mutating func removeAll() {
        for i in tags.indices {
            tags[i] = 0
            slots[i] = nil
        }
        count = 0
    }

    private mutating func place(_ r: AnalysisCache.Readings) {
        let mask = tags.count - 1
        let tag = r.word.fingerprint | 1
        var i = home(tag)
        while tags[i] != 0 { i = (i + 1) & mask }
        tags[i] = tag
        slots[i] = r
    }

    private mutating func grow() {
        let old = slots
        tags = [UInt64](repeating: 0, count: old.count * 2)
        slots = [AnalysisCache.Readings?](repeating: nil, count: old.count * 2)
        shift -= 1
        for case let r? in old { place(r) }
    }
}

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
    /// The table's own seed, as a `Dictionary` has: input words are keys here, and with a fixed
    /// slot function words crafted to share a slot (not a fingerprint) would form one long run.
    private let seed = Int.random(in: .min ... .max)
    private(set) var count = 0

    init() {
        tags = [UInt64](repeating: 0, count: 64)
        slots = [AnalysisCache.Readings?](repeating: nil, count: 64)
    }

    /// A word's first slot: its fingerprint mixed with the table's seed (``Word/_rawHashValue(seed:)``,
    /// as a `Set` of words hashes it).
    @inline(__always) private func home(_ word: Word, _ mask: Int) -> Int { word._rawHashValue(seed: seed) & mask }

    /// The readings stored for `word`, if any.
    func find(_ word: Word) -> AnalysisCache.Readings? {
        let tag = word.fingerprint | 1
        let mask = tags.count - 1
        var i = home(word, mask)
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
        var i = home(r.word, mask)
        while tags[i] != 0 { i = (i + 1) & mask }
        tags[i] = r.word.fingerprint | 1
        slots[i] = r
    }

    private mutating func grow() {
        let old = slots
        tags = [UInt64](repeating: 0, count: old.count * 2)
        slots = [AnalysisCache.Readings?](repeating: nil, count: old.count * 2)
        for case let r? in old { place(r) }
    }
}

import Lexicon

/// One shard of the spelling memo (``AnalysisCache``): an open-addressing table from a word to its
/// readings, tuned for the one lookup every token makes.
///
/// A `[Word: Readings]` lookup missed the cache three times in a row: the bucket's key, the key's
/// string storage (read to confirm the hit) and the readings object. Here the probe reads a dense
/// array of fingerprints (eight to a cache line), and the hit is confirmed against the word's
/// bytes packed into the readings object itself (``PackedWord``), which the token reads anyway:
/// the key's string is never touched for a word of up to 24 bytes.
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

    @inline(__always) private func home(_ fingerprint: UInt64) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The readings stored for `word` (`packed` is `PackedWord(word)`), if any.
    func find(_ word: Word, _ packed: PackedWord) -> AnalysisCache.Readings? {
        let tag = word.fingerprint | 1
        let mask = tags.count - 1
        var i = home(word.fingerprint)
        while true {
            let t = tags[i]
            if t == 0 { return nil }
            if t == tag, let r = slots[i], r.packed == packed, packed.isWhole || r.word == word { return r }
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
        var i = home(r.word.fingerprint)
        while tags[i] != 0 { i = (i + 1) & mask }
        tags[i] = r.word.fingerprint | 1
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

/// The first 24 UTF-8 bytes of a word and its length, in four machine words: two words of up to
/// 24 bytes are equal exactly when their packed forms are (``ReadingsTable``).
struct PackedWord: Equatable, Sendable {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    private var c: UInt64 = 0
    private var count: Int = 0

    init(_ word: Word) {
        var bytes: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { dst in
            var k = 0
            for byte in word.text.utf8 {
                guard k < 24 else { break }
                dst[k] = byte
                k += 1
            }
        }
        (a, b, c) = bytes
        count = word.text.utf8.count
    }

    /// Whether the packed bytes are the whole word.
    var isWhole: Bool { count <= 24 }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A normalised word compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` equality and hashing go through Unicode canonical equivalence, which on
/// Arabic text dominated the coder's profile. Every word the matcher sees is already in one
/// normal form (the project's normaliser), so byte equality is the right equality here.
public struct Word: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String
    /// FNV-1a of the UTF-8 bytes, computed once: a word is hashed and compared many times
    /// (every lexicon lookup), so neither re-reads its bytes unless two fingerprints agree.
    public let fingerprint: UInt64

    public init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let done: Bool? = t.utf8.withContiguousStorageIfAvailable { p in
            for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return true
        }
        if done == nil {
            for b in t.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        self.text = t
        fingerprint = h
    }

    public init(stringLiteral value: String) { self.init(value) }

    @inlinable public static func == (a: Word, b: Word) -> Bool {
        guard a.fingerprint == b.fingerprint else { return false }
        // Nine words in ten are at most 15 bytes, a small string kept inside the `String` value:
        // two such strings with the same bytes have the same bits, and two large ones with the
        // same bits share their storage. Equal bits are equal bytes, with no call to compare them.
        if MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size,
            unsafeBitCast(a.text, to: (UInt64, UInt64).self) == unsafeBitCast(b.text, to: (UInt64, UInt64).self)
        {
            return true
        }
        let x = a.text.utf8
        let y = b.text.utf8
        guard x.count == y.count else { return false }
        if let r = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }), let r {
            return r
        }
        return x.elementsEqual(y)
    }

    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// Sets and dictionaries of words hash the fingerprint with one multiply-xorshift mix instead
    /// of a full SipHash round: the lexicon's tables are looked up several times per token, and
    /// their keys are our own words, not input an attacker chooses to collide.
    @inlinable public func _rawHashValue(seed: Int) -> Int {
        var z = fingerprint ^ UInt64(UInt(bitPattern: seed))
        z = (z ^ (z >> 33)) &* 0xff51_afd7_ed55_8ccd
        z = (z ^ (z >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return Int(Int64(bitPattern: z ^ (z >> 33)))
    }

    public var description: String { text }
}

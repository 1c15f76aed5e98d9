/// A short normalised word packed into three machine words, for cheap hashing and
/// comparison (Swift String equality on Arabic text goes through Unicode canonical
/// equivalence, which dominates a token-by-token scan).
///
/// Up to 24 UTF-8 bytes are kept exactly; longer words all share one "too long" key that
/// no vocabulary entry has. String literals must already be in normalised form.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    private var c: UInt64 = 0
    private(set) var count: UInt8 = 0

    static let capacity = 24
    static let tooLong: UInt8 = 255
    /// Matches no token and no vocabulary entry.
    static let none = WordKey(marker: 254)

    private init(marker: UInt8) { count = marker }

    init<C: Collection<UInt8>>(bytes: C) {
        guard bytes.count <= WordKey.capacity else {
            count = WordKey.tooLong
            return
        }
        // (Contiguous bytes, as a string's are, are copied in one go; the packing is little-endian,
        // byte k at bits 8·(k mod 8) of word k/8, as in the loop below.)
        let copied = bytes.withContiguousStorageIfAvailable { p in
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(p)) }
            return (words, UInt8(p.count))
        }
        if let (words, n) = copied {
            a = UInt64(littleEndian: words.0)
            b = UInt64(littleEndian: words.1)
            c = UInt64(littleEndian: words.2)
            count = n
            return
        }
        var k: UInt64 = 0
        for byte in bytes {
            let w = UInt64(byte) << ((k % 8) * 8)
            switch k / 8 {
            case 0: a |= w
            case 1: b |= w
            default: c |= w
            }
            k += 1
        }
        count = UInt8(k)
    }

    init(_ s: String) { self.init(bytes: s.utf8) }

    init(stringLiteral value: String) { self.init(value) }

    var fitsExactly: Bool { count <= UInt8(WordKey.capacity) }

    /// Sets of keys (the date vocabulary, looked up at every token) hash the packed bytes with a
    /// multiply-xorshift mix instead of SipHash: the keys are our own words, not input chosen to collide.
    func _rawHashValue(seed: Int) -> Int {
        var z = a &* 0x9E37_79B9_7F4A_7C15 ^ b &* 0xC2B2_AE3D_27D4_EB4F ^ c &* 0x1656_67B1_9E37_79F9 ^ UInt64(count) ^ UInt64(UInt(bitPattern: seed))
        z = (z ^ (z >> 33)) &* 0xff51_afd7_ed55_8ccd
        z = (z ^ (z >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return Int(Int64(bitPattern: z ^ (z >> 33)))
    }
}

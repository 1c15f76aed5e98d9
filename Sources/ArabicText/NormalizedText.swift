/// Normalisation as a view over the original text.
///
/// `normalized` is the matching form of `original` (see `ArabicNormalizer` for the rules);
/// `origin[i]` is the index in `original` of the scalar that produced `normalized[i]`, so
/// a match found in the normalised form maps back to the exact original text. The
/// original is never changed. `origin` is non-decreasing; one original scalar can produce
/// several normalised scalars (a presentation-form ligature such as ﻻ → لا) or none (a
/// dropped mark, or a whitespace scalar inside a run that collapsed to one space).
public struct NormalizedText: Sendable {
    /// The original scalars.
    public let original: [Unicode.Scalar]
    /// The matching form.
    public let normalized: [Unicode.Scalar]
    /// `origin[i]` is the index in `original` of `normalized[i]`.
    public let origin: [Int]

    /// The scalars of a string, in one pass: `Array(s.unicodeScalars)` first counts them (a walk
    /// over the whole string) and then copies them (a second one); a string has no more scalars
    /// than UTF-8 bytes.
    static func scalars(of s: String) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: s.utf8.count) { buf, n in
            var k = 0
            for c in s.unicodeScalars {
                buf[k] = c
                k += 1
            }
            n = k
        }
    }

    public init(_ s: String) {
        let original = Self.scalars(of: s)
        let count = original.count
        // Fast path: output no longer than the input (true unless a presentation-form
        // ligature expands); on overflow fall back to growing arrays.
        var overflow = false
        var produced = 0
        var origin: [Int] = []
        let normalized = [Unicode.Scalar](unsafeUninitializedCapacity: count) { nbuf, nCount in
            origin = [Int](unsafeUninitializedCapacity: count) { obuf, oCount in
                var k = 0
                FoldTable.shared.fold(original) { c, i in
                    if k < count {
                        nbuf[k] = c
                        obuf[k] = i
                        k += 1
                    } else {
                        overflow = true
                    }
                }
                oCount = overflow ? 0 : k
                produced = overflow ? 0 : k
            }
            nCount = produced
        }
        if !overflow {
            self.original = original
            self.normalized = normalized
            self.origin = origin
            return
        }
        var grownNormalized: [Unicode.Scalar] = []
        var grownOrigin: [Int] = []
        grownNormalized.reserveCapacity(count + 32)
        grownOrigin.reserveCapacity(count + 32)
        FoldTable.shared.fold(original) { c, i in
            grownNormalized.append(c)
            grownOrigin.append(i)
        }
        self.original = original
        self.normalized = grownNormalized
        self.origin = grownOrigin
    }

    /// The matching form as a string.
    public var normalizedString: String { Self.string(normalized[...]) }

    /// The text of a NORMALISED scalar range (clamped to bounds).
    public func normalizedText(_ r: Range<Int>) -> String {
        let r = r.clamped(to: 0..<normalized.count)
        return Self.string(normalized[r])
    }

    /// The original scalar range [lower, upper) covering normalised range `r`: lower is the
    /// origin of the first scalar, upper the origin of the last plus one, extended over any
    /// dropped marks (tashkeel, tatweel) that follow it. An empty `r` gives an empty range
    /// at the corresponding original position.
    public func originalRange(ofNormalized r: Range<Int>) -> Range<Int> {
        let r = r.clamped(to: 0..<normalized.count)
        guard !r.isEmpty else {
            let p = r.lowerBound < origin.count ? origin[r.lowerBound] : original.count
            return p..<p
        }
        let lower = origin[r.lowerBound]
        var upper = origin[r.upperBound - 1] + 1
        let limit = r.upperBound < origin.count ? origin[r.upperBound] : original.count
        while upper < limit && FoldTable.isDroppedMark(original[upper]) { upper += 1 }
        return lower..<upper
    }

    /// The text of an ORIGINAL scalar range (clamped to bounds).
    public func originalText(_ r: Range<Int>) -> String {
        let r = r.clamped(to: 0..<original.count)
        return Self.string(original[r])
    }

    /// Builds a string from scalars by encoding UTF-8 directly (no per-scalar appends).
    ///
    /// The capacity asked for is the exact length: a string of at most 15 bytes (nine words in
    /// ten) is then a small string, kept inside the `String` value, where a larger capacity made
    /// a heap string of any length (an allocation, reference counting at every copy of a token,
    /// and ``Word`` comparisons that read the bytes from the heap).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.isEmpty { return "" }
        var length = 0
        for c in scalars {
            let v = c.value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buf in
            var k = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    buf[k] = UInt8(truncatingIfNeeded: v)
                    k += 1
                } else if v < 0x800 {
                    buf[k] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buf[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    k += 2
                } else if v < 0x10000 {
                    buf[k] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buf[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buf[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    k += 3
                } else {
                    buf[k] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buf[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buf[k + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buf[k + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    k += 4
                }
            }
            return k
        }
    }
}

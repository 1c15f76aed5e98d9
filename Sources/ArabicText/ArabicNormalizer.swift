/// The matching form of Arabic (and mixed Latin) text.
///
/// Same rules as `NormalizedText` (documented in full on the internal `FoldTable`):
/// tashkeel, tatweel, Quranic marks, zero-width and bidi controls are dropped; hamza
/// carriers and alef variants fold to ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Persian/Urdu
/// ک ی ۀ fold to ك ي ه; Arabic-Indic and Persian digits become 0–9 (٫ → . and ٬ → ,);
/// ، ؛ ؟ ٪ become , ; ? %; guillemets and curly double quotes become "; Latin is
/// lowercased; presentation forms fold by compatibility mapping; every run of whitespace
/// becomes one space. Leading and trailing whitespace is kept (as one space), so
/// `normalize(s)` is exactly the scalars of `NormalizedText(s).normalized`.
///
/// One pass over the scalars with table look-ups; no ICU transforms.
public enum ArabicNormalizer {
    /// The matching form of a string (same rules as NormalizedText).
    public static func normalize(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        FoldTable.shared.fold(s.unicodeScalars) { c, _ in
            let v = c.value
            if v < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v))
            } else if v < 0x800 {
                bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `s` is already in matching form (normalising changes nothing).
    public static func isNormalized(_ s: String) -> Bool { normalize(s) == s }
}

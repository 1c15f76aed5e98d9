/// Character classes used by the tokenizer, the sentence splitter and the date finder.
enum ScalarClass {
    case space, letter, digit, mark, other

    /// Class of a scalar (original or normalised).
    @inline(__always)
    static func of(_ c: Unicode.Scalar) -> ScalarClass {
        let v = c.value
        if v < 0x80 {
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return .space }
            if v >= 0x30 && v <= 0x39 { return .digit }
            if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { return .letter }
            return .other
        }
        if v >= 0x0600 && v <= 0x06FF {
            // The Arabic block by bit masks, 64 scalars a word (``arabicBlock(_:)`` spells out the
            // ranges): a shift and three tests where a switch over ranges was a chain of compares.
            let o = v &- 0x0600
            let bit = UInt64(1) << UInt64(o & 63)
            let (letters, marks, digits): (UInt64, UInt64, UInt64) =
                switch o >> 6 {
                case 0: (0xFFFF_FFFE_0000_0000, 0x0000_0000_07FF_0000, 0)
                case 1: (0xFFFE_C000_0000_07FE, 0x0001_0000_FFFF_F801, 0x0000_03FF_0000_0000)
                case 2: (0xFFFF_FFFF_FFFF_FFFF, 0, 0)
                default: (0x9C00_C000_002F_FFFF, 0x0000_3DFF_9FC0_0000, 0x03FF_0000_0000_0000)
                }
            if letters & bit != 0 { return .letter }
            if marks & bit != 0 { return .mark }
            if digits & bit != 0 { return .digit }
            return .other
        }
        let p = c.properties
        if p.isWhitespace { return .space }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .format:
            return .mark  // zero-width joiners and bidi controls: invisible, never a token
        default:
            return .other
        }
    }

    /// The class of a scalar of the Arabic block (U+0600–U+06FF), by its ranges: what the masks of
    /// ``of(_:)`` encode (a test compares them scalar by scalar).
    static func arabicBlock(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5,
            0x06EE...0x06EF, 0x06FA...0x06FC, 0x06FF:
            return .letter
        case 0x0640, 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06DC,
            0x06DF...0x06E8, 0x06EA...0x06ED:
            return .mark
        case 0x0660...0x0669, 0x06F0...0x06F9:
            return .digit
        default:
            return .other
        }
    }

    /// Decimal separators allowed between two digits of a number.
    @inline(__always)
    static func isDecimalSeparator(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "," || c.value == 0x066B || c.value == 0x066C
    }

    /// Latin letter (ASCII or Latin-1/Extended).
    static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return v >= 0xC0 && v < 0x0250 && v != 0xD7 && v != 0xF7
    }

    static func isLowercaseLatin(_ c: Unicode.Scalar) -> Bool {
        isLatinLetter(c) && c.properties.isLowercase
    }

    static func isUppercaseLatin(_ c: Unicode.Scalar) -> Bool {
        isLatinLetter(c) && c.properties.isUppercase
    }

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

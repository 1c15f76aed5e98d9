import Foundation

/// The per-scalar folding rules behind `NormalizedText` and `ArabicNormalizer`.
///
/// Every rule maps ONE original scalar to zero, one or (for presentation-form ligatures)
/// several matching scalars, so normalisation is a single left-to-right pass and each
/// output scalar knows the original scalar it came from. Rules (matching only):
///
/// - dropped: tashkeel U+064B–U+065F and U+0670, tatweel U+0640, Quranic annotation
///   marks U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E8, U+06EA–U+06ED, zero-width and
///   bidi controls U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+FEFF, U+061C, soft
///   hyphen U+00AD;
/// - letters: أ إ آ ٱ ٲ ٳ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; ک → ك; ی → ي; ۀ → ه;
/// - digits: ٠–٩ and ۰–۹ → 0–9; separators ٫ → . and ٬ → ,;
/// - punctuation: ، → , ؛ → ; ؟ → ? ٪ → % ۔ → . and « » “ ” „ → ";
/// - Latin letters lowercased; presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE folded
///   by their compatibility mapping (then folded again by the rules above);
/// - whitespace (White_Space, incl. NBSP and U+2000–U+200A) → a space; the caller
///   collapses runs of spaces.
struct FoldTable: Sendable {
    enum Action: UInt8, Sendable {
        case keep = 0
        case map = 1
        case drop = 2
        case space = 3
    }

    /// Scalars below this value are looked up in `action`/`mapped`.
    static let tableLimit: UInt32 = 0x2070
    static let presentationStart: UInt32 = 0xFB50
    static let presentationEnd: UInt32 = 0xFEFF

    static let shared = FoldTable()

    /// Action for each scalar below `tableLimit`.
    let action: [Action]
    /// Replacement scalar (used when action is `.map`).
    let mapped: [Unicode.Scalar]
    /// Folded expansion of each scalar in U+FB50…U+FEFF (empty = dropped).
    let presentation: [[Unicode.Scalar]]

    private init() {
        let limit = Int(FoldTable.tableLimit)
        var action = [Action](repeating: .keep, count: limit)
        var mapped = [Unicode.Scalar](repeating: " ", count: limit)

        func set(_ u: UInt32, _ to: UInt32) {
            action[Int(u)] = .map
            mapped[Int(u)] = Unicode.Scalar(to)!
        }
        // Latin lowercase (Basic Latin … Latin Extended-B, Latin Extended Additional).
        for u in UInt32(0)..<UInt32(limit) {
            let isLatinBlock = u < 0x0250 || (0x1E00..<0x1F00).contains(u)
            guard isLatinBlock, let s = Unicode.Scalar(u), s.properties.changesWhenLowercased,
                let first = s.properties.lowercaseMapping.unicodeScalars.first, first != s
            else { continue }
            set(u, first.value)
        }
        // Whitespace.
        for u in UInt32(0)..<UInt32(limit) {
            if let s = Unicode.Scalar(u), s.properties.isWhitespace { action[Int(u)] = .space }
        }
        // Arabic letters.
        for u: UInt32 in [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673] { set(u, 0x0627) }
        set(0x0649, 0x064A)  // ى → ي
        set(0x0629, 0x0647)  // ة → ه
        set(0x0624, 0x0648)  // ؤ → و
        set(0x0626, 0x064A)  // ئ → ي
        set(0x06A9, 0x0643)  // ک → ك
        set(0x06CC, 0x064A)  // ی → ي
        set(0x06C0, 0x0647)  // ۀ → ه
        // Digits.
        for k: UInt32 in 0...9 {
            set(0x0660 + k, 0x30 + k)
            set(0x06F0 + k, 0x30 + k)
        }
        set(0x066B, 0x2E)  // ٫ decimal separator → .
        set(0x066C, 0x2C)  // ٬ thousands separator → ,
        // Punctuation.
        set(0x060C, 0x2C)  // ، → ,
        set(0x061B, 0x3B)  // ؛ → ;
        set(0x061F, 0x3F)  // ؟ → ?
        set(0x066A, 0x25)  // ٪ → %
        set(0x06D4, 0x2E)  // ۔ → .
        for u: UInt32 in [0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E] { set(u, 0x22) }
        // Dropped marks and controls.
        var dropped: [ClosedRange<UInt32>] = [
            0x064B...0x065F, 0x0670...0x0670, 0x0640...0x0640,
            0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED,
            0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069,
        ]
        dropped.append(0x061C...0x061C)
        dropped.append(0x00AD...0x00AD)
        for r in dropped { for u in r { action[Int(u)] = .drop } }

        // Presentation forms: compatibility mapping, then the rules above.
        var presentation: [[Unicode.Scalar]] = []
        let start = FoldTable.presentationStart
        let end = FoldTable.presentationEnd
        presentation.reserveCapacity(Int(end - start + 1))
        for u in start...end {
            guard let s = Unicode.Scalar(u) else {
                presentation.append([])
                continue
            }
            let isArabicForm = u <= 0xFDFF || (0xFE70...0xFEFE).contains(u)
            if u == 0xFEFF {
                presentation.append([])
                continue
            }
            if !isArabicForm {
                presentation.append([s])
                continue
            }
            let folded = String(Character(s)).precomposedStringWithCompatibilityMapping
            var out: [Unicode.Scalar] = []
            for c in folded.unicodeScalars {
                let v = c.value
                var r: Unicode.Scalar = c
                if v < FoldTable.tableLimit {
                    switch action[Int(v)] {
                    case .keep: r = c
                    case .map: r = mapped[Int(v)]
                    case .drop: continue
                    case .space: r = " "
                    }
                }
                if r == " " && (out.isEmpty || out.last == " ") { continue }
                out.append(r)
            }
            while out.last == " " { out.removeLast() }
            presentation.append(out)
        }

        self.action = action
        self.mapped = mapped
        self.presentation = presentation
    }

    /// Slow path for scalars at or above `tableLimit` outside the presentation blocks.
    /// Returns nil to keep the scalar, `" "` for whitespace.
    static func foldRare(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x3000: return " "
        case 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A:
            guard s.properties.changesWhenLowercased,
                let first = s.properties.lowercaseMapping.unicodeScalars.first
            else { return nil }
            return first
        default: return nil
        }
    }

    /// True for the dropped combining marks and tatweel (not for invisible controls).
    static func isDroppedMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x0610 && v <= 0x06ED && shared.action[Int(v)] == .drop
    }

    /// Folds `src` in one pass, calling `emit(scalar, originalIndex)` for every output
    /// scalar; runs of whitespace come out as one space.
    @inline(__always)
    func fold<S: Sequence<Unicode.Scalar>>(_ src: S, _ emit: (Unicode.Scalar, Int) -> Void) {
        var lastSpace = false
        var i = 0
        let limit = FoldTable.tableLimit
        let pStart = FoldTable.presentationStart
        let pEnd = FoldTable.presentationEnd
        action.withUnsafeBufferPointer { act in
            mapped.withUnsafeBufferPointer { mp in
                for c in src {
                    defer { i += 1 }
                    let v = c.value
                    if v < limit {
                        switch act[Int(v)] {
                        case .keep:
                            emit(c, i)
                            lastSpace = false
                        case .map:
                            emit(mp[Int(v)], i)
                            lastSpace = false
                        case .drop:
                            break
                        case .space:
                            if !lastSpace {
                                emit(" ", i)
                                lastSpace = true
                            }
                        }
                    } else if v >= pStart && v <= pEnd {
                        for r in presentation[Int(v - pStart)] {
                            if r == " " {
                                if !lastSpace {
                                    emit(" ", i)
                                    lastSpace = true
                                }
                            } else {
                                emit(r, i)
                                lastSpace = false
                            }
                        }
                    } else if let r = FoldTable.foldRare(c) {
                        if r == " " {
                            if !lastSpace {
                                emit(" ", i)
                                lastSpace = true
                            }
                        } else {
                            emit(r, i)
                            lastSpace = false
                        }
                    } else {
                        emit(c, i)
                        lastSpace = false
                    }
                }
            }
        }
    }
}

// The proclitics and stems are normalised text, so these tests compare UTF-8 bytes: String's
// hasPrefix and == compare by Character (grapheme breaking, canonical equivalence), which cost
// more than the rest of the place stage together (docs/performance.md).
extension CliticAnalysis {
    /// The preposition attached as a clitic (ب ل ك; لل is ل + the article), normalised, or nil.
    public var attachedPreposition: String? {
        // (لل too: ل + the article.)
        switch (prefixFlags >> 1) & 3 {
        case 1: "ب"
        case 2: "ل"
        case 3: "ك"
        default: nil
        }
    }

    /// Whether the word opens with the conjunction و or ف.
    public var hasConjunction: Bool { prefixFlags & 1 != 0 }

    /// Whether the proclitics end in the preposition لـ (لخطف، للخطف، وللقصف) — not in the article
    /// (الخطف، بالخطف), whose lam is not a preposition.
    public var endsInLam: Bool { prefix.bytesEnd(with: "لل") || (prefix.bytesEnd(with: "ل") && !prefix.bytesEnd(with: "ال")) }

    /// Whether the proclitics carry the future marker سـ.
    public var hasFuture: Bool {
        let u = prefix.utf8
        guard u.count >= 2 else { return false }
        var previous: UInt8 = 0
        for b in u {
            if previous == 0xD8 && b == 0xB3 { return true }  // س
            previous = b
        }
        return false
    }

    /// Whether the proclitics are nothing or only the article: the word as it stands in a
    /// construct or as an adjective.
    public var isBareOrDefinite: Bool { prefix.isEmpty || prefix.utf8.elementsEqual("ال".utf8) }

    /// Whether the proclitics are nothing or only لـ / لل (a genitive country after a role noun:
    /// جيش سوريا، للأمم المتحدة).
    public var isBareOrLam: Bool { prefix.isEmpty || prefix.utf8.elementsEqual("ل".utf8) }
    public var isBareOrLamOrLil: Bool { isBareOrLam || prefix.utf8.elementsEqual("لل".utf8) }

    /// The stem with the article, the form definite lexicon keys are written in.
    public var stemWithArticle: String { "ال" + stem }
}

extension String {
    /// Whether a normalised word starts with the article (or و + the article).
    public var startsWithArticle: Bool { utf8.starts(with: "ال".utf8) }
    public var startsWithConjoinedArticle: Bool { utf8.starts(with: "وال".utf8) }

    /// Whether the UTF-8 bytes end with those of `suffix` (normalised text: no Character compare).
    public func bytesEnd(with suffix: String) -> Bool {
        let u = utf8
        let s = suffix.utf8
        guard u.count >= s.count else { return false }
        return u[u.index(u.endIndex, offsetBy: -s.count)...].elementsEqual(s)
    }
}

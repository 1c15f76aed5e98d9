extension CliticAnalysis {
    /// The preposition attached as a clitic (ب ل ك; لل is ل + the article), normalised, or nil.
    public var attachedPreposition: String? {
        var p = Substring(prefix)
        if p.hasPrefix("و") || p.hasPrefix("ف") { p.removeFirst() }
        if p.hasPrefix("لل") { return "ل" }
        if p.hasPrefix("ب") { return "ب" }
        if p.hasPrefix("ل") { return "ل" }
        if p.hasPrefix("ك") { return "ك" }
        return nil
    }

    /// Whether the word opens with the conjunction و or ف.
    public var hasConjunction: Bool { prefix.hasPrefix("و") || prefix.hasPrefix("ف") }

    /// Whether the proclitics end in the preposition لـ (لخطف، للخطف، وللقصف) — not in the article
    /// (الخطف، بالخطف), whose lam is not a preposition.
    public var endsInLam: Bool { prefix.hasSuffix("لل") || (prefix.hasSuffix("ل") && !prefix.hasSuffix("ال")) }

    /// Whether the proclitics carry the future marker سـ.
    public var hasFuture: Bool { prefix.contains("س") }

    /// Whether the proclitics are nothing or only the article: the word as it stands in a
    /// construct or as an adjective.
    public var isBareOrDefinite: Bool { prefix.isEmpty || prefix == "ال" }

    /// Whether the proclitics are nothing or only لـ / لل (a genitive country after a role noun:
    /// جيش سوريا، للأمم المتحدة).
    public var isBareOrLam: Bool { prefix.isEmpty || prefix == "ل" }
    public var isBareOrLamOrLil: Bool { prefix.isEmpty || prefix == "ل" || prefix == "لل" }

    /// The stem with the article, the form definite lexicon keys are written in.
    public var stemWithArticle: String { "ال" + stem }
}

extension String {
    /// Whether a normalised word starts with the article (or و + the article).
    public var startsWithArticle: Bool { hasPrefix("ال") }
    public var startsWithConjoinedArticle: Bool { hasPrefix("وال") }
}

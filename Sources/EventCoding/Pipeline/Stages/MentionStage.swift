import Lexicon

/// For verification only: the mentions that name a person or an office, and the relative dates.
struct MentionStage: SentenceStage {
    let name = "mentions"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .dates, .actors]
    let writes: Set<PipelineSlot> = [.mentions]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        guard s.forVerification, let text = s.text else { return }
        // "عندما كان رئيساً"، "آنذاك": a title in a historical aside is no claim about the story's date.
        s.mentions = s.actors.compactMap { a in
            guard a.person != nil || a.title != nil else { return nil }
            let (t, start, end) = text.text(s.tokens, a.from, a.to)
            return OfficeMention(
                part: s.part, sentence: s.index, text: t, start: start, end: end, code: a.code,
                person: a.person.map { c.lexicon.people[$0].id }, office: a.title?.id, officeCountry: a.title?.country,
                former: a.former || Self.pastMarked(a, s.tokens, c), historical: text.historical, entries: a.entries)
        }
        s.relativeDates = s.dates.filter { $0.isRelative && $0.kind != .vague }.map {
            DateReference(part: s.part, sentence: s.index, text: $0.text, start: s.span.start + $0.start, end: s.span.start + $0.end, day: $0.day)
        }
    }

    /// Words that make a title a past one, in or right after the mention (الأسبق، الراحل، المخلوع،
    /// رحمه الله، آنذاك) or right before it (في عهد، نظام الرئيس، حكم رئيس الوزراء): history written
    /// with the titles of then, not a claim about the story's date.
    static func pastMarked(_ a: FoundActor, _ toks: [TokenInfo], _ c: CodingContext) -> Bool {
        let after = a.from..<min(toks.count, a.to + 3)
        if after.contains(where: { toks[$0].matches(c.cues[.formerWords]) || toks[$0].matchesAnyReading(c.cues[.pastMarkers]) }) { return true }
        let before = max(0, a.from - 2)..<a.from
        return before.contains { toks[$0].matchesAnyReading(c.cues[.pastGovernors]) }
    }
}

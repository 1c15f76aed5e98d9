import ArabicText
import Lexicon

/// A subject carried from the sentence before: «أكد وزير الخارجية … أن …» then «وأشاد بجهود …»:
/// Arabic news drops the subject of a story's next sentences, which open with a verb joined by و
/// (or a participle of state, or a reporting verb: «وأضاف أن …»). Such a verb, first word of its
/// sentence, with no subject found in its own sentence, continues the subject of the first verb of
/// the sentence right before (and a chain of such sentences continues it further). The mention
/// keeps its words and offsets in the article (rule `carried-subject`).
enum CarriedSubject {
    static let name = "carried-subject"

    /// The subject this trigger may continue, if it opens its sentence as such a verb right after
    /// a sentence whose subject was carried.
    static func available(_ t: TriggerState, _ s: SentenceState, _ c: TriggerContext) -> [FoundActor]? {
        guard s.part == .text, s.article.carriedSentence == s.index - 1, !s.article.carriedSubject.isEmpty, t.trigger.isVerb, !t.trigger.passive,
            (0..<t.trigger.from).allSatisfy({ !s.tokens[$0].isWord }),
            t.trigger.analysis.hasConjunction || t.pattern.isReport || VerbFrame.isParticipleOfState(c),
            opensWithoutSubject(t, s, c)
        else { return nil }
        return s.article.carriedSubject
    }

    /// Whether no subject of its own follows the verb: its complement opens right after it (a
    /// preposition, «أن»), or an honorific with the pronoun of the one carried («وشكر سموه»).
    /// (A noun there is a subject the lexicon does not know — «وأشاد الدكتور المهندس محمد
    /// المصري»، «واستهدف الهجوم»، «وندد المشاركون» — not the one carried.)
    static func opensWithoutSubject(_ t: TriggerState, _ s: SentenceState, _ c: TriggerContext) -> Bool {
        guard let k = (t.trigger.to..<s.tokens.count).first(where: { s.tokens[$0].isWord && !s.dateTokens.contains($0) }) else { return false }
        let w = s.tokens[k]
        if w.matches(c.cues[.anaphoricHonorifics]) || w.matches(c.cues[.prepositions]) { return true }
        if w.matches(c.cues[.clauseWords]), !w.matches(c.cues[.relativePronouns]) { return true }
        // (بجهود، بالشكر، لحكومة: a preposition on the word, in its most segmented reading.)
        return w.analyses.last?.attachedPreposition != nil
    }

    /// The mention as carried to later sentences: its words and offsets in the text part, and an
    /// empty span of tokens at the sentence's start (it has no tokens in a later sentence; it is
    /// given only after the argument rules, which read positions).
    static func carry(_ m: FoundActor, _ toks: [TokenInfo], _ text: SentenceText) -> FoundActor {
        guard m.carried == nil else { return m }
        var out = m
        let (words, start, end) = text.text(toks, m.from, m.to)
        out.carried = (words, start, end)
        out.from = 0
        out.to = 0
        out.group = -3
        return out
    }
}

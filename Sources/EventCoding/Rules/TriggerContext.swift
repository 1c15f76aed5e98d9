import ArabicText
import Lexicon

/// What the argument rules read about one trigger: the sentence's tokens, actors and clauses,
/// the trigger and its pattern, the clause around it, and what earlier triggers left.
///
/// A class: the rules pass it on and capture it in closures, and each copy of the value retained
/// and released its dozen arrays and sets.
final class TriggerContext {
    let coding: CodingContext
    let toks: [TokenInfo]
    /// Every actor found, and those that take part in events (not the ones a report is
    /// attributed to: بحسب المسؤولين).
    let found: [FoundActor]
    let actors: [FoundActor]
    /// Tokens inside an actor mention: a nisba there is the mention's, not a free adjective.
    let actorTokens: Set<Int>
    let triggers: [FoundTrigger]
    let clauses: Clauses
    let trig: FoundTrigger
    let pat: EventPattern
    let code: String
    let future: Bool
    /// The clause around the trigger, and the actors in it before and after the trigger.
    let cs: Int
    let ce: Int
    let inClause: [FoundActor]
    let before: [FoundActor]
    let after: [FoundActor]
    /// What earlier triggers of the sentence left, as it was when this trigger started.
    let discourse: Discourse
    let violent: Bool
    /// Tokens inside date expressions (ليل الجمعة السبت): they do not count in a window of words.
    let dateTokens: Set<Int>
    /// The states the article's headline named (``ArticlePlaces/states``).
    let headlineStates: [String]
    /// The story's publication day, if known.
    let date: CalendarDay?

    var lexicon: Lexicon { coding.lexicon }
    var cues: Cues { coding.cues }
    var root: String { String(pat.code.prefix(2)) }

    init(
        coding: CodingContext, toks: [TokenInfo], found: [FoundActor], triggers: [FoundTrigger], clauses: Clauses, trig: FoundTrigger,
        pat: EventPattern, code: String, future: Bool, discourse: Discourse, dateTokens: Set<Int> = [], headlineStates: [String] = [],
        date: CalendarDay? = nil
    ) {
        self.date = date
        self.dateTokens = dateTokens
        self.headlineStates = headlineStates
        self.coding = coding
        self.toks = toks
        self.found = found
        let attribution = coding.cues[.attributionPrepositions]
        let behalf = coding.cues[.behalfWords]
        let actors = found.filter { !$0.attribution && !attribution.contains(Word($0.prep ?? "")) && !behalf.contains(Word($0.prep ?? "")) }
        self.actors = actors
        var actorTokens = Set<Int>()
        for a in found { for t in a.from..<a.to { actorTokens.insert(t) } }
        self.actorTokens = actorTokens
        self.triggers = triggers
        self.clauses = clauses
        self.trig = trig
        self.pat = pat
        self.code = code
        self.future = future
        self.discourse = discourse
        let cs = clauses.start(trig.from)
        let ce = clauses.end(trig.to)
        self.cs = cs
        self.ce = ce
        let inClause = actors.filter { $0.from >= cs && $0.to <= ce && !$0.placeOnly && (clauses.inParen[trig.from] || !clauses.inParen[$0.from]) }
        self.inClause = inClause
        before = inClause.filter { $0.to <= trig.from }
        after = inClause.filter { $0.from >= trig.to }
        violent = coding.isViolent(pat.code)
    }

    /// The number of words from token `a` up to `b`, not counting those of date expressions.
    func words(from a: Int, to b: Int) -> Int { (a..<max(a, b)).filter { !dateTokens.contains($0) }.count }

    /// The first token of the next verb of the lexicon after the trigger that opens an act of its
    /// own (the sentence's end if none): not one right after the trigger, or after only its subject
    /// and date with no conjunction, which is its object, a verbal noun («أدانت منظمة هيومن رايتس
    /// ووتش الخميس، قصف المتمردين»). A target past it is that verb's («أدانت مصر … الجريمة البشعة
    /// وأكدوا وقوفهم إلى جانب المملكة»).
    var nextVerb: Int {
        let next = triggers.first { v in
            guard v.isVerb, v.from >= trig.to else { return false }
            if v.analysis.hasConjunction || v.from > trig.to + 8 { return true }
            return !(trig.to..<v.from).allSatisfy { k in
                actorTokens.contains(k) || dateTokens.contains(k) || !toks[k].isWord && [",", "،"].contains(toks[k].token.norm)
            }
        }
        return next?.from ?? toks.count
    }

    /// The whole coordination group `g` (X و Y).
    func group(_ g: Int) -> [FoundActor] { actors.filter { $0.group == g } }
    /// The group of the first (last) mention with no preposition.
    func firstBare(_ xs: [FoundActor]) -> [FoundActor]? { xs.first { $0.prep == nil }.map { group($0.group) } }
    func lastBare(_ xs: [FoundActor]) -> [FoundActor]? { xs.last { $0.prep == nil }.map { group($0.group) } }
    /// The group of the first mention governed by preposition `p` (also as the last word of a
    /// longer preposition: على يد).
    func withPrep(_ p: String, _ xs: [FoundActor]) -> [FoundActor]? {
        xs.first { $0.prep == p || ($0.prep?.hasSuffix(" " + p) ?? false) }.map { group($0.group) }
    }
    /// The actor of an agent phrase after the trigger (على يد، من قبل).
    func agentAfter() -> [FoundActor]? { withPrep(Particle.byTheHandOf, after) ?? withPrep(Particle.onThePartOf, after) }

    /// Whether token `k` introduces who carried an act out: a verb of carrying out with the act
    /// as its object pronoun (نفذها), an instrument with its owner after it (برصاص، بنيران), or the
    /// last word of an agent phrase (على أيدي، من جانب).
    func agentCueAt(_ k: Int) -> Bool {
        let w = toks[k].normWord
        if cues[.agentVerbs].contains(w) || cues[.agentInstruments].contains(w) { return true }
        // («ونسب إلى حزب العمال»: with its conjunction.)
        if toks[k].firstReadingHasConjunction, cues[.agentVerbs].contains(toks[k].lastStem) { return true }
        return k > 0 && cues[.agentPhrases].phrases.contains { $0.count == 2 && $0[1] == w && toks[k - 1].normWord == $0[0] }
    }

    /// "قال مسؤول في الشرطة إن عبوة ناسفة انفجرت": who reports violence or a protest in another
    /// clause is not its agent; the last subject carries over to such a trigger only when it did
    /// something itself (a pronoun on the complementiser, أنه قتل, is handled apart).
    func reporterOnly() -> Bool {
        // «أعلن مصدر أمني مقتل …»: a source or a witness only tells of the act, in any clause.
        if let subj = discourse.lastSubject.first, toks[subj.from].matchesAnyReading(cues[.reporterWords]) { return true }
        guard discourse.lastSubjectReports, let subj = discourse.lastSubject.first, subj.to <= cs else { return false }
        return coding.ontology.root(of: pat.code)?.reportedByOthers ?? false
    }

    /// Whether a trigger is a verbal noun of violence (the attack told by its instrument).
    func isViolentNoun(_ t: FoundTrigger) -> Bool { !t.isVerb && coding.isViolent(lexicon.events[t.pattern].code) }

    /// A nisba adjective within two words after position `i` (skipping one adjective such as الجوية).
    func nisbaAfter(_ i: Int, outside: Set<Int> = []) -> (String, Int)? {
        for j in i..<min(toks.count, i + 2) where !outside.contains(j) {
            for (form, a) in toks[j].forms where a.isBareOrDefinite {
                for ph in lexicon.actorIndex.phrases(startingWith: form) where ph.words.count == 1 {
                    if case .nisba(let c) = ph.ref { return (lexicon.countries[c].code, j) }
                }
            }
        }
        return nil
    }

    /// The first nisba found by `nisbaAfter` from one of `starts`, in their order.
    func nisbaStarting<S: Sequence<Int>>(in starts: S) -> (String, Int)? {
        for i in starts { if let hit = nisbaAfter(i, outside: actorTokens) { return hit } }
        return nil
    }

    /// The actor a nisba names on its own (at token `j`): the country, or its agent with `role`
    /// (group -1 for an inferred source, -2 for an inferred target).
    func nisbaActor(_ country: String, at j: Int, role: String? = nil, group: Int) -> FoundActor {
        FoundActor(
            from: j, to: j + 1, code: country + (role ?? ""), country: country, role: role, prep: nil, group: group, coordinated: false,
            placeLike: false, entries: [lexicon.countries[lexicon.countryByCode[country]!].location], title: nil, person: nil,
            personRoleReason: nil, former: false)
    }
}

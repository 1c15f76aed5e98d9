import Foundation
import Lexicon

/// Violence or protest reported with no actor at all, or in the imperfect (habitual, generic), is
/// kept only when the learned sentence gate says the sentence reports an act; a sentence that
/// plainly reports it (``reportsAnAct``) is not asked.
struct GateStage: TriggerStage {
    let name = "gate"
    let reads: Set<PipelineSlot> = [.tokens, .actors, .triggers, .clauses, .modality, .arguments, .gateFeatures]
    let writes: Set<PipelineSlot> = [.gateDecision]

    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext) {
        guard let gate = c.gates[c.plover(t.code)], let clauses = s.clauses else { return }
        if reportsAnAct(t, s, clauses, c) { return }
        let score = gate.score(s.gateFeatures?.features ?? [])
        if score < gate.threshold {
            t.dropped = "the gate (\(Self.fixed2(score)) < \(Self.fixed2(gate.threshold)))"
            return
        }
        t.gateEntry = "gate \(gate.name) \(Self.fixed2(score)) ≥ \(Self.fixed2(gate.threshold))"
    }

    /// `x` with two decimals, as `%.2f` writes it (String(format:) goes through Foundation's
    /// formatter, a tenth of the stage's time for a note most runs never print).
    static func fixed2(_ x: Double) -> String {
        let hundredths = (x * 100).rounded(.toNearestOrEven)
        let n = Int(hundredths.magnitude)
        let frac = n % 100
        return (hundredths < 0 ? "-" : "") + String(n / 100) + (frac < 10 ? ".0" : ".") + String(frac)
    }

    /// Whether the sentence plainly reports the act, so that no gate is asked.
    func reportsAnAct(_ t: TriggerState, _ s: SentenceState, _ clauses: Clauses, _ c: CodingContext) -> Bool {
        let trig = t.trigger
        let toks = s.tokens
        let source = t.arguments.source
        let target = t.arguments.target
        let cs = clauses.start(trig.from)
        let verbForms = c.lexicon.verbIndex[toks[trig.from].forms.first { c.lexicon.verbIndex[$0.0] != nil }?.0 ?? Word("")]
        let pastVerb = trig.isVerb && !t.future && !(verbForms?.allSatisfy { $0.tense == .present } ?? true)
        if headlineReportsAct(t, s) { return true }
        if pastVerb, t.root == "14", crowdGathers(trig, s, clauses.start(trig.from), c) { return true }
        if trig.isVerb, !t.future, t.root == "14", protestsGoOn(trig, source, s, clauses, c) { return true }
        guard pastVerb, t.pattern.context.isEmpty else { return false }
        // A past verb opening its sentence with its subject right after it (VSO: "تظاهر آلاف
        // الطلاب …") is how Arabic news reports an act.
        // (After a fronted phrase — "وفي حادث منفصل، اغتال …" — the first verb still opens the report.)
        let opensSentence =
            trig.from == 0 || (trig.from == 1 && toks[0].token.kind == .punctuation)
            || (trig.from == cs && !s.triggers.contains { $0.from < trig.from && $0.isVerb } && !s.actors.contains { $0.from < trig.from && $0.prep == nil })
        if opensSentence, let first = source.first, first.from == trig.to, first.prep == nil { return true }
        // Anywhere in the sentence, a past verb with both roles named right around it — a state's
        // agent as its subject right after it, an actor of a state as its object or complement —
        // reports the act («… قصفت المقاتلات التركية مواقع لتنظيم داعش في سوريا»).
        if let subj = source.first, subj.from == trig.to, subj.prep == nil, subj.country != nil, subj.role != nil, subj.role != "CVL",
            source.allSatisfy({ $0.group == subj.group }), let obj = target.first, obj.from >= subj.to, obj.namesSomeone,
            !t.arguments.targetFromPlace, !(cs > 0 && toks[cs - 1].matchesAnyReading(c.cues[.timeClauseWords]))
        {
            return true
        }
        // (Not after "عندما اغتيل …": a clause of time is background.)
        if cs > 0 && toks[cs - 1].matchesAnyReading(c.cues[.timeClauseWords]) || cs < toks.count && toks[cs].matchesAnyReading(c.cues[.timeClauseWords]) {
            return false
        }
        // So does a passive opening its sentence with its victims right after it (اغتيل مسؤول
        // عراقي …، قتل ثلاثة جنود …: a count after unvocalised قتل reads as the passive).
        let countAfter = trig.to < toks.count && toks[trig.to].isCount
        if opensSentence, source.allSatisfy({ $0.prep != nil }), trig.passive || countAfter,
            let first = target.first, first.prep == nil, first.from == trig.to || first.from == trig.to + 1 && countAfter
        {
            return true
        }
        // And so does a sentence that opens with a state's actor and its past verb right after
        // it, the verb's object following (SVO: "الجيش الإسرائيلي قتل ثلاثة فلسطينيين …",
        // "وكانت الطائرات الإسرائيلية قد قصفت …").
        // (A verb with an object pronoun after a fronted noun is topic and comment:
        // "عسكريين ماليين خطفهم مقاتلو الطوارق" — the noun is the victim.)
        let objectPronoun = toks[trig.from].forms.first { c.lexicon.verbIndex[$0.0] != nil }.map { !$0.1.suffix.isEmpty } ?? false
        guard !trig.passive, !objectPronoun, let subj = source.first, let obj = target.first, obj.from >= trig.to else { return false }
        // (A known armed group is such an actor too, and the clause may open with «إن»: «إن تنظيم
        // داعش اختطف 18 شابًا».)
        return subj.prep == nil && (subj.country != nil || subj.code.hasPrefix("IMG")) && subj.role != "CVL"
            && source.allSatisfy { $0.group == subj.group }
            && (subj.from == cs
                || subj.from == cs + 1
                    && (toks[cs].matchesAnyReading(c.cues[.auxiliaryWords]) || toks[cs].matches(c.cues[.complementisers])))
            && (trig.from == subj.to || trig.from == subj.to + 1 && toks[subj.to].normWord == Words.qad)
    }

    /// A headline tells its news in the present with the subject first («جنود إسرائيليون يقتلون
    /// فلسطينياً بالرصاص»، «الجيش الليبي يقصف مواقع متشددين في درنة»), or by a verbal noun that opens
    /// it («مقتل جنديين تركيين في هجوم جديد لحزب العمال الكردستاني»): with both roles named in it, the
    /// act is the story's news. The gate, trained on body sentences, reads a headline's present as
    /// habitual. (Not a headline that quotes another — «النجيفي: مظاهرات العراقيين نتاج فشل
    /// الحكومات» — unless the speaker is the act's source, nor a question.)
    func headlineReportsAct(_ t: TriggerState, _ s: SentenceState) -> Bool {
        guard s.part == .title, !t.future, !t.arguments.sourceFromContext, !t.arguments.targetFromPlace, !t.arguments.sourceFromPlace,
            let subj = t.arguments.source.first, subj.namesSomeone, let obj = t.arguments.target.first, obj.namesSomeone
        else { return false }
        let toks = s.tokens
        let trig = t.trigger
        if toks.contains(where: { $0.token.normIs("?") || $0.token.normIs("؟") }) { return false }
        // (The headline's first word, past a speaker's «X:» when the speaker is the source.)
        var first = 0
        if let colon = (0..<trig.from).first(where: { toks[$0].token.normIs(":") }) {
            guard subj.to <= colon else { return false }
            first = colon + 1
        }
        while first < toks.count, !toks[first].isWord { first += 1 }
        if trig.isVerb {
            return !trig.passive && subj.prep == nil && subj.from <= first + 1 && subj.to <= trig.from && trig.from <= subj.to + 1
        }
        return trig.from == first
    }

    /// A crowd counted right after a past verb of gathering that opens its clause («تظاهر نحو مئتي شخص
    /// في بروكسل»، «وتجمع آلاف المتظاهرين أمام …»، «اعتصم أكثر من ألف شخص»), or a protest noun
    /// right after a verb of breaking out («وخرجت تظاهرات مماثلة»، «واندلعت مظاهرات شعبية»): the
    /// report of a protest, whichever the pattern (the verbs of the rally pattern ask for a protest
    /// word around them, which the count's noun is). A date between the verb and the count is
    /// passed over (تظاهر أمس عشرات); an approximation before the count too (نحو، أكثر من).
    func crowdGathers(_ trig: FoundTrigger, _ s: SentenceState, _ cs: Int, _ c: CodingContext) -> Bool {
        let toks = s.tokens
        // (It opens its clause, or only a fronted phrase with no verb and no subject stands before
        // it: «في غرب البلاد اعتصم …».)
        let fronted =
            !s.triggers.contains { $0.from >= cs && $0.from < trig.from } && !s.actors.contains { $0.from >= cs && $0.from < trig.from && $0.prep == nil }
        guard fronted, toks[trig.from].matchesAnyReading(c.cues[.protestGatheringVerbs]) else { return false }
        var k = trig.to
        while k < toks.count, s.dateTokens.contains(k) { k += 1 }
        var approximations = 0
        while k < toks.count, approximations < 2, !toks[k].isCount, toks[k].spelled(c.cues[.approximationWords]) {
            k += 1
            approximations += 1
        }
        guard k < toks.count else { return false }
        // (Or the protest itself is the subject: «وخرجت تظاهرات مماثلة في البصرة»، «واندلعت مظاهرات».)
        return toks[k].isCount || approximations == 0 && s.triggers.contains { $0.from == k && !$0.isVerb && c.lexicon.events[$0.pattern].code.hasPrefix("14") }
    }

    /// Protests told in the present as news: a headline's verb with its subject
    /// («آلاف العراقيين يتظاهرون ضد الفساد»: headlines use the present for the day's news), or a
    /// verb of protests going on opening its clause with a protest noun in the clause («وتشهد
    /// محافظات كربلاء والنجف … مظاهرات»، «وتشهد مدن العراق موجة احتجاجات»). (Relative clauses and
    /// negations are dropped before the gate.)
    func protestsGoOn(_ trig: FoundTrigger, _ source: [FoundActor], _ s: SentenceState, _ clauses: Clauses, _ c: CodingContext) -> Bool {
        let toks = s.tokens
        if s.part == .title, let subj = source.first, subj.prep == nil, subj.to == trig.from || subj.from == trig.to { return true }
        let cs = clauses.start(trig.from)
        let fronted =
            !s.triggers.contains { $0.from >= cs && $0.from < trig.from } && !s.actors.contains { $0.from >= cs && $0.from < trig.from && $0.prep == nil }
        guard fronted, toks[trig.from].matchesAnyReading(c.cues[.protestOngoingVerbs]) else { return false }
        let end = min(clauses.end(trig.from), trig.to + 12)
        return s.triggers.contains { $0.from >= trig.to && $0.from < end && !$0.isVerb && c.lexicon.events[$0.pattern].code.hasPrefix("14") }
    }
}

import ArabicText
import Lexicon

/// Pro-drop: an active verb with no subject of its own continues the last subject (وسلّمه،
/// متوعداً بالرد), unless that subject only reported the act in another clause, or only spoke of
/// violence (condemned it, welcomed it), or the verb stands in a relative clause. A violent verb
/// right after «حيث» continues the armed subject of the clause before it.
struct ProDrop: ArgumentRule {
    let name = "pro-drop"
    /// The roots of speech: statements, appeals, intents, approval, criticism, demands, rejection,
    /// threats (01–03, 05, 10–13).
    static let rootsOfWords: Set<String> = ["01", "02", "03", "05", "10", "11", "12", "13"]

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive, a.source.isEmpty, !a.noCarryOver, a.relativeNoun == nil,
            c.trig.from > c.cs || c.trig.analysis.hasConjunction || c.trig.from > 0,
            !c.reporterOnly(),
            // (Not violence from who only spoke of it: «أدان مجلس النواب الأردني حادث التفجير الذي
            // استهدف مسجداً»; nor a verb right after a relative pronoun, whose subject is the noun
            // before it.)
            !(c.violent && c.discourse.lastSubjectOfWords && Self.rootsOfWords.contains(c.discourse.lastSubjectRoot)),
            !(c.trig.from > 0 && c.toks[c.trig.from - 1].matches(c.cues[.relativePronouns]))
        else { return }
        // «كما تقدموا بالشكر»: a verb in the plural does not continue one named person or office
        // holder (the subject it continues is a group the sentence named in other words).
        if Self.pluralVerb(c), c.discourse.lastSubject.count == 1, let only = c.discourse.lastSubject.first, only.person != nil || only.title != nil {
            return
        }
        a.source = c.discourse.lastSubject
        // «… زيارة لوزير الدفاع الأميركي آشتون كارتر إلى بغداد حيث التقى برئيس الوزراء العراقي»: a
        // meeting right after «حيث» that no subject comes before is the visitor's the clause before
        // it named, when the visit's noun left no subject.
        if a.source.isEmpty, c.root == "04", c.trig.from > 0, c.toks[c.trig.from - 1].normWord.text == Particle.haythu,
            !c.discourse.lastVisitor.isEmpty, !a.target.contains(where: { t in c.discourse.lastVisitor.contains { $0.group == t.group } })
        {
            a.source = c.discourse.lastVisitor
        }
        // «واستمرت طائرات التحالف العربي في مساندة التقدم …، حيث شنت امس غارات»: a violent verb right
        // after a word that tells more of the clause before it (cue elaboration-words) continues
        // that clause's armed subject, though its own verb was no event.
        if a.source.isEmpty, c.violent, c.trig.from > 0, c.toks[c.trig.from - 1].matches(c.cues[.elaborationWords]),
            let subject = c.actors.first(where: { m in
                m.to < c.trig.from && m.prep == nil && !m.placeLike && m.namesSomeone
                    && (m.code.hasPrefix("IMG") || m.code == "UAF" || ["MIL", "REB", "SPY", "COP"].contains(m.role ?? ""))
            }),
            !a.target.contains(where: { $0.group == subject.group })
        {
            a.source = c.group(subject.group)
        }
        a.sourceFromContext = !a.source.isEmpty
    }

    /// Whether the trigger is a verb in the third person masculine plural: a perfect ending in «وا»
    /// (تقدموا، واقتحموا) or an imperfect with its prefix ending in «ون» (يدينون).
    static func pluralVerb(_ c: TriggerContext) -> Bool {
        let stem = c.trig.analysis.stem
        if stem.hasSuffix(Particle.pluralPastVerbEnding) { return true }
        return stem.hasSuffix(Particle.pluralPresentVerbEnding) && Particle.thirdPersonImperfectPrefixes.contains { stem.hasPrefix($0) }
    }
}

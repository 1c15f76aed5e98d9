import Lexicon

/// "قامت دبابة إسرائيلية بقصف …"، "القوات الأميركية وجهت ضربات": the subject of a light verb
/// before the noun in its clause is the noun's agent: the first actor after the verb (titles and
/// dates may come between: «قام صباح اليوم صاحب السمو الأمير …»), else the last one before it. A
/// later actor between the verb and the noun is a genitive («تفجير نفذته طالبان خارج أكاديمية
/// الشرطة»), not the subject. The noun is the verb's own object: no other event noun stands
/// between them.
struct LightVerbSubject: ArgumentRule {
    let name = "light-verb-subject"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty,
            let k = (c.cs..<c.trig.from).last(where: { c.toks[$0].matchesAnyReading(c.cues[.lightVerbs]) })
        else { return }
        guard !c.triggers.contains(where: { $0.from > k && $0.from < c.trig.from }) else { return }
        // (Its object, not a noun after «على / إلى / ضد»: «وأطلق الجنود قنابل الغاز رداً على تلك
        // الهجمات» were the stone-throwers' attacks. «تمكنت من السيطرة»، «6 غارات» after «عن» are.)
        guard !(max(k + 1, c.trig.from - 2)..<c.trig.from).contains(where: { Self.notObject.contains(c.toks[$0].normWord.text) }) else { return }
        func subjectLike(_ m: FoundActor) -> Bool { m.prep == nil && !m.placeLike && m.country != nil }
        let after = c.before.first { $0.from > k }.flatMap { subjectLike($0) && $0.from <= k + 8 ? $0 : nil }
        guard let subj = after ?? c.before.last(where: { $0.to <= k && subjectLike($0) }) else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.lightVerbs]))
        a.source = c.group(subj.group)
    }

    /// Prepositions (normalised) whose noun is not the light verb's object.
    static let notObject: Set<String> = ["علي", "الي", "ضد"]
}

import Lexicon

/// A verbal noun with no agent of its own takes the last subject of its sentence that came before
/// it, unless that subject only reported the act in another clause, or, for violence, only spoke
/// of it or reported it without being armed (a ministry announcing «مقتل شرطي» is no killer) («أدانت منظمة التعاون الإسلامي الهجوم … مما أدى إلى مقتل 37 شخصاً»: the condemner is no
/// killer).
struct ContextSubject: ArgumentRule {
    let name = "context-subject"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty, let subj = c.discourse.lastSubject.first, subj.from < c.trig.from,
            !c.reporterOnly(),
            !(c.violent && (c.discourse.lastSubjectOfWords || c.discourse.lastSubjectReports && !armed(subj, a, c)))
        else { return }
        a.source = c.discourse.lastSubject
        a.sourceFromContext = true
    }

    /// Whether a reporter of violence may have done it: forces announce their own strikes («أعلنت
    /// القوات المسلحة مقتل 20 إرهابياً»); a ministry, an official or the press only tells of them.
    /// Forces claim the enemies they killed, not civilians: «أكد قائد الشرطة … مقتل الأشخاص الأربعة
    /// … في عملية انتحارية» tells of a bombing; and an official of the forces («أعلن مسؤولون أمنيون
    /// مقتل 11 من عناصر داعش») speaks of their deaths without claiming them.
    func armed(_ m: FoundActor, _ a: Arguments, _ c: TriggerContext) -> Bool {
        guard ActorRoles.armed.contains(m.role ?? "") || m.code.hasPrefix("IMG") else { return false }
        if a.target.contains(where: { $0.role == "CVL" }) { return false }
        return !c.toks[m.from].matchesAnyReading(c.cues[.officialWords])
    }
}

import Lexicon

/// «البحرين تستنكر … وتستدعي سفيرها»، «المملكة المغربية رحبت … الملك محمد السادس»، «مصر ترفض
/// تصريحات خامنئي … والسيسي»: a state named by its name (or its capital) as the doer does not do
/// the act to its own government, people or officials: that mention is whom the state speaks for
/// or through, or where the act is. The target goes (the judged corpus events of this shape were
/// right 8 times in 42, those mostly by a people's nisba, which is not a state's name). Not its
/// rebels, opposition or armed groups, whom a state does act on («هاجمت تركيا معسكرات لحزب
/// العمال الكردستاني»).
struct OwnAgentIsNoTarget: ArgumentRule {
    let name = "own-agent-no-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard let own = a.source.first?.country,
            a.source.allSatisfy({ $0.role == nil && $0.code == own && $0.country == own && $0.placeKey != nil }),
            !a.target.isEmpty,
            a.target.allSatisfy({ t in
                t.country == own && t.role.map { !["REB", "OPP", "UAF", "SPY", "INS"].contains($0) } ?? false && t.code == own + (t.role ?? "")
            })
        else { return }
        a.target = []
        a.targetFromPlace = false
    }
}

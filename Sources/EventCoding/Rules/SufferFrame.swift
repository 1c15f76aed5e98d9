import Lexicon

/// "تعرض قيادي في حماس … للخطف على أيدي مسلحين": the subject of "was subjected to" (تعرض لـ)
/// suffers the violence named by the noun after لـ; its agent, if named, comes from the agent
/// phrase (``AgentPhrase``). (The subject may stand between commas: تعرض قيادي …، هو وكيل …، للخطف.)
struct SufferFrame: ArgumentRule {
    let name = "suffer-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, c.violent, c.trig.analysis.endsInLam,
            let k = (max(0, c.trig.from - 16)..<c.trig.from).reversed()
                .prefix(while: { !c.clauses.boundary[$0] || c.toks[$0].token.norm == "," })
                .first(where: { c.toks[$0].matchesAnyReading(c.cues[.sufferVerbs]) })
        else { return }
        a.suffered = true
        a.cite(c.toks[k].cueLocation(c.cues[.sufferVerbs]))
        let subject =
            c.actors.first(where: { $0.from > k && $0.to <= c.trig.from && $0.prep == nil && !$0.placeOnly })
            ?? c.inClause.last(where: { $0.to <= k && $0.prep == nil })
        a.target = subject.map { c.group($0.group) } ?? []
    }
}

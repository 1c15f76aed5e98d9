import Lexicon

/// "أعلن تنظيم داعش مسؤوليته عن الهجوم"، "تبنّت حركة طالبان التفجير": who claims an attack is its
/// agent, though the claim is told by a reporting verb (whose subject is otherwise never the agent
/// of the violence it reports).
struct ClaimOfResponsibility: ArgumentRule {
    let name = "claim-of-responsibility"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (A claimant names the unidentified attacker too: «أعلنت حركة طالبان المسؤولية عن هجوم
        // … الانتحاري».)
        guard c.violent, !c.trig.isVerb, a.source.isEmpty || a.sourceFromContext || a.source.allSatisfy({ $0.code == "UAF" }),
            let k = (max(c.cs, c.trig.from - 3)..<c.trig.from).last(where: { c.toks[$0].matchesAnyReading(c.cues[.claimWords]) }),
            let claimant = c.before.last(where: { $0.to <= k && $0.prep == nil && $0.namesSomeone }) ?? c.discourse.lastSubject.first(where: \.namesSomeone)
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.claimWords]))
        a.source = c.group(claimant.group).isEmpty ? [claimant] : c.group(claimant.group)
        a.sourceFromContext = false
    }
}

import Lexicon

/// "أعلن تنظيم داعش مسؤوليته عن الهجوم"، "تبنّت حركة طالبان التفجير": who claims an attack is its
/// agent, though the claim is told by a reporting verb (whose subject is otherwise never the agent
/// of the violence it reports).
struct ClaimOfResponsibility: ArgumentRule {
    let name = "claim-of-responsibility"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // «تفجيرا … أعلن تنظيم داعش مسؤوليته عنه»: the claim itself (015) is made by the one named
        // right after its verb, not by the attack's noun before it (a relative clause's antecedent).
        if c.code == "015", c.trig.isVerb, let m = c.after.first(where: { $0.from == c.trig.to && $0.prep == nil && $0.namesSomeone }),
            !a.source.contains(where: { $0.group == m.group })
        {
            a.source = c.group(m.group)
            a.target.removeAll { $0.group == m.group }
            a.sourceFromContext = false
            return
        }
        // (A claimant names the unidentified attacker too: «أعلنت حركة طالبان المسؤولية عن هجوم
        // … الانتحاري».)
        guard c.violent, !c.trig.isVerb, a.source.isEmpty || a.sourceFromContext || a.source.allSatisfy({ $0.code == "UAF" }) else { return }
        let claims = c.cues[.claimWords]
        // (Not one the act hit: «الذي اعلن تبني مقتل شرطيين» — the policemen are no claimant.)
        guard
            let (k, claimant) = Self.before(c, claims) ?? Self.after(c, claims),
            !a.target.contains(where: { $0.group == claimant.group })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.claimWords]))
        a.source = c.group(claimant.group).isEmpty ? [claimant] : c.group(claimant.group)
        a.sourceFromContext = false
        // (The unidentified bomber its act names is the claimant's: «الهجوم الانتحاري الذي تبناه
        // تنظيم داعش».)
        a.target.removeAll { $0.code == "UAF" }
    }

    /// The claim before the noun: «أعلن تنظيم داعش مسؤوليته عن الهجوم».
    static func before(_ c: TriggerContext, _ claims: Cue) -> (Int, FoundActor)? {
        guard let k = (max(c.cs, c.trig.from - 3)..<c.trig.from).last(where: { c.toks[$0].matchesAnyReading(claims) }),
            let claimant = c.before.last(where: { $0.to <= k && $0.prep == nil && $0.namesSomeone }) ?? c.discourse.lastSubject.first(where: \.namesSomeone)
        else { return nil }
        return (k, claimant)
    }

    /// The claim after it, in a clause on the noun: «تفجيرا انتحارياً بسيارة ملغومة في العراق أعلن
    /// تنظيم داعش مسؤوليته عنه»، «هجوم تبنته حركة طالبان» — the claimant named right after the verb
    /// of the claim, or right before «مسؤوليته».
    static func after(_ c: TriggerContext, _ claims: Cue) -> (Int, FoundActor)? {
        guard let k = (c.trig.to..<min(c.toks.count, c.trig.to + 8)).first(where: { c.toks[$0].matchesAnyReading(claims) }) else { return nil }
        // «تبنته حركة طالبان»: the claimant follows the claim verb; «أعلن تنظيم داعش مسؤوليته»: it
        // stands between the reporting verb and the claim.
        let claimant =
            c.actors.first(where: { $0.from > k && $0.from <= k + 2 && $0.prep == nil && $0.namesSomeone && !$0.placeLike })
            ?? c.actors.last(where: { $0.to <= k && $0.to >= k - 1 && $0.from > c.trig.to && $0.prep == nil && $0.namesSomeone && !$0.placeLike })
        return claimant.map { (k, $0) }
    }
}

import ArabicText
import Lexicon

extension ActorMentionFinder {
    /// «الحوثيين والقوات المتحالفة معها»، «قوات النظام والمسلحين الموالين لها»، «الانفصاليين
    /// الموالين لروسيا»: forces, fighters or gunmen followed by a word of loyalty (cue loyalty-words)
    /// and their patron — a pronoun for the mention they are coordinated with, or a mention after
    /// ل or مع — are the patron's side: a group's own (its code), a state's forces (country + MIL;
    /// not rebels, who stay rebels), or a rebel's or opposition's fighters (country + REB). The patron named after them is part
    /// of their phrase, not an actor of its own.
    func assignLoyalForces(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        var absorbed = Set<Int>()
        for k in out.indices where !absorbed.contains(k) {
            let m = out[k]
            guard ["MIL", "REB", "UAF"].contains(m.role ?? ""), m.person == nil, m.title == nil, m.to + 1 < toks.count,
                toks[m.to].matchesAnyReading(cues[.loyaltyWords])
            else { continue }
            var patron: FoundActor?
            var patronIndex: Int?
            var end = m.to + 1
            if toks[m.to + 1].spelled(cues[.pronounPrepositions]) {
                // (The pronoun is the mention they are coordinated with, else the last one before.)
                patron = out[..<k].last(where: { $0.to <= m.from && $0.group == m.group }) ?? (m.coordinated ? nil : out[..<k].last(where: { $0.to <= m.from }))
                end = m.to + 2
            } else if let j = out.indices.first(where: { out[$0].from == m.to + 1 }), ["ل", "مع"].contains(out[j].prep ?? "") {
                patron = out[j]
                patronIndex = j
                end = out[j].to
            }
            guard let p = patron, !p.placeOnly else { continue }
            // (Rebels loyal to a state stay its rebels, not its army: «الانفصاليين الموالين لروسيا».)
            if m.role == "REB", !p.code.hasPrefix("IMG"), !["REB", "OPP", "ELI"].contains(p.role ?? "") { continue }
            if p.code.hasPrefix("IMG") {
                out[k].code = p.code
                out[k].country = nil
                out[k].role = nil
            } else if let country = p.country {
                // (A former leader's loyalists are insurgents: «وقوات موالية للرئيس اليمني المعزول».)
                let rebel = ["REB", "OPP", "ELI"].contains(p.role ?? "")
                out[k].country = country
                out[k].role = rebel ? "REB" : "MIL"
                out[k].code = country + (rebel ? "REB" : "MIL")
            } else {
                continue
            }
            if let j = patronIndex { absorbed.insert(j) }
            out[k].countryInferred = false
            out[k].to = end
            out[k].entries += p.entries
        }
        out = out.indices.filter { !absorbed.contains($0) }.map { out[$0] }
    }
}

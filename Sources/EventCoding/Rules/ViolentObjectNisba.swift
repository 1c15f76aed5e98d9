import Lexicon

/// "استهدفت المنطقة القبلية الباكستانية": a violent verb's object known only by its nisba is in,
/// and stands for, that country.
enum ViolentObjectNisba {
    static let name = "violent-object-nisba"

    static func target(_ target: [FoundActor], _ source: [FoundActor], _ c: TriggerContext) -> [FoundActor]? {
        guard target.isEmpty, c.violent, let (country, j) = c.nisbaStarting(in: c.trig.to..<min(c.toks.count, c.trig.to + 3)),
            !source.contains(where: { $0.country == country })
        else { return nil }
        return [c.nisbaActor(country, at: j, group: -2)]
    }
}

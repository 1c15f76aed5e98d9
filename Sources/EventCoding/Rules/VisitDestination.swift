import ArabicText
import Lexicon

/// «وصل … إلى منطقة عسير»، «زار محافظة جدة»: a visit to a town or a region (a place only, not an
/// actor) with no one named as host is a visit to the town's state, flagged `target-from-place`
/// as the other roles taken from a place are. (A capital is an actor already: «وصل إلى الرياض».)
/// Only a person's or an office's visit: a team or a tank going somewhere is none.
struct VisitDestination: ArgumentRule {
    let name = "visit-destination"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (Who visits is a person or an office: a team, a tank or a ship going somewhere is no visit.)
        guard c.code.hasPrefix("042"), a.target.isEmpty, !a.source.isEmpty, a.source.allSatisfy({ $0.person != nil || $0.title != nil || $0.role == "GOV" })
        else { return }
        guard
            let place = c.actors.first(where: {
                $0.placeOnly && $0.country != nil && !$0.reference && $0.from >= c.trig.to && $0.from < c.ce
                    && ($0.prep == Particle.ila || $0.prep == Particle.li || $0.prep == nil && $0.from == c.trig.to && c.pat.targets.contains(.object))
            })
        else { return }
        var t = place
        t.code = place.country!
        t.role = nil
        t.placeOnly = false
        a.target = [t]
        a.targetFromPlace = true
    }
}

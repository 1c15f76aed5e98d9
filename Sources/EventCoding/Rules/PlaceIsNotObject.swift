import Lexicon

/// Places are actors only as subjects: a capital as the object of a verb of motion (وصل إلى
/// دمشق) stays a place, unless the pattern's target is its object.
struct PlaceIsNotObject: ArgumentRule {
    let name = "place-not-object"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive, a.target.first?.placeLike ?? false, !c.pat.targets.contains(.object) else { return }
        a.target = []
    }
}

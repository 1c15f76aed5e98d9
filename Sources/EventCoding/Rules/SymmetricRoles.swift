import ArabicText
import Lexicon

/// A symmetric event (met, signed, clashed) is coded once, the first-named party as its source:
/// "بين X و Y" gives X → Y; two coordinated subjects (اتفقت السعودية وإيران) give the first → the
/// rest; with a source already, "بين" gives the target.
struct SymmetricRoles: ArgumentRule {
    let name = "symmetric-split"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.pat.symmetric else { return }
        if a.source.isEmpty, let between = c.withPrep(Particle.bayna, c.after), between.count >= 2 {
            a.setSource([between[0]], by: "symmetric-between")
            a.setTarget(Array(between[1...]), by: "symmetric-between")
        }
        if a.target.isEmpty && a.source.count >= 2 {
            let s = a.source
            a.target = Array(s[1...])
            a.source = [s[0]]
        }
        if a.target.isEmpty, let between = c.withPrep(Particle.bayna, c.after) { a.setTarget(between, by: "symmetric-between") }
    }
}

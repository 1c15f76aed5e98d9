import Lexicon

/// «قصفت بقذائف الهاون والدبابات أحياء سكنية»، «أطلقوا عدة صواريخ كاتيوشا على مدينة جعار»: a weapon
/// whose owner is not named is what an attack was done with, never whom it was done to; with no
/// other target the place or nothing stands instead. (A weapon whose owner is named — «دبابة
/// للحوثيين» — is that owner's forces, and may be hit.)
struct MeansIsNoTarget: ArgumentRule {
    let name = "means-is-no-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !a.target.isEmpty else { return }
        a.target.removeAll { $0.instrument && !$0.namesSomeone }
    }
}

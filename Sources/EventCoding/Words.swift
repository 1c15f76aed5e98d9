import ArabicText
import Lexicon

/// The text layer's particles (``Particle``) as byte-compared words, built once.
enum Words {
    static let min = Word(Particle.min)
    static let fi = Word(Particle.fi)
    static let maa = Word(Particle.maa)
    static let ala = Word(Particle.ala)
    static let qad = Word(Particle.qad)
    static let an = Word(Particle.an)
    static let lada = Word(Particle.lada)
    static let ayadi = Word(Particle.ayadi)
    /// What may be attached to a verb trigger (``Particle/verbPrefixes``).
    static let verbPrefixes: Set<Word> = Set(Particle.verbPrefixes.map { Word($0) })
}

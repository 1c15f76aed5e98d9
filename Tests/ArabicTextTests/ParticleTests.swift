import ArabicText
import Testing

/// The text layer's own word tables are written in the normal form tokens have, or they could
/// never match a token.
@Suite struct ParticleTests {
    @Test func particlesAreNormalised() {
        let words = [
            Particle.min, Particle.fi, Particle.ila, Particle.ala, Particle.bayna, Particle.li, Particle.bi, Particle.byTheHandOf,
            Particle.onThePartOf, Particle.qad, Particle.article, Particle.andArticle, Particle.future, Particle.ourSuffix, Particle.yad,
            Particle.ayadi, Particle.nisbaEnding, Particle.nisbaAccusativeEnding, Particle.tanweenAlif, Particle.allah,
        ]
        for w in words + Array(Particle.thirdPersonSuffixes) + Array(Particle.verbPrefixes) + Particle.nisbaPluralEndings {
            #expect(ArabicNormalizer.isNormalized(w), "«\(w)» is not in normal form")
        }
    }

    @Test func cliticTablesAreNormalised() {
        for w in CliticAnalyzer.unsegmentable { #expect(ArabicNormalizer.isNormalized(w), "«\(w)»") }
    }
}

import ArabicText
import Lexicon
import Testing

@testable import EventCoding

/// A spelling's cue kinds are worked out once (``CueMask``); asking a token a cue by bit must give
/// what asking the cue's sets gives, for every kind.
@Suite struct CueMaskTests {
    @Test func aMaskHoldsWhatIsInsertedAndNothingElse() {
        var m = CueMask()
        for i in [0, 1, 63, 64, 127, 128, 191] { m.insert(i) }
        for i in 0..<CueMask.capacity {
            #expect(m.contains(i) == [0, 1, 63, 64, 127, 128, 191].contains(i), "bit \(i)")
        }
        var n = CueMask()
        n.insert(5)
        n.formUnion(m)
        #expect(n.contains(5) && n.contains(191) && !n.contains(6))
    }

    @Test func everyCueKindFitsTheMask() {
        #expect(CueKind.allCases.count <= CueMask.capacity)
    }

    @Test func askingByBitGivesWhatTheSetsGive() {
        let cues = Cues(Lexicon.load().lexicon)
        let text = """
            أعلنت القوات المسلحة المصرية مساء أمس الأول عن مقتل 20 إرهابيا. وقال مسؤولون أمنيون إن لقاء الجبير وشتاينماير \
            سيعقد الاثنين المقبل، فيما فاز المنتخب في مباراة كرة القدم لليوم الخامس على التوالي بعد أن أدانت الحكومة الهجوم.
            """
        let toks = TokenInfo.tokens(of: NormalizedText(text), cues: cues)
        #expect(toks.count > 30)
        var hits = 0
        for t in toks {
            for kind in CueKind.allCases {
                let cue = cues[kind]
                let word = cue.contains(t.normWord) || cue.contains(t.lastStem)
                let any = cue.contains(t.normWord) || t.stems.contains(where: cue.contains)
                let starts = cue.starts.contains(t.normWord) || t.stems.contains(where: cue.starts.contains)
                #expect(t.matches(cue) == word, "\(t.normWord.text) \(kind.id)")
                #expect(t.matchesAnyReading(cue) == any, "\(t.normWord.text) \(kind.id)")
                #expect(t.startsAnyReading(cue) == starts, "\(t.normWord.text) \(kind.id)")
                if any { hits += 1 }
            }
        }
        #expect(hits > 20)
    }
}

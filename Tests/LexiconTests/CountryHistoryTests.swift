import ArabicText
import Lexicon
import Testing

/// `since:` / `part-of:` (a state that came into being on a day, and the state its land was part
/// of before) and `capital-homograph:` (a capital spelled like another entry's key).
@Suite struct CountryHistoryTests {
    static let text = """
        [country SDN]
        name: السودان
        source: test

        [country SSD]
        name: جنوب السودان
        since: 2011-07-09
        part-of: SDN
        source: test
        """

    @Test func sinceAndPartOfGiveTheFormerStateBeforeTheDay() throws {
        let (lex, errors) = compileLexicon(Self.text)
        #expect(errors.isEmpty, "\(errors)")
        let ssd = try #require(lex.countryByCode["SSD"].map { lex.countries[$0] })
        #expect(ssd.formerState(on: CalendarDay(iso: "2011-07-08")) == "SDN")
        #expect(ssd.formerState(on: CalendarDay(iso: "2011-07-09")) == nil, "the day of independence belongs to the new state")
        #expect(ssd.formerState(on: nil) == nil, "no date: the state as it is")
        #expect(lex.countries[lex.countryByCode["SDN"]!].formerState(on: CalendarDay(iso: "1990-01-01")) == nil)
    }

    @Test func sinceWithoutPartOfIsAnErrorNamingTheLine() {
        let (_, errors) = compileLexicon("[country SSD]\nname: جنوب السودان\nsince: 2011-07-09\n", file: "h.lex")
        #expect(errors.contains { $0.file == "h.lex" && $0.line == 1 && $0.message.contains("go together") }, "\(errors)")
        let (_, bad) = compileLexicon("[country SDN]\nname: السودان\n\n[country SSD]\nname: جنوب السودان\nsince: 2011-13-40\npart-of: SDN\n", file: "h.lex")
        #expect(bad.contains { $0.line == 6 && $0.message.contains("since") }, "\(bad)")
    }

    @Test func partOfAnUnknownStateIsLinted() {
        let (lex, _) = compileLexicon("[country SSD]\nname: جنوب السودان\nsince: 2011-07-09\npart-of: XXX\n", file: "h.lex")
        let problems = LexiconLinter.check(lex, eventCodes: [])
        #expect(problems.contains { $0.file == "h.lex" && $0.message.contains("part-of XXX") }, "\(problems)")
    }

    @Test func homographNisbaFormsAreDerivedButNotIndexed() {
        let (lex, errors) = compileLexicon("[country MLI]\nname: مالي\nnisba-homograph: مالي\ncapital: باماكو\nsource: test\n")
        #expect(errors.isEmpty, "\(errors)")
        let mli = lex.countries[lex.countryByCode["MLI"]!]
        #expect(mli.nisbaForms.isEmpty)
        #expect(mli.homographNisbaForms.contains(ArabicNormalizer.normalize("مالية")))
        #expect(lex.homographNisbaOf[ArabicNormalizer.normalize("المالية")] == lex.countryByCode["MLI"])
        #expect(lex.actorIndex.phrases(startingWith: Word(ArabicNormalizer.normalize("المالية"))).isEmpty, "not an actor phrase")
    }

    @Test func builtInSouthSudanAndAmman() {
        let lex = Lexicon.load().lexicon
        let ssd = lex.countries[lex.countryByCode["SSD"]!]
        #expect(ssd.partOf == "SDN" && ssd.since == CalendarDay(iso: "2011-07-09"))
        #expect(lex.homographCapitalOf[ArabicNormalizer.normalize("عمّان")].map { lex.countries[$0].code } == "JOR")
    }
}

import Foundation
import Lexicon
import Testing

/// The gazetteer (`gazetteer.tsv`, docs/places.md): what the loader reads, the errors it names by
/// file and line, overlays, and the checks against the lexicon.
@Suite struct GazetteerTests {
    static let builtIn = Lexicon.load().lexicon

    /// A hand lexicon of one state with a capital and a place, and a gazetteer for it.
    static let lex = """
        [country SYR]
        name: سوريا
        nisba: سوري
        capital: دمشق
        place: حمص | الغوطة
        """
    static let rows = [
        "# a comment",
        "C\tSYR\t163843\tSY\t35.0\t38.5\t17500658\tcentroid\tSyria",
        "T\tSYR\t170654\t13\t33.5102\t36.2913\t1569394\tDamascus\tدمشق|الشام\tدمشق",
        "T\tSYR\t169577\t11\t34.724\t36.7256\t775404\tHoms\tحمص\tحمص",
        "R\tSYR\t-\t-\t33.5\t36.5\t0\tGhouta, east of Damascus\t-\tالغوطة",
    ]

    static func load(_ gazetteer: [String], lex: String = GazetteerTests.lex) throws -> (Lexicon, [LexiconError]) {
        let dir = try temporaryLexiconDirectory(["s.lex": lex, "gazetteer.tsv": gazetteer.joined(separator: "\n") + "\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (l, errors) = Lexicon.load(builtIn: false, overlays: [dir])
        return (l, errors)
    }

    @Test func theBuiltInGazetteerLoadsWhole() {
        let g = Self.builtIn.gazetteer
        #expect(g.places.filter { $0.kind == .state }.count == 198)
        #expect(g.places.filter { $0.kind == .town }.count == 11_654)
        #expect(g.places.filter { $0.kind == .region }.count == 576)
        let homs = g.towns(named: "حمص")
        #expect(homs.count == 1 && g.places[homs[0]].geonameid == 169577 && g.places[homs[0]].admin1 == "11")
        #expect(g.state("SYR")?.fips == "SY" && g.state("SYR")?.english == "Syria")
        // Namesakes come most people first.
        let tripoli = g.towns(named: "طرابلس").map { g.places[$0].country }
        #expect(tripoli == ["LBY", "LBN"], "\(tripoli)")
    }

    /// Every state, capital and place of the built-in lexicon has a point, and every row's key is
    /// the lexicon's (the check `tawthiq lexicon check` runs).
    @Test func theBuiltInLexiconAndGazetteerAgree() {
        let problems = Gazetteer.check(Self.builtIn)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    /// A name of two words is also found written as one (ديار بكر / دياربكر); a one-letter word
    /// is not joined.
    @Test func twoWordNamesAreAlsoJoined() throws {
        let g = Self.builtIn.gazetteer
        let spaced = g.towns(named: "ديار بكر")
        let joined = g.towns(named: "دياربكر")
        #expect(!joined.isEmpty && joined == spaced, "\(spaced) \(joined)")
        #expect(joined.map { g.places[$0].geonameid }.contains(316541), "\(joined)")
        let rows = Self.rows + ["T\tSYR\t1\t13\t33.6\t36.3\t20000\tBab Touma\tباب توما\t-", "T\tSYR\t2\t13\t33.6\t36.3\t20000\tX\tو ردة\t-"]
        let (l, errors) = try Self.load(rows)
        #expect(errors.isEmpty, "\(errors)")
        #expect(l.gazetteer.towns(named: "بابتوما").count == 1 && l.gazetteer.towns(named: "باب توما").count == 1)
        #expect(l.gazetteer.towns(named: "وردة").isEmpty)
    }

    @Test func aHandLexiconWithItsGazetteer() throws {
        let (l, errors) = try Self.load(Self.rows)
        #expect(errors.isEmpty, "\(errors)")
        #expect(Gazetteer.check(l).isEmpty, "\(Gazetteer.check(l))")
        #expect(l.gazetteer.lexiconPlace("الغوطة", country: "SYR").map { l.gazetteer.places[$0].kind } == .region)
        #expect(l.gazetteer.towns(named: "الشام").count == 1)
    }

    @Test func malformedRowsAreErrorsAtTheirLine() throws {
        var rows = Self.rows
        rows[2] = "T\tSYR\t170654\t13\t133.5\t36.2913\t1569394\tDamascus\tدمشق\tدمشق"  // latitude out of range
        rows[3] = "T\tSYR\t169577\t11\t34.724\t36.7256\t775404\tHoms"  // too few columns
        rows.append("X\tSYR")
        let (l, errors) = try Self.load(rows)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.file.hasSuffix("gazetteer.tsv") && $0.line == 3 && $0.message.contains("latitude") }, "\(errors)")
        #expect(errors.contains { $0.line == 4 && $0.message.contains("columns") }, "\(errors)")
        #expect(errors.contains { $0.line == 6 && $0.message.contains("C, T or R") }, "\(errors)")
        // The rest loads; the lexicon's capital and place now lack a point, named at their line.
        #expect(l.gazetteer.places.count == 2)
        let problems = Gazetteer.check(l)
        #expect(problems.contains { $0.file == "s.lex" || $0.file.hasSuffix("s.lex") }, "\(problems)")
        #expect(problems.contains { $0.line == 4 && $0.message.contains("capital 'دمشق'") }, "\(problems)")
        #expect(problems.contains { $0.line == 5 && $0.message.contains("place 'حمص'") }, "\(problems)")
    }

    @Test func aRowsKeyMustBeTheLexicons() throws {
        var rows = Self.rows
        rows.append("T\tSYR\t163345\t09\t36.2\t37.15\t1602264\tAleppo\tحلب\tحلب")
        let (l, errors) = try Self.load(rows)
        #expect(errors.isEmpty)
        let problems = Gazetteer.check(l)
        #expect(problems.count == 1 && problems[0].line == 6 && problems[0].message.contains("'حلب' is not a capital: or place: key"), "\(problems)")
    }

    /// An overlay's row with a town's geonameid replaces the built-in one; a new row adds.
    @Test func anOverlayReplacesByIdentityAndAdds() throws {
        let base = Gazetteer.parse(Self.rows.joined(separator: "\n"), file: "gazetteer.tsv")
        let overlay = Gazetteer.parse(
            ["T\tSYR\t169577\t11\t34.7\t36.7\t800000\tHoms (fixed)\tحمص\tحمص", "T\tSYR\t163345\t09\t36.2\t37.15\t1602264\tAleppo\tحلب\t-"].joined(
                separator: "\n"),
            file: "/x/gazetteer.tsv")
        #expect(base.errors.isEmpty && overlay.errors.isEmpty)
        let g = Gazetteer.build([base.rows, overlay.rows])
        #expect(g.places.count == 5)
        let homs = g.towns(named: "حمص")
        #expect(homs.count == 1 && g.places[homs[0]].english == "Homs (fixed)" && g.places[homs[0]].location == "/x/gazetteer.tsv:1")
        #expect(g.towns(named: "حلب").count == 1)
    }

    /// The gazetteer is part of the lexicon's version: events record what located them.
    @Test func theVersionCoversTheGazetteer() throws {
        let (a, _) = try Self.load(Self.rows)
        var changed = Self.rows
        changed[3] = "T\tSYR\t169577\t11\t34.7241\t36.7256\t775404\tHoms\tحمص\tحمص"
        let (b, _) = try Self.load(changed)
        #expect(a.version != b.version)
    }
}

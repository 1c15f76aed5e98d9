import ArabicText
import Foundation
import Lexicon
import Testing

/// PETRARCH / TABARI dictionaries → `.lex` blocks: the grammar documented on `PetrarchImporter`.
@Suite struct PetrarchImporterTests {
    static func day(_ s: String) -> CalendarDay { CalendarDay(iso: s)! }

    static let actors = """
        # PETRARCH-style actors dictionary
        BASHAR_AL_ASSAD_  [SYRGOV 000717-241208] [SYRELI >241208]
            +BASHAR_HAFEZ_AL_ASSAD_
            +بشار_الأسد_
        HOSNI_MUBARAK_   ; pas 08 Jan 2011
            [EGYGOV 811014-110211]
            [EGYELI >110211]    # after the revolution
        YASSER_ARAFAT_
            [PSEGOV <041111]
        UNITED_NATIONS_ [IGOUNO]
        SECURITY_COUNCIL_ IGOUNO
        الأمم_المتحدة_ [IGOUNO]
        ABDULLAH_GUL_
            TURGOV 070828-140828
            [TURELI]
        """

    static func block(_ blocks: [LexiconBlock], _ kind: String, _ id: String) -> LexiconBlock? {
        blocks.first { $0.kind == kind && $0.id == id }
    }

    @Test func actorsWithDatedRolesBecomePeople() throws {
        let out = PetrarchImporter.convert(Self.actors, file: "actors.txt", kind: .actors)
        #expect(out.errors.isEmpty, "\(out.errors)")
        let assad = try #require(Self.block(out.blocks, "person", "bashar-al-assad"))
        #expect(assad.values("role").map(\.value) == ["SYRGOV - 2000-07-17..2024-12-08", "SYRELI - 2024-12-08.."])
        #expect(assad.first("source") == "PETRARCH actors.txt:2")
        let mubarak = try #require(Self.block(out.blocks, "person", "hosni-mubarak"))
        #expect(mubarak.values("role").map(\.value) == ["EGYGOV - 1981-10-14..2011-02-11", "EGYELI - 2011-02-11.."])
        #expect(mubarak.values("role").map(\.line) == [6, 7], "each role keeps its dictionary line")
    }

    @Test func openRangesBeforeAndAfter() throws {
        let out = PetrarchImporter.convert(Self.actors, file: "actors.txt", kind: .actors)
        let arafat = try #require(Self.block(out.blocks, "person", "yasser-arafat"))
        #expect(arafat.values("role").map(\.value) == ["PSEGOV - ..2004-11-11"])
        let gul = try #require(Self.block(out.blocks, "person", "abdullah-gul"))
        // A code without brackets, and an undated code next to a dated one (an open role).
        #expect(gul.values("role").map(\.value) == ["TURGOV - 2007-08-28..2014-08-28", "TURELI - .."])
    }

    @Test func alternateNamesInAnyScript() throws {
        let out = PetrarchImporter.convert(Self.actors, file: "actors.txt", kind: .actors)
        let assad = try #require(Self.block(out.blocks, "person", "bashar-al-assad"))
        #expect(assad.values("name").map(\.value) == ["BASHAR AL ASSAD", "BASHAR HAFEZ AL ASSAD", "بشار الأسد"])
    }

    @Test func singleUndatedCodesMergeIntoOneOrganisation() throws {
        let out = PetrarchImporter.convert(Self.actors, file: "actors.txt", kind: .actors)
        #expect(out.blocks.filter { $0.kind == "org" }.count == 1)
        let un = try #require(Self.block(out.blocks, "org", "IGOUNO"))
        #expect(un.values("name").map(\.value) == ["UNITED NATIONS", "SECURITY COUNCIL", "الأمم المتحدة"])
        // Blocks come in the order of their first line.
        #expect(out.blocks.map(\.id) == ["bashar-al-assad", "hosni-mubarak", "yasser-arafat", "IGOUNO", "abdullah-gul"])
    }

    @Test func twoDigitYearsPivotAtThirty() {
        // 30 → 2030 and 31 → 1931 (the KEDS/TABARI rule), so this range is inverted and reported.
        let out = PetrarchImporter.convert("X_ [SYRGOV 300101-310101]\n", file: "d.txt", kind: .actors)
        #expect(out.errors.map(\.line) == [1])
        #expect(out.errors.first?.message.contains("inverted") == true, "\(out.errors)")
        // Eight-digit dates work too.
        let ok = PetrarchImporter.convert("X_ [SYRGOV 991231-000101] [SYRELI 20000101-]\n", file: "d.txt", kind: .actors)
        #expect(ok.errors.isEmpty, "\(ok.errors)")
        #expect(ok.blocks.first?.values("role").map(\.value) == ["SYRGOV - 1999-12-31..2000-01-01", "SYRELI - 2000-01-01.."])
    }

    @Test func crlfLinesAreLines() {
        let lf = PetrarchImporter.convert(Self.actors, file: "a.txt", kind: .actors)
        let crlf = PetrarchImporter.convert(Self.actors.replacingOccurrences(of: "\n", with: "\r\n"), file: "a.txt", kind: .actors)
        #expect(crlf.errors.isEmpty, "\(crlf.errors)")
        #expect(crlf.blocks == lf.blocks)
    }

    @Test func duplicateNamesGetDistinctIDs() {
        let out = PetrarchImporter.convert("ALI_ [IRQGOV >030101]\nALI_ [EGYGOV >030101]\n", file: "d.txt", kind: .actors)
        #expect(out.blocks.map(\.id) == ["ali", "ali-2"])
    }

    // MARK: - agents

    static let agents = """
        POLICE_ [~COP]
        SOLDIER_ {SOLDIERS_} [~MIL]
        PROTESTER {S} [~OPP]   # suffix plural
        ARMY_ [MIL]
        جندي_ {جنود_} [~MIL]
        COUNTRY {IES} [~GOV]
        """

    @Test func agentsBecomeRolesWithTheirPlurals() throws {
        let out = PetrarchImporter.convert(Self.agents, file: "agents.txt", kind: .agents)
        #expect(out.errors.isEmpty, "\(out.errors)")
        #expect(out.blocks.map(\.id) == ["COP", "MIL", "OPP", "GOV"])
        #expect(out.blocks.allSatisfy { $0.kind == "agent" })
        #expect(Self.block(out.blocks, "agent", "COP")?.values("name").map(\.value) == ["POLICE"])
        #expect(Self.block(out.blocks, "agent", "MIL")?.values("name").map(\.value) == ["SOLDIER", "SOLDIERS", "ARMY", "جندي", "جنود"])
        #expect(Self.block(out.blocks, "agent", "OPP")?.values("name").map(\.value) == ["PROTESTER", "PROTESTERS"])
        #expect(Self.block(out.blocks, "agent", "GOV")?.values("name").map(\.value) == ["COUNTRY", "COUNTRIES"])
    }

    // MARK: - errors

    @Test func malformedLinesAreReportedWithTheirLineAndSkipped() {
        let text = """
            +ORPHAN_
            GOOD_ONE_ [SYRGOV 000101-]
            BAD_DATE_ [SYRGOV 991399-]
            LOWER_ [syrgov]
            AGENT_IN_ACTORS_ [~COP]
            NO_CODE_
            UNCLOSED_ [SYRGOV 000101-
            GOOD_TWO_ [EGYGOV <110211]
                this is not a code
            """
        let out = PetrarchImporter.convert(text, file: "bad.txt", kind: .actors)
        #expect(out.errors.map(\.line) == [1, 3, 4, 5, 6, 7, 9], "\(out.errors)")
        #expect(out.errors.allSatisfy { $0.file == "bad.txt" })
        #expect(out.errors.map(\.description).first == "bad.txt:1: an alternate name (+…) before any actor")
        #expect(out.errors[3].message.contains("--kind agents"), "\(out.errors[3])")
        #expect(out.blocks.map(\.id) == ["good-one", "good-two"])
    }

    @Test func malformedAgentLines() {
        let text = "POLICE_ [~COP]\nMINISTER_ [GOV~]\nBAD LINE [~COP]\nNOCODE_\nLONG_ [~GOVMIL]\n"
        let out = PetrarchImporter.convert(text, file: "agents.txt", kind: .agents)
        #expect(out.errors.map(\.line) == [2, 3, 4, 5], "\(out.errors)")
        #expect(out.blocks.map(\.id) == ["COP"])
    }

    // MARK: - round trip

    @Test func outputParsesAndCompilesToTheExpectedRoles() throws {
        let out = PetrarchImporter.convert(Self.actors, file: "actors.txt", kind: .actors)
        let text = out.text(source: "actors.txt")
        #expect(text.hasPrefix("# Imported from actors.txt"))
        let parsed = LexiconParser.parse(text, file: "imported.lex")
        #expect(parsed.errors.isEmpty, "\(parsed.errors)")
        #expect(parsed.blocks.map(\.id) == out.blocks.map(\.id))
        let (lex, errors) = Lexicon.compile(parsed.blocks)
        #expect(errors.isEmpty, "\(errors)")
        let assad = try #require(lex.people.first { $0.id == "bashar-al-assad" })
        #expect(assad.names == ["BASHAR AL ASSAD", "BASHAR HAFEZ AL ASSAD", "بشار الأسد"])
        #expect(assad.roles.map(\.code) == ["SYRGOV", "SYRELI"])
        #expect(assad.roles.map(\.office) == [nil, nil])
        #expect(assad.roles[0].start == Self.day("2000-07-17"))
        #expect(assad.roles[0].end == Self.day("2024-12-08"))
        #expect(assad.roles[1].start == Self.day("2024-12-08"))
        #expect(assad.roles[1].end == nil)
        // Half-open: the END day belongs to the successor role.
        #expect(assad.role(on: Self.day("2024-12-07"))?.role.code == "SYRGOV")
        #expect(assad.role(on: Self.day("2024-12-08"))?.role.code == "SYRELI")
        let arafat = try #require(lex.people.first { $0.id == "yasser-arafat" })
        #expect(arafat.roles.map(\.rangeText) == ["..2004-11-11"])
        let gul = try #require(lex.people.first { $0.id == "abdullah-gul" })
        #expect(gul.role(on: Self.day("2010-01-01"))?.role.code == "TURGOV")
        #expect(gul.role(on: Self.day("2016-01-01"))?.role.code == "TURELI")
        #expect(lex.organisations.map(\.code) == ["IGOUNO"])
        #expect(lex.organisations[0].names.count == 3)
        // The Arabic alternate name is matched like any lexicon name.
        let arabic = try #require(lex.actorIndex.phrases(startingWith: ArabicNormalizer.normalize("بشار")).first)
        #expect(arabic.ref == .person(lex.people.firstIndex { $0.id == "bashar-al-assad" }!))
    }

    @Test func agentOutputRoundTrips() {
        let out = PetrarchImporter.convert(Self.agents, file: "agents.txt", kind: .agents)
        let parsed = LexiconParser.parse(out.text(source: "agents.txt"), file: "imported.lex")
        #expect(parsed.errors.isEmpty, "\(parsed.errors)")
        let (lex, errors) = Lexicon.compile(parsed.blocks)
        #expect(errors.isEmpty, "\(errors)")
        #expect(lex.agents.map(\.role) == ["COP", "MIL", "OPP", "GOV"])
        #expect(lex.agents[1].names.contains("جنود"))
    }
}

import ArabicText
import Lexicon
import Testing

/// Dated roles are half-open `[START, END)`; a person's role on a day, with the fallbacks of
/// FORMAT.md; and the verb conjugations derived from PAST/PRESENT.
@Suite struct PersonRoleTests {
    static func day(_ s: String) -> CalendarDay { CalendarDay(iso: s)! }

    /// A synthetic head of state whose term ends on the day a successor's starts.
    static let handover: PersonEntry = {
        let text = """
            [country SYR]
            name: سوريا
            nisba: سوري

            [person test-president]
            name: الرئيس التجريبي
            role: SYRGOV president 2000-07-17..2024-12-08
            role: SYRELI - 2024-12-08..
            """
        let (lex, errors) = compileLexicon(text, file: "people.lex")
        precondition(errors.isEmpty, "\(errors)")
        return lex.people[0]
    }()

    @Test func rolesParseWithTheirLocation() {
        let p = Self.handover
        #expect(p.roles.map(\.code) == ["SYRGOV", "SYRELI"])
        #expect(p.roles.map(\.office) == ["president", nil])
        #expect(p.roles.map(\.location) == ["people.lex:7", "people.lex:8"])
        #expect(p.roles[0].rangeText == "2000-07-17..2024-12-08")
        #expect(p.roles[1].rangeText == "2024-12-08..")
        #expect(p.roles[0].country == "SYR")
    }

    @Test(arguments: [
        ("2024-12-07", "SYRGOV"),  // the day before the handover
        ("2024-12-08", "SYRELI"),  // the day of the handover: END is the successor's first day
        ("2024-12-09", "SYRELI"),
        ("2000-07-17", "SYRGOV"),  // START holds
        ("2010-05-01", "SYRGOV"),
        ("2040-01-01", "SYRELI"),  // open end
    ])
    func roleOnADay(date: String, code: String) {
        #expect(Self.handover.role(on: Self.day(date))?.role.code == code)
    }

    @Test func holdsIsHalfOpen() {
        let r = Self.handover.roles[0]
        #expect(!r.holds(on: Self.day("2000-07-16")))
        #expect(r.holds(on: Self.day("2000-07-17")))
        #expect(r.holds(on: Self.day("2024-12-07")))
        #expect(!r.holds(on: Self.day("2024-12-08")))
        let open = DatedRole(code: "X", office: nil, start: nil, end: nil, location: "t:1")
        #expect(open.holds(on: Self.day("1900-01-01")))
        #expect(open.holds(on: Self.day("2999-12-31")))
    }

    @Test func beforeEveryRangeFallsBackToTheNearestStart() throws {
        let r = try #require(Self.handover.role(on: Self.day("1999-01-01")))
        #expect(r.role.code == "SYRGOV")
        #expect(r.reason.contains("no role holds"))
    }

    @Test func noDateGivesTheLatestRole() throws {
        let r = try #require(Self.handover.role(on: nil))
        #expect(r.role.code == "SYRELI")
        #expect(r.reason.contains("people.lex:8"))
    }

    @Test func reasonNamesTheRoleLine() {
        #expect(Self.handover.role(on: Self.day("2024-12-07"))?.reason.contains("people.lex:7") ?? false)
        #expect(Self.handover.role(on: Self.day("2024-12-08"))?.reason.contains("people.lex:8") ?? false)
    }

    /// Two closed terms with a gap: in the gap and after both, the latest earlier role; before
    /// both, the nearest start.
    @Test func fallbackOutsideEveryRange() {
        let p = PersonEntry(
            id: "minister", names: ["وزير"], shorts: [],
            roles: [
                DatedRole(code: "JORGOV", office: "foreign-minister", start: Self.day("2000-01-01"), end: Self.day("2005-01-01"), location: "t:1"),
                DatedRole(code: "JORLEG", office: nil, start: Self.day("2010-01-01"), end: Self.day("2015-01-01"), location: "t:2"),
            ], location: "t:0")
        #expect(p.role(on: Self.day("2007-06-01"))?.role.code == "JORGOV")  // in the gap
        #expect(p.role(on: Self.day("2005-01-01"))?.role.code == "JORGOV")  // first day after the first term
        #expect(p.role(on: Self.day("2020-01-01"))?.role.code == "JORLEG")  // after both
        #expect(p.role(on: Self.day("1990-01-01"))?.role.code == "JORGOV")  // before both
        #expect(p.role(on: Self.day("2012-01-01"))?.role.code == "JORLEG")
        #expect(p.role(on: nil)?.role.code == "JORLEG")
    }

    @Test func overlappingRolesPreferTheLatestStart() {
        let p = PersonEntry(
            id: "x", names: ["س"], shorts: [],
            roles: [
                DatedRole(code: "EGYMIL", office: nil, start: Self.day("2000-01-01"), end: nil, location: "t:1"),
                DatedRole(code: "EGYGOV", office: "president", start: Self.day("2014-06-08"), end: nil, location: "t:2"),
            ], location: "t:0")
        #expect(p.role(on: Self.day("2014-06-07"))?.role.code == "EGYMIL")
        #expect(p.role(on: Self.day("2014-06-08"))?.role.code == "EGYGOV")
    }

    @Test func noRolesNoAnswer() {
        #expect(PersonEntry(id: "x", names: [], shorts: [], roles: [], location: "t:0").role(on: nil) == nil)
    }

    /// `YYYY` and `YYYY-MM` mean the first day of the period.
    @Test func partialDatesAreTheFirstDay() {
        let (lex, errors) = compileLexicon("[person y]\nname: فلان\nrole: SYRGOV - 2000..2005-06\n")
        #expect(errors.isEmpty)
        let r = lex.people[0].roles[0]
        #expect(r.start == Self.day("2000-01-01"))
        #expect(r.end == Self.day("2005-06-01"))
        #expect(r.holds(on: Self.day("2005-05-31")))
        #expect(!r.holds(on: Self.day("2005-06-01")))
    }

    // MARK: - verb forms

    @Test func pastForms() {
        let f = VerbForms.past("قتل")
        #expect(f.contains("قتل"))
        #expect(f.contains("قتلت"))
        #expect(f.contains("قتلوا"))
        #expect(f.contains("قتلا"))
        #expect(Set(f).count == f.count)
    }

    @Test func presentForms() {
        let f = VerbForms.present("يقتل")
        #expect(f.contains("يقتل"))
        #expect(f.contains("يقتلون"))
        #expect(f.contains("تقتل"))
        #expect(f.contains("تقتلان"))
        #expect(f.contains("نقتل"))
        #expect(Set(f).count == f.count)
    }

    @Test func weakFinalPastForms() {
        let f = VerbForms.past("دعا")
        #expect(f.contains("دعا"))
        #expect(f.contains("دعت"))
        #expect(f.contains("دعوا"))
        // التقى normalises to التقي: التقت، التقوا.
        let g = VerbForms.past("التقي")
        #expect(g.contains("التقت"))
        #expect(g.contains("التقوا"))
    }

    @Test func weakFinalPresentForms() {
        let f = VerbForms.present("يدعو")
        #expect(f.contains("يدعو"))
        #expect(f.contains("تدعو"))
        #expect(f.contains("يدعون"))
    }

    /// The compiled built-in lexicon indexes the derived forms.
    @Test func builtInVerbIndexHasDerivedForms() {
        let lex = Lexicon.load().lexicon
        for form in ["قتلت", "قتلوا", "يقتلون", "تقتل", "دعت", "دعوا"] {
            #expect(lex.verbIndex[Word(form)] != nil, "\(form)")
        }
        #expect(lex.verbIndex["قتلت"]?.contains { $0.tense == .past } ?? false)
        #expect(lex.verbIndex["يقتلون"]?.contains { $0.tense == .present } ?? false)
    }
}

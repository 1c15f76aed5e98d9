import Foundation
import Lexicon
import Testing

/// Problems a parser cannot see (compile and lint), each at the right `file:line`; the built-in
/// lexicon is clean; overlays add to and override it.
@Suite struct LexiconLinterTests {
    static let countries = """
        [country SYR]
        name: سوريا
        nisba: سوري
        capital: دمشق

        [country RUS]
        name: روسيا
        nisba: روسي
        capital: موسكو

        """

    @Test func invertedRangeIsAnErrorAtTheRoleLine() {
        let text =
            Self.countries + """
                [person someone]
                name: فلان الفلاني
                role: SYRGOV president 2010-01-01..2000-01-01
                role: SYRGOV - 2012..2012
                role: SYRELI - 2015..
                """
        let (lex, errors) = compileLexicon(text, file: "people.lex")
        #expect(errors.map(\.description).allSatisfy { $0.hasPrefix("people.lex:") })
        // Lines 12 and 13 of this text: the inverted range and the empty one.
        #expect(errors.map(\.line) == [12, 13], "\(errors)")
        #expect(errors.first?.message.contains("inverted") ?? false)
        // The valid role is kept.
        #expect(lex.people.first?.roles.map(\.code) == ["SYRELI"])
    }

    @Test func badRoleDatesAreErrorsAtTheirLine() {
        let text =
            Self.countries + """
                [person someone]
                name: فلان الفلاني
                role: SYRGOV president 2010-13-01..
                role: SYRGOV president 2010..2011..2012
                role: SYRGOV president
                role: SYRGOV president 2010-01-01..2011
                """
        let (lex, errors) = compileLexicon(text, file: "people.lex")
        #expect(errors.map(\.line) == [12, 13, 14], "\(errors)")
        #expect(lex.people.first?.roles.count == 1)
    }

    @Test func overlappingOfficeHolders() {
        let text =
            Self.countries + """
                [person first-president]
                name: الرئيس الأول
                role: SYRGOV president 2000-07-17..2024-12-08

                [person second-president]
                name: الرئيس الثاني
                role: SYRGOV president 2024-12-01..
                """
        let (lex, errors) = compileLexicon(text, file: "people.lex")
        #expect(errors.isEmpty)
        let issues = LexiconLinter.check(lex, eventCodes: [])
        #expect(issues.count == 1, "\(issues)")
        // Reported at the later holder's role line, naming the earlier one's place.
        #expect(issues.first?.file == "people.lex")
        #expect(issues.first?.line == 16)
        #expect(issues.first?.message.contains("people.lex:12") ?? false)
    }

    /// Half-open ranges: the successor starting on the day the predecessor's END names is no overlap.
    @Test func handoverOnTheEndDayIsNoOverlap() {
        let text =
            Self.countries + """
                [person first-president]
                name: الرئيس الأول
                role: SYRGOV president 2000-07-17..2024-12-08

                [person second-president]
                name: الرئيس الثاني
                role: SYRGOV president 2024-12-08..
                """
        let (lex, errors) = compileLexicon(text)
        #expect(errors.isEmpty)
        #expect(LexiconLinter.check(lex, eventCodes: []).isEmpty)
    }

    @Test func oneOfficeInTwoCountriesIsNoOverlap() {
        let text =
            Self.countries + """
                [person a]
                name: الرئيس الأول
                role: SYRGOV president 2000..2020

                [person b]
                name: الرئيس الثاني
                role: RUSGOV president 2000..2020
                """
        let (lex, _) = compileLexicon(text)
        #expect(LexiconLinter.check(lex, eventCodes: []).isEmpty)
    }

    @Test func overlappingRolesOfOnePerson() {
        let text =
            Self.countries + """
                [person someone]
                name: فلان الفلاني
                role: SYRGOV - 2000..2010
                role: SYRGOV - 2009..2012
                """
        let (lex, errors) = compileLexicon(text, file: "p.lex")
        #expect(errors.isEmpty)
        let issues = LexiconLinter.check(lex, eventCodes: [])
        #expect(issues.map(\.description).contains { $0.hasPrefix("p.lex:13: ") }, "\(issues)")
    }

    @Test func oneKeyCodedTwoWays() {
        // «الأردن» and «الاردن» normalise alike (hamza on alef): one key, JOR here and IGOXYZ there.
        let text = """
            [country JOR]
            name: الأردن
            nisba: أردني

            [org IGOXYZ]
            name: الاردن
            """
        let (lex, errors) = compileLexicon(text, file: "k.lex")
        #expect(errors.isEmpty)
        let issues = LexiconLinter.check(lex, eventCodes: [])
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.file == "k.lex")
        #expect(issues.first?.line == 5)
        #expect(issues.first?.message.contains("JOR") ?? false)
    }

    @Test func sameKeySameCodeIsFine() {
        let text = """
            [country JOR]
            name: الأردن
            seat: الديوان الملكي

            [org JORGOV]
            name: الديوان الملكي
            """
        let (lex, _) = compileLexicon(text)
        #expect(LexiconLinter.check(lex, eventCodes: []).isEmpty)
    }

    @Test func unknownEventCode() {
        let text = """
            [event REPORT]
            gloss: reporting verb
            verb: قال/يقول

            [event 040]
            gloss: meet
            verb: التقى/يلتقي

            [event 999]
            gloss: nothing
            verb: فعل/يفعل
            """
        let (lex, errors) = compileLexicon(text, file: "events.lex")
        #expect(errors.isEmpty)
        let issues = LexiconLinter.check(lex, eventCodes: ["040"])
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.description.hasPrefix("events.lex:9: ") ?? false)
        #expect(issues.first?.message.contains("999") ?? false)
    }

    /// `written:` is for a form whose hamza the normal form drops; one without names its line. A
    /// written form is indexed apart from the verbs, keyed by its normal form.
    @Test func aWrittenFormMustCarryAHamza() throws {
        let text = """
            [event 051]
            gloss: congratulate
            written: هنأ
            written: شكر
            """
        let (lex, errors) = compileLexicon(text, file: "events.lex")
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.description.hasPrefix("events.lex:4: ") ?? false, "\(errors)")
        let hit = try #require(lex.writtenIndex[Word("هنا")]?.first)
        #expect(lex.verbIndex[Word("هنا")] == nil)
        #expect(hit.isWritten(in: "وهنّأ"))
        #expect(!hit.isWritten(in: "هنا"))
    }

    @Test func unknownCountryInARoleOrOrganisation() {
        let text =
            Self.countries + """
                [person someone]
                name: فلان الفلاني
                role: XYZGOV - 2000..

                [org ABCREB]
                name: جماعة ما
                country: QQQ
                """
        let (lex, errors) = compileLexicon(text, file: "c.lex")
        #expect(errors.isEmpty)
        let lines = LexiconLinter.check(lex, eventCodes: []).map(\.line)
        #expect(lines == [12, 14])
    }

    // MARK: - the built-in lexicon

    @Test func builtInLoadsWithNoErrors() {
        let (lex, errors) = Lexicon.load()
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        #expect(lex.countries.count >= 190)
        #expect(lex.countryByCode["SYR"] != nil)
        #expect(lex.countryByCode["RUS"] != nil)
        #expect(!lex.events.isEmpty)
        #expect(!lex.version.isEmpty)
    }

    @Test(.needsShared("ontology/cameo.tsv")) func builtInLintsCleanAgainstTheSharedOntology() throws {
        let codes = try sharedCAMEOCodes()
        #expect(codes.count > 200)
        let issues = LexiconLinter.check(Lexicon.load().lexicon, eventCodes: codes)
        #expect(issues.isEmpty, "\(issues.map(\.description))")
    }

    @Test func builtInLoadIsDeterministic() {
        #expect(Lexicon.load().lexicon.version == Lexicon.load().lexicon.version)
    }

    // MARK: - overlays

    @Test func overlayWithAMalformedLineReportsItAndTheRestLoads() throws {
        let builtIn = Lexicon.load().lexicon
        let dir = try temporaryLexiconDirectory([
            "extra.lex": """
            # test overlay
            [org IGOTST]
            name: منظمة الاختبار الدولية
            this line has no colon
            [org IGOTSU]
            name: منظمة اختبار ثانية
            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lex, errors) = Lexicon.load(overlays: [dir])
        #expect(errors.count == 1, "\(errors)")
        let e = try #require(errors.first)
        #expect(e.file.hasSuffix("/extra.lex"))
        #expect(e.line == 4)
        #expect(e.description.hasSuffix("extra.lex:4: \(e.message)"))
        // Built-in entries still load, and the overlay's good blocks too.
        #expect(lex.countries.count == builtIn.countries.count)
        #expect(lex.countryByCode["SYR"] != nil)
        #expect(lex.events.count == builtIn.events.count)
        #expect(lex.organisations.count == builtIn.organisations.count + 2)
        #expect(lex.organisations.contains { $0.code == "IGOTST" })
        #expect(lex.organisations.contains { $0.code == "IGOTSU" })
        #expect(lex.version != builtIn.version)
    }

    @Test func overlayThatIsNotUTF8NamesFileAndLine() throws {
        var bytes = Data("[org IGOTST]\nname: منظمة\n".utf8)
        bytes += Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC3, 0x28, 0x0A])  // "name: " + bad UTF-8
        let dir = try temporaryLexiconDirectory(["bad.lex": bytes])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lex, errors) = Lexicon.load(overlays: [dir])
        #expect(errors.count == 1)
        #expect(errors.first?.file.hasSuffix("/bad.lex") ?? false)
        #expect(errors.first?.line == 3)
        #expect(lex.countryByCode["SYR"] != nil)
    }

    @Test func missingOverlayIsReported() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        let (lex, errors) = Lexicon.load(overlays: [path])
        #expect(errors.count == 1)
        #expect(errors.first?.file == path.path)
        #expect(lex.countryByCode["SYR"] != nil)
    }

    @Test func overlayFileInsteadOfDirectory() throws {
        let dir = try temporaryLexiconDirectory(["one.lex": "[org IGOTST]\nname: منظمة الاختبار الدولية\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lex, errors) = Lexicon.load(overlays: [dir.appendingPathComponent("one.lex")])
        #expect(errors.isEmpty)
        #expect(lex.organisations.contains { $0.code == "IGOTST" })
    }

    @Test func overlayOverridesSameKindAndID() throws {
        let builtIn = Lexicon.load().lexicon
        let dir = try temporaryLexiconDirectory([
            "override.lex": """
            [country SYR]
            name: بلاد الشام التجريبية
            nisba: شامي
            capital: دمشق

            [event 043]
            gloss: host
            verb: استضاف/يستضيف
            target: object
            needs-target: yes
            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lex, errors) = Lexicon.load(overlays: [dir])
        #expect(errors.isEmpty, "\(errors)")
        // Replaced, not added.
        #expect(lex.countries.count == builtIn.countries.count)
        #expect(lex.events.count == builtIn.events.count)
        #expect(lex.countries.filter { $0.code == "SYR" }.count == 1)
        let syr = try #require(lex.countryByCode["SYR"].map { lex.countries[$0] })
        #expect(syr.names == ["بلاد الشام التجريبية"])
        #expect(syr.location.hasSuffix("override.lex:1"))
        // The built-in name no longer points at Syria.
        let syrIndex = try #require(lex.countryByCode["SYR"])
        #expect(!lex.actorIndex.phrases(startingWith: "سوريا").contains { $0.ref == .countryName(syrIndex) })
        // Events are keyed by code and gloss: the host pattern is replaced, its verb is gone.
        let host = lex.events.filter { $0.code == "043" && $0.gloss == "host" }
        #expect(host.count == 1)
        #expect(host.first?.location.hasSuffix("override.lex:6") ?? false)
        // (Other patterns may use the verb: none of its hits is the replaced pattern any more.)
        #expect(!(lex.verbIndex["استقبل"] ?? []).contains { lex.events[$0.pattern].code == "043" && lex.events[$0.pattern].gloss == "host" })
        #expect((builtIn.verbIndex["استقبل"] ?? []).contains { builtIn.events[$0.pattern].code == "043" && builtIn.events[$0.pattern].gloss == "host" })
        // Other 043 patterns stay.
        #expect(lex.events.filter { $0.code == "043" }.count == builtIn.events.filter { $0.code == "043" }.count)
    }

    /// An entry written twice within one lexicon (the built-in files, or one overlay) would
    /// silently lose the first: it is reported at the second, and the second still wins.
    @Test func anEntryWrittenTwiceInOneLexiconIsReported() throws {
        let dir = try temporaryLexiconDirectory([
            "a.lex": "[org IGOTST]\nname: الاسم الأول\n",
            "b.lex": "# another file of the same overlay\n[org IGOTST]\nname: الاسم الثاني\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lex, errors) = Lexicon.load(overlays: [dir])
        #expect(errors.count == 1, "\(errors)")
        let e = try #require(errors.first)
        #expect(e.file.hasSuffix("/b.lex") && e.line == 2, "\(e)")
        #expect(e.message.contains("org IGOTST is already defined at") && e.message.contains("a.lex:1"), "\(e)")
        let org = try #require(lex.organisations.first { $0.code == "IGOTST" })
        #expect(org.names == ["الاسم الثاني"])
        // The same entry in two overlays is an override, not a repeat.
        let other = try temporaryLexiconDirectory(["c.lex": "[org IGOTST]\nname: الاسم الثالث\n"])
        defer { try? FileManager.default.removeItem(at: other) }
        let (_, none) = Lexicon.load(overlays: [dir.appendingPathComponent("a.lex"), other])
        #expect(none.isEmpty, "\(none)")
    }

    @Test func laterOverlayWins() throws {
        let a = try temporaryLexiconDirectory(["a.lex": "[org IGOTST]\nname: الاسم الأول\n"])
        let b = try temporaryLexiconDirectory(["b.lex": "[org IGOTST]\nname: الاسم الثاني\n"])
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let (lex, errors) = Lexicon.load(overlays: [a, b])
        #expect(errors.isEmpty)
        let tst = lex.organisations.filter { $0.code == "IGOTST" }
        #expect(tst.map(\.names) == [["الاسم الثاني"]])
    }
}

/// A function word given as a name would make the country (or organisation…) match almost every
/// sentence; `lexicon check` names it (issue 16).
@Suite struct FunctionWordNameTests {
    @Test func stopWordsAsACountrysNamesAreProblems() {
        let text = """
            [country XXA]
            name: في
            name: من
            nisba: اكسي
            capital: اكس

            [org IGOXXX]
            name: على
            name: منظمة من أجل السلام

            """
        let (lex, errors) = compileLexicon(text, file: "x.lex")
        #expect(errors.isEmpty, "\(errors)")
        let found = LexiconLinter.check(lex, eventCodes: [])
        let messages = found.map(\.description)
        #expect(messages.contains { $0.hasPrefix("x.lex:1: 'في' is a function word") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("x.lex:1: 'من' is a function word") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("x.lex:7: 'على' is a function word") }, "\(messages)")
        // A name that has a function word in it is a name.
        #expect(!messages.contains { $0.contains("منظمة من أجل السلام") }, "\(messages)")
        #expect(found.count == 3, "\(messages)")
    }
}

import ArabicText
import EventCoding
import Foundation
import Testing

/// Where events happened (issue 15, docs/places.md): the place stage's slots, the resolution of
/// names that are several places — each read both ways — and what is not a place.
@Suite struct PlaceTests {
    static let date = day("2015-08-01")

    /// The places of the events of a text (one article), in order.
    /// (With no headline, the acts found whether or not emitted: fighting at a place with no side
    /// hit named is placed, though `code` leaves it out.)
    static func places(_ text: String, title: String? = nil) -> [PlaceMention?] {
        guard let title else { return builtInCoder.detect(text: text, date: date).map(\.place) }
        return builtInCoder.code(Document(id: "p", title: title, text: text, date: date)).filter { $0.part == .text }.map(\.place)
    }

    /// The place every event of the text has (the test fails when the events disagree or none).
    static func place(_ text: String, title: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> PlaceMention {
        let ps = places(text, title: title)
        try #require(!ps.isEmpty, "no event in «\(text)»", sourceLocation: sourceLocation)
        let first = try #require(ps[0], "no place in «\(text)»", sourceLocation: sourceLocation)
        #expect(ps.allSatisfy { $0 == first }, "\(ps)", sourceLocation: sourceLocation)
        return first
    }

    // MARK: names that are several places, both ways

    @Test func ammanOrOman() throws {
        let oman = try Self.place("تظاهر آلاف المواطنين في عمان احتجاجا على رفع الأسعار")
        #expect(oman.country == "OMN" && oman.kind == .state, "\(oman)")
        let amman = try Self.place("تظاهر آلاف الأردنيين في عمان احتجاجا على رفع الأسعار")
        #expect(amman.country == "JOR" && amman.kind == .town && amman.geonameid == 250441, "\(amman)")
        // Jordan named in an earlier sentence of the article, not in this one.
        let later = try #require(
            Self.places("قال رئيس الوزراء الأردني إن الحكومة لن تتراجع. وتظاهر آلاف المواطنين في عمان احتجاجا على رفع الأسعار.").last ?? nil)
        #expect(later.country == "JOR" && later.geonameid == 250441, "\(later)")
    }

    @Test func tripoliInLibyaOrLebanon() throws {
        let libya = try Self.place("اعتقلت الشرطة عشرة أشخاص في طرابلس")
        #expect(libya.country == "LBY" && libya.geonameid == 2_210_247, "\(libya)")
        let qualified = try Self.place("اعتقلت الشرطة عشرة أشخاص في طرابلس شمال لبنان")
        #expect(qualified.country == "LBN" && qualified.geonameid == 266826, "\(qualified)")
        let context = try Self.place("قتل ثلاثة أشخاص في اشتباكات في طرابلس بين الجيش اللبناني ومسلحين")
        #expect(context.country == "LBN", "\(context)")
        // The victims located by the place are in the same state as the place.
        let events = builtInCoder.code(text: "قتل ثلاثة أشخاص في اشتباكات في طرابلس بين الجيش اللبناني ومسلحين", date: Self.date)
        #expect(events.allSatisfy { $0.target?.country == "LBN" }, "\(summary(events))")
        let lebanese = try Self.place("اعتقلت الشرطة عشرة أشخاص في طرابلس اللبنانية")
        #expect(lebanese.country == "LBN", "\(lebanese)")
    }

    @Test func algiersTheCityOrAlgeriaTheState() throws {
        let state = try Self.place("التقى وزير الخارجية الفرنسي نظيره الجزائري في الجزائر")
        #expect(state.country == "DZA" && state.kind == .state, "\(state)")
        let city = try Self.place("التقى وزير الخارجية الفرنسي نظيره الجزائري في مدينة الجزائر")
        #expect(city.country == "DZA" && city.kind == .town && city.geonameid == 2_507_480, "\(city)")
        let capital = try Self.place("التقى وزير الخارجية الفرنسي نظيره الجزائري في الجزائر العاصمة")
        #expect(capital.geonameid == 2_507_480, "\(capital)")
    }

    /// Homs is one town in the data (Libya's Khoms is «الخمس», another word): a Libyan context
    /// does not move «حمص», and «مدينة الخمس» is the Libyan town.
    @Test func homsStaysInSyriaAndKhomsIsLibyas() throws {
        let homs = try Self.place("قتل ثلاثة جنود سوريين في انفجار سيارة مفخخة في حمص")
        #expect(homs.country == "SYR" && homs.geonameid == 169577, "\(homs)")
        let libyan = try Self.place("قصفت القوات الليبية مواقع في حمص")
        #expect(libyan.country == "SYR" && libyan.geonameid == 169577, "\(libyan)")
        let r = try #require(builtInCoder.placeResolver.explain("حمص", context: "قال الجيش الليبي في بيان", date: Self.date))
        #expect(r.chosen.country == "SYR" && r.candidates.count == 1, "\(r)")
        let khoms = try Self.place("قصفت القوات الليبية مواقع في مدينة الخمس")
        #expect(khoms.country == "LBY" && khoms.geonameid == 2_219_905, "\(khoms)")
    }

    @Test func rafahInGazaOrInEgypt() throws {
        let gaza = try Self.place("قتل ثلاثة فلسطينيين في غارة إسرائيلية في رفح")
        #expect(gaza.country == "PSE", "\(gaza)")
        let egypt = try Self.place("قتل ثلاثة جنود مصريين في هجوم في رفح بشمال سيناء")
        #expect(egypt.country == "EGY", "\(egypt)")
    }

    @Test func alexandriaInEgyptOrVirginia() throws {
        let egypt = try Self.place("تظاهر آلاف الطلاب في مدينة الإسكندرية")
        #expect(egypt.country == "EGY" && egypt.geonameid == 361058, "\(egypt)")
        let virginia = try Self.place("قتل عشرة أشخاص أمريكيين في انفجار في الإسكندرية بولاية فرجينيا")
        #expect(virginia.country == "USA" && virginia.geonameid == 4_744_091, "\(virginia)")
    }

    @Test func quneitraInSyriaOrKenitraInMorocco() throws {
        let syria = try Self.place("قتل خمسة جنود سوريين في قصف في القنيطرة")
        #expect(syria.country == "SYR", "\(syria)")
        let morocco = try Self.place("اعتقلت الشرطة المغربية عشرة أشخاص في القنيطرة")
        #expect(morocco.country == "MAR" && morocco.geonameid == 2_544_571, "\(morocco)")
    }

    /// Al-Karak is Jordan's only: a Lebanese context does not move it.
    @Test func karakStaysInJordan() throws {
        let r = try #require(builtInCoder.placeResolver.explain("الكرك", context: "قال الجيش اللبناني", date: Self.date))
        #expect(r.chosen.country == "JOR", "\(r)")
    }

    // MARK: what is and is not the place

    /// «موسكو ترحب»: a capital standing for its government is an actor, not the place.
    @Test func aCapitalAsActorIsNotThePlace() throws {
        let events = builtInCoder.code(text: "موسكو ترحب بالاتفاق بين إيران والولايات المتحدة", date: Self.date)
        #expect(!events.isEmpty && events.allSatisfy { $0.source?.code == "RUS" && $0.place == nil }, "\(summary(events))")
        let there = builtInCoder.code(text: "أدانت موسكو الهجوم على السفارة الروسية في دمشق", date: Self.date)
        #expect(!there.isEmpty && there.allSatisfy { $0.place?.country == "SYR" }, "\(summary(there))")
    }

    /// A town of the lexicon near the trigger («قرب مدينة تكريت»), and a town over its own state.
    @Test func nearATownAndATownOverItsState() throws {
        let tikrit = try Self.place("قتل خمسة جنود عراقيين في هجوم انتحاري قرب مدينة تكريت")
        #expect(tikrit.country == "IRQ" && tikrit.kind == .town && tikrit.name == "تكريت", "\(tikrit)")
        let near = try Self.place("قتل خمسة جنود عراقيين بالقرب من مدينة تكريت")
        #expect(near.name == "تكريت", "\(near)")
        let aleppo = try Self.place("قتل خمسة جنود سوريين في قصف في حلب شمال سوريا")
        #expect(aleppo.kind == .town && aleppo.name == "حلب", "\(aleppo)")
    }

    /// «في العاصمة» with no name after it is the capital of the state its nisba names, else of
    /// the state the sentence names; with a name after it, the name is the place.
    @Test func theCapitalStandingAlone() throws {
        let libya = try Self.place("تظاهر آلاف المواطنين الليبيين في العاصمة الليبية احتجاجا على الفوضى")
        #expect(libya.country == "LBY" && libya.kind == .town && libya.geonameid == 2_210_247 && libya.name == "العاصمة الليبية", "\(libya)")
        let yemen = try Self.place("اعتقلت الشرطة اليمنية عشرة أشخاص في العاصمة")
        #expect(yemen.country == "YEM" && yemen.geonameid == 71137, "\(yemen)")
        let text = "اعتقلت الشرطة العراقية عشرة أشخاص في العاصمة"
        let baghdad = try Self.place(text)
        #expect(baghdad.geonameid == 98182, "\(baghdad)")
        let events = builtInCoder.code(Document(id: "p", text: text, date: Self.date))
        #expect(!events.isEmpty && events.allSatisfy { $0.evidence.place?.contains("capital-of-state") ?? false }, "\(summary(events))")
        let named = try Self.place("اعتقلت الشرطة العراقية عشرة أشخاص في العاصمة بغداد")
        #expect(named.name == "بغداد" && named.geonameid == 98182, "\(named)")
    }

    /// A two-word name written joined (دياربكر) is the same town as the spaced one.
    @Test func aJoinedTwoWordName() throws {
        let joined = try Self.place("اعتقلت الشرطة التركية عشرة أشخاص في دياربكر")
        let spaced = try Self.place("اعتقلت الشرطة التركية عشرة أشخاص في ديار بكر")
        #expect(joined.country == "TUR" && joined.geonameid == 316541 && joined.name == "دياربكر", "\(joined)")
        #expect(spaced.geonameid == joined.geonameid, "\(spaced)")
    }

    /// A town inside an actor mention after ب or في («فرع وزارة العمل بمدينة الطائف») is a place.
    @Test func aTownInsideAnActorMention() throws {
        let taif = try Self.place("استقبل مدير فرع وزارة العمل بمدينة الطائف وفدا من الشركات")
        #expect(taif.country == "SAU" && taif.geonameid == 107968, "\(taif)")
    }

    /// Where one comes from is not where the act happened.
    @Test func anOriginIsNotThePlace() {
        let events = builtInCoder.code(text: "وصل وفد من القاهرة للقاء الرئيس الفلسطيني", date: Self.date)
        #expect(events.allSatisfy { $0.place?.country != "EGY" }, "\(summary(events))")
    }

    /// No place in the sentence: the dateline's; its offsets count in the text.
    @Test func theDatelineWhenTheSentenceHasNone() throws {
        let text = "موسكو - (وكالات): التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري."
        let events = builtInCoder.code(text: text, date: Self.date)
        let p = try #require(events.first?.place, "\(summary(events))")
        #expect(p.basis == .dateline && p.country == "RUS" && p.name == "موسكو", "\(p)")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[p.start..<p.end])) == "موسكو")
        #expect(events.allSatisfy { $0.evidence.place?.contains("dateline") ?? false })
        // (The outlet before the dateline, «سبق», is not the background marker «وسبق أن».)
        let saudi = try #require(builtInCoder.code(text: "سبق - جدة: استقبل وزير الخارجية السعودي نظيره الأردني.", date: Self.date).first?.place)
        #expect(saudi.basis == .dateline && saudi.country == "SAU" && saudi.name == "جدة", "\(saudi)")
    }

    @Test func noPlaceIsNull() throws {
        let events = builtInCoder.code(text: "التقى وزير الخارجية الروسي نظيره الأمريكي", date: Self.date)
        #expect(!events.isEmpty && events.allSatisfy { $0.place == nil }, "\(summary(events))")
        #expect(events.allSatisfy { $0.evidence.place?.hasPrefix("no place") ?? false })
        let line = EventJSON.line(try #require(events.first))
        #expect(line.contains("\"place\":null"), "\(line)")
    }

    /// A town of under 15,000 people that the lexicon does not name is read only when context
    /// names its state; the reason names the gazetteer row.
    @Test func explainNamesTheRowAndTheRule() throws {
        let events = builtInCoder.code(text: "اعتقلت الشرطة المغربية عشرة أشخاص في القنيطرة", date: Self.date)
        let e = try #require(events.first)
        let why = try #require(e.evidence.place)
        #expect(why.contains("gazetteer.tsv:") && why.contains("sentence-context"), "\(why)")
        #expect(e.evidence.entries.contains { $0.hasPrefix("gazetteer.tsv:") }, "\(e.evidence.entries)")
    }

    @Test func placeJSONHasItsKeysAndNumbers() throws {
        let e = try #require(builtInCoder.code(text: "تظاهر آلاف الطلاب في مدينة الإسكندرية", date: Self.date).first)
        let line = EventJSON.line(e)
        #expect(OutputContractTests.keys(line, in: "place") == OutputContractTests.placeKeys, "\(line)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let place = try #require(obj["place"] as? [String: Any])
        #expect(place["lat"] is NSNumber && place["lon"] is NSNumber && place["geonameid"] is NSNumber, "\(place)")
    }

    // MARK: stop 21

    /// «وصلت الطائرة إلى مطار عدن»: an arrival happened where it arrived (as a visit does).
    @Test func anArrivalHappensWhereItArrives() throws {
        let aden = try Self.place("ووصلت أول طائرة إغاثية إماراتية إلى مطار عدن ليل الخميس.")
        #expect(aden.country == "YEM" && aden.kind == .town, "\(aden)")
    }

    /// «في منطقة الرباط الواقعة بين مدينة صبر ودار سعد شمال عدن»: a foreign capital's name after a
    /// place noun, in a sentence whose towns are another state's, is a local namesake; where the
    /// story names Morocco, Rabat is Rabat.
    @Test func aForeignCapitalAmongAnotherStatesTownsIsANamesake() throws {
        let ribat = try Self.place("نفذ طيران التحالف غارات استهدفت تجمعات للحوثيين في منطقة الرباط الواقعة بين مدينة صبر ودار سعد شمال عدن.")
        #expect(ribat.country == "YEM", "\(ribat)")
        let rabat = try Self.place("تظاهر آلاف المغاربة في الرباط احتجاجا على رفع الأسعار.")
        #expect(rabat.country == "MAR" && rabat.kind == .town, "\(rabat)")
    }

    /// «غارة جوية فوق سوريا … قرب بلدة سرمدا»: a state is refined by a town of it where something
    /// happened, in another clause of the sentence too.
    @Test func aStateIsRefinedByATownOfItInTheSentence() throws {
        let sarmada = try Self.place("أدت غارة جوية لقوات التحالف فوق سوريا إلى مقتل قيادي في جماعة خراسان، قرب بلدة سرمدا.")
        #expect(sarmada.country == "SYR" && sarmada.kind != .state, "\(sarmada)")
    }
}

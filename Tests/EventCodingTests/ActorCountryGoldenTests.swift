import ArabicText
import EventCoding
import Testing

/// Golden cases for how actors get their country (the GSR country-agreement mechanisms), written
/// for these tests. Rules only where the point is the rule, not the learned gate.
@Suite struct ActorCountryGoldenTests {
    static let rulesOnly = EventCoder(lexicon: builtInCoder.lexicon, gates: [:])
    static let published = day("2024-06-10")

    static func events(_ text: String, date: CalendarDay? = published) -> [Event] { rulesOnly.code(text: text, date: date) }
    /// The events and the acts found with no actor but their place (not emitted by `code`).
    static func detected(_ text: String, date: CalendarDay? = published) -> [Event] { rulesOnly.detect(text: text, date: date) }

    static func expect(_ text: String, _ gold: Gold, date: CalendarDay? = published, sourceLocation: SourceLocation = #_sourceLocation) {
        let e = events(text, date: date)
        #expect(e.contains(where: gold.matches), "\(text)\n expected \(gold)\n got \(summary(e))", sourceLocation: sourceLocation)
    }

    static func codes(_ text: String, date: CalendarDay? = published) -> Set<String> {
        Set(events(text, date: date).flatMap { [$0.source?.code, $0.target?.code].compactMap { $0 } })
    }

    /// "في العاصمة الباكستانية إسلام آباد": the place noun and its nisba before a city are skipped,
    /// so the city after them is a place after a preposition and locates the attack.
    @Test func placeNounWithANisbaBeforeACity() {
        let text = "انفجرت سيارة مفخخة قرب فندق في العاصمة الباكستانية إسلام آباد مساء أمس."
        #expect(Self.detected(text).contains(where: Gold("183", nil, "PAK").matches), "\(summary(Self.detected(text)))")
        // (No actor but the place: the act is found, and not emitted as an event.)
        #expect(Self.events(text).isEmpty)
    }

    /// "صلاة المغرب": the prayer's hour is not Morocco.
    @Test func sunsetPrayerIsNotMorocco() {
        let c = Self.codes("قتل مسلحون ثلاثة جنود بعد صلاة المغرب في مدينة الموصل.")
        #expect(!c.contains { $0.hasPrefix("MAR") }, "\(c)")
        Self.expect("قتل مسلحون ثلاثة جنود بعد صلاة المغرب في مدينة الموصل.", Gold("190", "UAF", "IRQMIL"))
    }

    /// Who reports a bombing in another clause is not its agent.
    @Test func theReporterIsNotTheBomber() {
        let e = Self.events("قال مسؤول في الشرطة العراقية إن عبوة ناسفة انفجرت بدورية في بغداد أمس.")
        #expect(e.contains { $0.root == "18" } && e.allSatisfy { $0.source?.code != "IRQCOP" }, "\(summary(e))")
    }

    /// "تعرض X … للخطف على أيدي Y": X suffers it, across an aside between commas; the gunmen
    /// are unidentified (UAF).
    @Test func subjectOfTaarradaSuffersTheViolence() {
        Self.expect("تعرض مسؤول في وزارة الصحة العراقية، الأحد، للخطف على أيدي مسلحين في بغداد.", Gold("181", "UAF", "IRQGOV"))
    }

    /// "المؤدي" (leading to) is not Modi: names never take the article.
    @Test func aNameNeverTakesTheArticle() {
        let c = Self.codes("هاجم مسلحون دورية للشرطة على الطريق المؤدي إلى المطار في كابل.")
        #expect(!c.contains { $0.hasPrefix("IND") }, "\(c)")
    }

    /// A body led by a state (بقيادة) is that state's; foreign forces are not the country they are in.
    @Test func ledByAndForeignForces() {
        Self.expect("قتل مسلحون ثلاثة جنود من التحالف الدولي بقيادة الولايات المتحدة في كابل.", Gold("190", "UAF", "USAMIL"))
        // (Gunmen and forces with no country: a detection, not an event to emit.)
        let foreign = Self.rulesOnly.detect(text: "هاجم مسلحون القوات الأجنبية في كابل أمس.", date: Self.published)
        #expect(foreign.contains { $0.root == "19" } && foreign.allSatisfy { $0.target?.country != "AFG" }, "\(summary(foreign))")
    }

    /// South Sudan before its independence (2011-07-09) is a region of Sudan.
    @Test func aStateNamedBeforeItExisted() {
        let text = "قتل مسلحون عشرة أشخاص في هجوم على قرية في جنوب السودان."
        Self.expect(text, Gold("190", "UAF", "SDNCVL"), date: day("2008-05-10"))
        Self.expect(text, Gold("190", "UAF", "SSDCVL"), date: day("2015-05-10"))
    }

    /// The people a vehicle was carrying are the victims, not the bombers.
    @Test func peopleAVehicleCarriedAreTheVictims() {
        Self.expect("انفجرت عبوة ناسفة لدى مرور حافلة تقل عناصر من الجيش الباكستاني.", Gold("183", nil, "PAKMIL"))
        // (Found, not emitted: fighting that names only the side hit.)
        #expect(Self.detected("استهدفت غارة جوية سيارة تقل ثلاثة من نشطاء «حماس» في غزة.").contains(where: Gold("19", nil, "PSEREB").matches))
    }

    /// A thing an attack hit that an actor owns (موكباً لسفارة …) targets the owner, also after a
    /// subject that stands between the verb and its object.
    @Test func whatAnActorOwnsTargetsTheOwner() {
        Self.expect("استهدف مسلحون موكبا لسفارة الولايات المتحدة في كابل.", Gold("190", "UAF", "USAGOV"))
        Self.expect("استهدف هجوم انتحاري بسيارة مفخخة، أمس، موكبا لسفارة الولايات المتحدة في كابل.", Gold("18", "UAF", "USAGOV"))
    }

    /// Organisations that share a code keep all their names (two blocks of one code were once
    /// merged by the second replacing the first).
    @Test func organisationsSharingACodeKeepTheirNames() {
        Self.expect("هاجم مسلحون مقرا للحشد الشعبي في ديالى.", Gold("190", "UAF", "IRQMIL"))
        Self.expect("هاجم مسلحون مقرا لمجالس الصحوة في ديالى.", Gold("190", "UAF", "IRQMIL"))
        Self.expect("قتل مسلحون جنديين من البيشمركة قرب كركوك.", Gold("190", "UAF", "IRQMIL"))
        Self.expect("تظاهر أنصار جماعة الإخوان المسلمين في القاهرة أمس.", Gold("141", "EGYOPP", nil))
        // After a noun between them, لـ belongs to that noun: the attackers are not the PMF.
        let e = Self.events("هاجم مسلحون مقرا للحشد الشعبي في ديالى.")
        #expect(!e.contains { $0.source?.code == "IRQMIL" }, "\(summary(e))")
    }

    /// A trigger verb is never read as part of the actor before it: "مجهولين خطفوا مصوراً فرنسياً"
    /// is an abduction by unknown men, not a French actor.
    @Test func aTriggerVerbEndsTheActorBeforeIt() {
        let e = Self.events("افادت مصادر متطابقة ان مجهولين خطفوا مصورا فرنسيا في بوساسو بشمال الصومال.")
        #expect(e.contains { $0.cameo == "181" && $0.source?.code == "UAF" }, "\(summary(e))")
    }

    /// The country in a slogan («الموت لأميركا») locates no one; «الضاحية الشمالية لأثينا» does.
    @Test func aSloganLocatesNoOne() {
        let e = Self.rulesOnly.detect(
            text: "واحتج مئات المتظاهرين الاحد في موقع الهجوم متهمين الجنود الاميركيين باطلاق النار على المدنيين، وهاتفين «الموت لاميركا».",
            date: Self.published)
        #expect(e.contains { $0.cameo == "141" && $0.source?.country != "USA" }, "\(summary(e))")
        Self.expect("سار المتظاهرون حتى السفارة الإسرائيلية في الضاحية الشمالية لأثينا.", Gold("141", "GRCCVL", nil))
    }

    /// Shooting down an aircraft is force (190); «أسقط» without an aircraft after it is "drop".
    @Test func shootingDownAnAircraft() {
        Self.expect("أسقطت الدفاعات الجوية السورية طائرة إسرائيلية فوق الجولان أمس.", Gold("190", "SYRMIL", "ISRMIL"))
        Self.expect("أعلنت وزارة الدفاع الروسية أن القوات الروسية أسقطت طائرتي تجسس جورجيتين.", Gold("190", "RUSMIL", "GEOMIL"))
        #expect(Self.events("أسقطت المحكمة المصرية التهم عن الصحفي أمس.").isEmpty)
    }

    /// «وزير» with a portfolio of up to three words, an agent's word among them, takes the nisba
    /// after it (وزير الأمن القومي الإسرائيلي); it does not borrow an earlier actor's country.
    @Test func aMinisterWithALongPortfolio() {
        Self.expect("أدانت وزارة الخارجية السعودية اقتحام وزير الأمن القومي الإسرائيلي باحات المسجد الأقصى.", Gold("111", "SAUGOV", "ISRGOV"))
        Self.expect("التقى وزير التعليم العالي العراقي نظيره الأردني في عمان.", Gold("040", "IRQGOV", "JORGOV"))
        Self.expect("التقى وزير الصحة المصري نظيره الأردني.", Gold("040", "EGYGOV", "JORGOV"))
    }

    /// «السعودية» is the country where nothing before it can take an adjective (after a verb, a
    /// preposition, at the start) and the adjective after a noun.
    @Test func saudiArabiaOrSaudi() {
        Self.expect("اتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما.", Gold("032", "SAU", "IRN"))
        Self.expect("التقى وزير الخارجية المصري في السعودية نظيره الأردني.", Gold("040", "EGYGOV", "JORGOV"))
        Self.expect("أدانت الحكومة السعودية الهجوم الإسرائيلي على غزة.", Gold("111", "SAUGOV", "ISR"))
    }

    /// A preposition before a count governs the counted (سلالاً على أكثر من عشرين ألف أسرة نازحة).
    @Test func aPrepositionBeforeACountGovernsTheCounted() {
        Self.expect("وزّع برنامج الأغذية العالمي سلالاً غذائية على أكثر من عشرين ألف أسرة نازحة في محافظة مأرب اليمنية.", Gold("073", "IGOUNOWFP", "YEMREF"))
    }

    /// A head merged from two role nouns still shares its coordinated nisbas (رئيسا أركان الجيشين
    /// المصري والسعودي → EGYMIL and SAUMIL).
    @Test func aMergedHeadSharesCoordinatedNisbas() {
        Self.expect("رئيسا أركان الجيشين المصري والسعودي يتفقان على توسيع التعاون العسكري.", Gold("0312", "EGYMIL", "SAUMIL"))
    }

    /// «سلطات الاحتلال» with its nisba is that state's government, not the place's.
    @Test func occupationAuthorities() {
        Self.expect("استولت سلطات الاحتلال الإسرائيلي على مئات الدونمات من أراضي المواطنين جنوب نابلس.", Gold("1711", "ISRGOV", "PSECVL"))
    }

    /// A neighbour named to situate a place locates nothing; the place itself does.
    @Test func aNeighbourNamedToSituateAPlace() {
        Self.expect("قتل مسلحون ثلاثة جنود في هجوم على بلدة في أفغانستان المجاورة لباكستان.", Gold("190", "UAF", "AFGMIL"))
        let e = Self.detected("قصفت طائرات مسيرة المنطقة القبلية الباكستانية المحاذية لأفغانستان أمس.")
        #expect(e.contains { $0.root == "19" } && e.allSatisfy { $0.target?.country != "AFG" }, "\(summary(e))")
    }

    /// Whom a report is attributed to (بحسب) takes no part in the event.
    @Test func attributionTakesNoPart() {
        let e = Self.detected("وقتل القيادي بحسب المسؤولين الباكستانيين في غارة جوية على وزيرستان.")
        #expect(e.contains { $0.root == "19" } && e.allSatisfy { $0.source?.code != "PAKGOV" }, "\(summary(e))")
    }

    /// Protests: the protesters the lexicon cannot name are civilians where they protest; whom
    /// they protest against, named after احتجاجاً على, is the target, never the subject.
    @Test func protestSourceFromPlaceAndTargetAfterItsCause() {
        let e = Self.events("أضرب الأطباء في مصر أمس احتجاجا على قرار الحكومة المصرية.")
        #expect(e.contains { Gold("143", "EGYCVL", "EGYGOV").matches($0) && $0.flags.contains(.sourceFromPlace) }, "\(summary(e))")
        // Protesters the lexicon knows keep their own mention, not an inferred one.
        let workers = Self.events("أضرب العمال في مصر أمس احتجاجا على قرار الحكومة المصرية.")
        #expect(workers.contains { Gold("143", "EGYCVL", "EGYGOV").matches($0) && !$0.flags.contains(.sourceFromPlace) }, "\(summary(workers))")
    }

    /// Slogans name whom a protest addresses (هاتفين «…»), and so does whom protesters turn on.
    @Test func slogansAndAttacksNameTheProtestTarget() {
        Self.expect("تجمع مئات المتظاهرين في لندن أمس هاتفين «ترامب غير مرحب به».", Gold("141", "GBRCVL", "USA"))
        Self.expect("تظاهر الآلاف في عمان أمس وراحوا يهاجمون رئيس الوزراء الأردني.", Gold("141", "JORCVL", "JORGOV"))
    }

    /// عمان is Oman unless the sentence names Jordan otherwise and not Oman.
    @Test func ammanOrOman() {
        Self.expect("تظاهر الآلاف في عمان أمس تضامنا مع الحكومة الأردنية.", Gold("141", "JORCVL", nil))
        let oman = Self.events("وصل وزير الخارجية العماني إلى عمان أمس.")
        #expect(oman.allSatisfy { $0.target?.country != "JOR" }, "\(summary(oman))")
        // The same spelling again (a dateline) is no evidence for Oman.
        Self.expect("عمان ـ ا ف ب: تظاهر الآلاف أمس في عمان تلبية لدعوة أحزاب المعارضة الأردنية.", Gold("141", "JORCVL", nil))
        let omanTwice = Self.events("مسقط ـ ا ف ب: تظاهر الآلاف أمس في عمان احتجاجا على قرار وزارة الإسكان العمانية.")
        #expect(omanTwice.allSatisfy { $0.source?.country != "JOR" }, "\(summary(omanTwice))")
    }

    /// «الطيران» with a nisba is that state's air force; «الطيران المدني» is a civil authority.
    @Test func aviationIsTheAirForceUnlessCivil() {
        Self.expect("اغتال الطيران الإسرائيلي أمس خمسة فلسطينيين في خان يونس.", Gold("186", "ISRMIL", "PSECVL"))
        let civil = Self.events("أدانت هيئة الطيران المدني الأردنية أمس الهجوم على مطار عدن.")
        #expect(civil.allSatisfy { $0.source?.code != "JORMIL" }, "\(summary(civil))")
    }

    /// A homograph nisba (مالي "financial"، كونغولي also the DRC's) names its state only when the
    /// sentence names that state otherwise.
    @Test func homographNisbas() {
        Self.expect("اشتبك الجيش المالي مع مسلحين قرب تمبكتو أمس.", Gold("193", "MLIMIL", "UAF"))
        #expect(!Self.codes("أعلنت وزارة المالية أن الجيش المالي تلقى دعما ماليا من الحكومة المصرية.").contains { $0.hasPrefix("MLI") })
        Self.expect("هاجم مسلحون دورية للجيش الكونغولي قرب برازافيل.", Gold("190", "UAF", "COGMIL"))
        Self.expect("هاجم مسلحون دورية للجيش الكونغولي قرب كينشاسا.", Gold("190", "UAF", "CODMIL"))
    }

    /// "الشارع الرئيس": main street, not the president.
    @Test func mainStreetIsNotThePresident() {
        let c = Self.codes("تظاهر المئات في الشارع الرئيس في بيروت أمس.")
        #expect(c == ["LBNCVL"], "\(c)")
    }
}

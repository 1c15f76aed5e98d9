import ArabicText
import EventCoding
import Foundation
import Lexicon
import Testing

/// Every actor by name and by date: `ActorResolver` against the built-in lexicon.
///
/// Expectations are the facts (offices and their dates), checked against people.lex before they
/// were written. Ranges are half-open: on the day of a handover the successor holds the office.
/// Where the lexicon is wrong or silent about a fact, the test keeps the fact and is disabled
/// with "lexicon gap".
@Suite struct ActorResolutionTests {
    static let resolver = ActorResolver(lexicon: builtInCoder.lexicon)

    /// One dated mention and what it must resolve to.
    struct Case: Sendable, CustomTestStringConvertible {
        let mention: String
        let date: String
        let code: String
        /// The person id expected (nil: not checked).
        let person: String?
        /// The office expected (nil: not checked).
        let office: String?

        init(_ mention: String, _ date: String, _ code: String, person: String? = nil, office: String? = nil) {
            self.mention = mention
            self.date = date
            self.code = code
            self.person = person
            self.office = office
        }

        var testDescription: String { "\(mention) @\(date) → \(code)\(person.map { " (\($0))" } ?? "")" }
    }

    static func check(_ c: Case, sourceLocation: SourceLocation = #_sourceLocation) {
        let r = resolver.resolve(c.mention, date: day(c.date))
        #expect(r?.code == c.code, "\(c.testDescription): got \(r?.code ?? "nothing") — \(r?.reason ?? "")", sourceLocation: sourceLocation)
        if let p = c.person {
            #expect(r?.person == p, "\(c.testDescription): person \(r?.person ?? "nil") — \(r?.reason ?? "")", sourceLocation: sourceLocation)
        }
        if let o = c.office {
            #expect(r?.office == o, "\(c.testDescription): office \(r?.office ?? "nil") — \(r?.reason ?? "")", sourceLocation: sourceLocation)
        }
        #expect(r?.date == c.date, sourceLocation: sourceLocation)
    }

    // MARK: - Facts corrected after a sample check (issue 14)

    static let correctedCases: [Case] = [
        // al-Burhan was the army's inspector-general from 2019-02-26, not its chief of staff.
        Case("عبد الفتاح البرهان", "2019-03-10", "SDNMIL", person: "abdel-fattah-al-burhan"),
        // Qatar's defence ministers changed on 2024-11-12.
        Case("خالد العطية", "2024-06-01", "QATGOV", person: "khalid-al-attiyah", office: "defence-minister"),
        Case("سعود بن عبد الرحمن آل ثاني", "2024-11-12", "QATGOV", person: "saoud-bin-abdulrahman-al-thani", office: "defence-minister"),
        // Shihab bin Tariq, Oman's defence minister from 2020-03-09.
        Case("شهاب بن طارق", "2020-03-09", "OMNGOV", person: "shihab-bin-tariq", office: "defence-minister"),
        // Salem bin Breik, Yemen's prime minister from 2025-05-03.
        Case("سالم بن بريك", "2025-05-03", "YEMGOV", person: "salem-bin-breik", office: "prime-minister"),
        // Kōmura stayed foreign minister to 2008-09-24.
        Case("ماساهيكو كومورا", "2008-09-01", "JPNGOV", person: "masahiko-komura", office: "foreign-minister"),
        // Hayashi was chief cabinet secretary to 2025-10-21.
        Case("يوشيماسا هاياشي", "2025-06-01", "JPNGOV", person: "yoshimasa-hayashi"),
        // Putin became prime minister on 1999-08-09.
        Case("فلاديمير بوتين", "1999-08-09", "RUSGOV", person: "vladimir-putin", office: "prime-minister"),
        // Khawaja Asif, defence minister from 2013-11-27 (Nawaz Sharif held the ministry before).
        Case("خواجة آصف", "2013-12-01", "PAKGOV", person: "khawaja-asif", office: "defence-minister"),
        // Budanov left military intelligence on 2026-01-02, Shmyhal the defence ministry in January 2026.
        Case("كيريلو بودانوف", "2025-12-01", "UKRSPY", person: "kyrylo-budanov", office: "intelligence-chief"),
        // Bennett was economy then education minister 2013–2019; Sherif Ismail petroleum minister.
        Case("نفتالي بينيت", "2015-08-01", "ISRGOV", person: "naftali-bennett", office: "minister"),
        Case("شريف إسماعيل", "2014-05-01", "EGYGOV", person: "sherif-ismail", office: "minister"),
    ]

    @Test(arguments: correctedCases) func correctedFacts(_ c: Case) { Self.check(c) }

    @Test func budanovAndShmyhalLeftInJanuary2026() throws {
        let lex = builtInCoder.lexicon
        func holds(_ id: String, _ office: String, _ date: String) throws -> Bool {
            let p = try #require(lex.personByID[id].map { lex.people[$0] })
            return p.roles.contains { $0.office == office && $0.holds(on: day(date)) }
        }
        #expect(try holds("kyrylo-budanov", "intelligence-chief", "2026-01-01"))
        #expect(try !holds("kyrylo-budanov", "intelligence-chief", "2026-01-02"))
        #expect(try holds("denys-shmyhal", "defence-minister", "2025-12-31"))
        #expect(try !holds("denys-shmyhal", "defence-minister", "2026-02-01"))
    }

    // MARK: - Syria: Assad, the two al-Sharaas, handover 2024-12-08

    static let syriaCases: [Case] = [
        Case("بشار الأسد", "2024-12-07", "SYRGOV", person: "bashar-al-assad", office: "president"),  // the day before
        Case("بشار الأسد", "2024-12-08", "SYRELI", person: "bashar-al-assad"),  // the day of the fall
        Case("أحمد الشرع", "2024-12-07", "SYRREB", person: "ahmed-al-sharaa"),
        Case("أحمد الشرع", "2024-12-08", "SYRGOV", person: "ahmed-al-sharaa", office: "president"),
        Case("أبو محمد الجولاني", "2016-01-01", "SYRREB", person: "ahmed-al-sharaa"),
        // «الشرع» alone names two people: the date decides.
        Case("الشرع", "2005-06-01", "SYRGOV", person: "farouk-al-sharaa", office: "foreign-minister"),
        Case("الشرع", "2025-06-01", "SYRGOV", person: "ahmed-al-sharaa", office: "president"),
        Case("الشرع", "2013-01-01", "SYRGOV", person: "farouk-al-sharaa", office: "vice-president"),
        Case("فاروق الشرع", "2015-01-01", "SYRELI", person: "farouk-al-sharaa"),
        // «الأسد» alone: Hafez until 2000, Bashar after.
        Case("الأسد", "1995-06-01", "SYRGOV", person: "hafez-al-assad"),
        Case("الأسد", "2010-06-01", "SYRGOV", person: "bashar-al-assad"),
        Case("وليد المعلم", "2010-01-01", "SYRGOV", person: "walid-al-muallem", office: "foreign-minister"),
    ]

    @Test(arguments: syriaCases) func syria(_ c: Case) { Self.check(c) }

    // MARK: - Turkey, Russia: one person, several offices over time

    static let turkeyRussiaCases: [Case] = [
        Case("رجب طيب أردوغان", "2002-01-01", "TUROPP", person: "recep-tayyip-erdogan"),  // AKP leader, not yet in office
        Case("أردوغان", "2014-08-27", "TURGOV", person: "recep-tayyip-erdogan", office: "prime-minister"),
        Case("أردوغان", "2014-08-28", "TURGOV", person: "recep-tayyip-erdogan", office: "president"),
        Case("عبد الله غل", "2010-01-01", "TURGOV", person: "abdullah-gul", office: "president"),
        Case("بوتين", "2008-05-06", "RUSGOV", person: "vladimir-putin", office: "president"),
        Case("بوتين", "2010-01-01", "RUSGOV", person: "vladimir-putin", office: "prime-minister"),
        Case("بوتين", "2012-05-07", "RUSGOV", person: "vladimir-putin", office: "president"),
        Case("ميدفيديف", "2010-01-01", "RUSGOV", person: "dmitry-medvedev", office: "president"),
        Case("لافروف", "2004-03-08", "RUSGOV", person: "sergey-lavrov"),  // UN ambassador
        Case("لافروف", "2004-03-09", "RUSGOV", person: "sergey-lavrov", office: "foreign-minister"),
        Case("سيرغي لافروف", "2020-01-01", "RUSGOV", person: "sergey-lavrov", office: "foreign-minister"),
        Case("الكرملين", "2020-01-01", "RUSGOV"),
    ]

    @Test(arguments: turkeyRussiaCases) func turkeyAndRussia(_ c: Case) { Self.check(c) }

    // MARK: - United States: inauguration days

    static let unitedStatesCases: [Case] = [
        Case("جو بايدن", "2012-06-01", "USAGOV", person: "joe-biden", office: "vice-president"),
        Case("جو بايدن", "2019-06-01", "USAELI", person: "joe-biden"),
        Case("بايدن", "2021-01-19", "USAELI", person: "joe-biden"),
        Case("بايدن", "2021-01-20", "USAGOV", person: "joe-biden", office: "president"),
        Case("بايدن", "2025-01-20", "USAELI", person: "joe-biden"),
        Case("ترامب", "2025-01-19", "USAELI", person: "donald-trump"),
        Case("ترامب", "2025-01-20", "USAGOV", person: "donald-trump", office: "president"),
        Case("أوباما", "2017-01-20", "USAELI", person: "barack-obama"),
        Case("بلينكن", "2025-01-19", "USAGOV", person: "antony-blinken", office: "foreign-minister"),
        Case("بلينكن", "2025-01-20", "USAELI", person: "antony-blinken"),
        Case("جون كيري", "2013-01-31", "USALEG", person: "john-kerry"),  // still a senator
        Case("جون كيري", "2013-02-01", "USAGOV", person: "john-kerry", office: "foreign-minister"),
        Case("البيت الأبيض", "2020-01-01", "USAGOV"),
    ]

    @Test(arguments: unitedStatesCases) func unitedStates(_ c: Case) { Self.check(c) }

    // MARK: - Gulf, Iraq, Iran

    static let gulfIraqIranCases: [Case] = [
        Case("محمد بن سلمان", "2016-01-01", "SAUGOV", person: "mohammed-bin-salman", office: "deputy-crown-prince"),
        Case("محمد بن سلمان", "2017-06-20", "SAUGOV", person: "mohammed-bin-salman", office: "deputy-crown-prince"),
        Case("محمد بن سلمان", "2017-06-21", "SAUGOV", person: "mohammed-bin-salman", office: "crown-prince"),
        // The Saudi king's style is shared by three kings: the reigning one on the date.
        Case("خادم الحرمين الشريفين", "2010-06-01", "SAUGOV", person: "king-abdullah-of-saudi-arabia"),
        Case("خادم الحرمين الشريفين", "2016-06-01", "SAUGOV", person: "king-salman"),
        Case("تميم بن حمد", "2012-01-01", "QATGOV", person: "tamim-bin-hamad", office: "crown-prince"),
        Case("تميم بن حمد", "2013-06-25", "QATGOV", person: "tamim-bin-hamad", office: "emir"),
        Case("السلطان هيثم بن طارق", "2021-01-01", "OMNGOV", person: "haitham-bin-tariq"),
        Case("نوري المالكي", "2010-01-01", "IRQGOV", person: "nouri-al-maliki", office: "prime-minister"),
        Case("نوري المالكي", "2020-01-01", "IRQELI", person: "nouri-al-maliki"),
        Case("مصطفى الكاظمي", "2019-01-01", "IRQSPY", person: "mustafa-al-kadhimi"),  // intelligence chief
        Case("خامنئي", "2020-01-01", "IRNGOV", person: "ali-khamenei", office: "supreme-leader"),
        Case("حسن روحاني", "2015-01-01", "IRNGOV", person: "hassan-rouhani", office: "president"),
        Case("حسن روحاني", "2022-01-01", "IRNELI", person: "hassan-rouhani"),
        Case("جواد ظريف", "2015-01-01", "IRNGOV", person: "mohammad-javad-zarif", office: "foreign-minister"),
    ]

    @Test(arguments: gulfIraqIranCases) func gulfIraqAndIran(_ c: Case) { Self.check(c) }

    // MARK: - Levant, Egypt, armed groups

    static let levantEgyptCases: [Case] = [
        Case("نتنياهو", "2021-06-12", "ISRGOV", person: "benjamin-netanyahu"),
        Case("نتنياهو", "2021-06-13", "ISRELI", person: "benjamin-netanyahu"),
        Case("نتنياهو", "2022-12-29", "ISRGOV", person: "benjamin-netanyahu"),
        Case("عبد الفتاح السيسي", "2013-01-01", "EGYGOV", person: "abdel-fattah-el-sisi", office: "defence-minister"),
        Case("عبد الفتاح السيسي", "2014-06-07", "EGYELI", person: "abdel-fattah-el-sisi"),
        Case("عبد الفتاح السيسي", "2014-06-08", "EGYGOV", person: "abdel-fattah-el-sisi", office: "president"),
        Case("محمد مرسي", "2013-07-02", "EGYGOV", person: "mohamed-morsi"),
        Case("محمد مرسي", "2013-07-03", "EGYELI", person: "mohamed-morsi"),
        Case("ميشال عون", "2018-01-01", "LBNGOV", person: "michel-aoun"),
        Case("ميشال عون", "2023-01-01", "LBNELI", person: "michel-aoun"),
        Case("جوزاف عون", "2024-01-01", "LBNMIL", person: "joseph-aoun"),  // army commander
        Case("جوزاف عون", "2025-01-09", "LBNGOV", person: "joseph-aoun", office: "president"),
        Case("نجيب ميقاتي", "2022-01-01", "LBNGOV", person: "najib-mikati"),
        Case("عبد الله الثاني", "2020-01-01", "JORGOV", person: "abdullah-ii-of-jordan"),
        Case("محمود عباس", "2010-01-01", "PSEGOV", person: "mahmoud-abbas"),
        Case("إسماعيل هنية", "2006-06-01", "PSEGOV", person: "ismail-haniyeh", office: "prime-minister"),
        Case("إسماعيل هنية", "2020-01-01", "PSEREB", person: "ismail-haniyeh"),
        Case("يحيى السنوار", "2024-09-01", "PSEREB", person: "yahya-sinwar"),
        Case("حزب الله", "2020-01-01", "LBNREB"),
        Case("حسن نصر الله", "2020-01-01", "LBNREB", person: "hassan-nasrallah"),
        Case("نعيم قاسم", "2024-11-01", "LBNREB", person: "naim-qassem"),
        Case("الحوثيون", "2020-01-01", "YEMREB"),
        Case("عبد الملك الحوثي", "2020-01-01", "YEMREB", person: "abdul-malik-al-houthi"),
        // «الحوثي» alone: the founder until his death on 2004-09-10, his brother after.
        Case("الحوثي", "2003-01-01", "YEMREB", person: "hussein-badreddin-al-houthi"),
        Case("الحوثي", "2020-01-01", "YEMREB", person: "abdul-malik-al-houthi"),
    ]

    @Test(arguments: levantEgyptCases) func levantEgyptAndArmedGroups(_ c: Case) { Self.check(c) }

    // MARK: - Europe, Asia, Maghreb

    static let elsewhereCases: [Case] = [
        Case("ماكرون", "2020-01-01", "FRAGOV", person: "emmanuel-macron"),
        Case("قصر الإليزيه", "2020-01-01", "FRAGOV"),
        Case("ميركل", "2010-01-01", "DEUGOV", person: "angela-merkel", office: "chancellor"),
        Case("ميركل", "2021-12-08", "DEUELI", person: "angela-merkel"),
        Case("أولاف شولتس", "2021-12-07", "DEUGOV", person: "olaf-scholz", office: "finance-minister"),
        Case("داونينغ ستريت", "2020-01-01", "GBRGOV"),
        Case("زيلينسكي", "2022-01-01", "UKRGOV", person: "volodymyr-zelensky"),
        Case("شي جين بينغ", "2010-01-01", "CHNGOV", person: "xi-jinping", office: "vice-president"),
        Case("مودي", "2020-01-01", "INDGOV", person: "narendra-modi"),
        Case("تبون", "2020-01-01", "DZAGOV", person: "abdelmadjid-tebboune"),
        Case("بوتفليقة", "2019-04-01", "DZAGOV", person: "abdelaziz-bouteflika"),
        Case("بوتفليقة", "2019-04-02", "DZAELI", person: "abdelaziz-bouteflika"),  // resigned that day
        Case("الملك محمد السادس", "2020-01-01", "MARGOV", person: "mohammed-vi-of-morocco"),
        Case("قيس سعيد", "2020-01-01", "TUNGOV", person: "kais-saied"),
    ]

    @Test(arguments: elsewhereCases) func europeAsiaAndMaghreb(_ c: Case) { Self.check(c) }

    // MARK: - People before 2000 and in the 2000s

    static let pakistanKyrgyzstanCases: [Case] = [
        Case("بي نظير بوتو", "1989-06-01", "PAKGOV", person: "benazir-bhutto", office: "prime-minister"),
        Case("بي نظير بوتو", "1991-06-01", "PAKOPP", person: "benazir-bhutto"),
        Case("بينظير بوتو", "1995-06-01", "PAKGOV", person: "benazir-bhutto", office: "prime-minister"),
        Case("بي نظير بوتو", "2007-10-18", "PAKOPP", person: "benazir-bhutto"),
        Case("باقييف", "2006-11-04", "KGZGOV", person: "kurmanbek-bakiyev", office: "president"),
        Case("باقييف", "2011-01-01", "KGZELI", person: "kurmanbek-bakiyev"),
        Case("فيليكس كولوف", "2006-01-01", "KGZGOV", person: "feliks-kulov", office: "prime-minister"),
    ]

    @Test(arguments: pakistanKyrgyzstanCases) func pakistanAndKyrgyzstan(_ c: Case) { Self.check(c) }

    // MARK: - International organisations and their heads

    static let organisationsCases: [Case] = [
        Case("الأمم المتحدة", "2020-01-01", "IGOUNO"),
        Case("جامعة الدول العربية", "2020-01-01", "IGOARL"),
        Case("حلف شمال الأطلسي", "2020-01-01", "IGOWSTNAT"),
        Case("أنطونيو غوتيريش", "2010-01-01", "IGOUNOHCR", person: "antonio-guterres"),
        Case("أنطونيو غوتيريش", "2020-01-01", "IGOUNO", person: "antonio-guterres"),
        Case("بان كي مون", "2010-01-01", "IGOUNO", person: "ban-ki-moon"),
        Case("بان كي مون", "2018-01-01", "KORELI", person: "ban-ki-moon"),
        Case("ينس ستولتنبرغ", "2020-01-01", "IGOWSTNAT", person: "jens-stoltenberg"),
        Case("ينس ستولتنبرغ", "2025-06-01", "NORGOV", person: "jens-stoltenberg"),
        Case("مارك روته", "2024-10-01", "IGOWSTNAT", person: "mark-rutte"),
        Case("أحمد أبو الغيط", "2010-01-01", "EGYGOV", person: "ahmed-aboul-gheit", office: "foreign-minister"),
        Case("أحمد أبو الغيط", "2020-01-01", "IGOARL", person: "ahmed-aboul-gheit"),
    ]

    @Test(arguments: organisationsCases) func internationalOrganisations(_ c: Case) { Self.check(c) }

    // MARK: - Titles resolve to the office-holder of the date

    /// (mention, date, code, holder id or nil when nobody held the office).
    static let holdersCases: [(String, String, String, String?)] = [
        ("الرئيس السوري", "2012-01-01", "SYRGOV", "bashar-al-assad"),
        ("الرئيس السوري", "2025-06-01", "SYRGOV", "ahmed-al-sharaa"),
        ("وزير الخارجية الأمريكي", "2022-03-01", "USAGOV", "antony-blinken"),
        ("وزير الخارجية الأميركي", "2025-06-01", "USAGOV", "marco-rubio"),
        // Blinken left on 2025-01-20, Rubio was sworn in on 2025-01-21: nobody held it that day.
        ("وزير الخارجية الأمريكي", "2025-01-20", "USAGOV", nil),
        ("الرئيس الأمريكي", "2017-01-19", "USAGOV", "barack-obama"),
        ("الرئيس الأمريكي", "2017-01-20", "USAGOV", "donald-trump"),
        ("الرئيس الروسي", "2010-01-01", "RUSGOV", "dmitry-medvedev"),
        ("رئيس الوزراء الروسي", "2010-01-01", "RUSGOV", "vladimir-putin"),
        ("رئيس الوزراء العراقي", "2016-01-01", "IRQGOV", "haider-al-abadi"),
        ("رئيس الوزراء العراقي", "2022-10-26", "IRQGOV", "mustafa-al-kadhimi"),
        ("رئيس الوزراء العراقي", "2022-10-27", "IRQGOV", "mohammed-shia-al-sudani"),
        ("ولي العهد السعودي", "2020-01-01", "SAUGOV", "mohammed-bin-salman"),
        ("العاهل السعودي", "2016-01-01", "SAUGOV", "king-salman"),
        ("الرئيس الإيراني", "2022-01-01", "IRNGOV", "ebrahim-raisi"),
        ("رئيس الوزراء الإسرائيلي", "2021-06-13", "ISRGOV", "naftali-bennett"),
        ("رئيس الوزراء الإسرائيلي", "2022-08-01", "ISRGOV", "yair-lapid"),
        ("المستشار الألماني", "2023-01-01", "DEUGOV", "olaf-scholz"),
        ("المستشار الألماني", "2025-05-06", "DEUGOV", "friedrich-merz"),
        ("رئيس الوزراء البريطاني", "2023-01-01", "GBRGOV", "rishi-sunak"),
        ("رئيس الوزراء البريطاني", "2024-07-05", "GBRGOV", "keir-starmer"),
        // Egypt had no president between Mubarak and Morsi (the military council ruled).
        ("الرئيس المصري", "2012-01-01", "EGYGOV", nil),
        // An organisation's office: the holder is found by the organisation's code.
        ("الأمين العام لحلف الناتو", "2020-01-01", "IGOWSTNAT", "jens-stoltenberg"),
    ]

    @Test(arguments: holdersCases) func titleResolvesToTheHolderOfTheDate(_ mention: String, _ date: String, _ code: String, _ holder: String?) throws {
        let r = try #require(Self.resolver.resolve(mention, date: day(date)), "\(mention) @\(date): nothing resolved")
        #expect(r.code == code, "\(mention) @\(date): \(r.reason)")
        #expect(r.holder == holder, "\(mention) @\(date): holder \(r.holder ?? "nil") — \(r.reason)")
        #expect(r.person == nil)
        if holder == nil { #expect(r.reason.contains("no holder"), "\(r.reason)") }
    }

    /// Concurrent offices: the Saudi king was also prime minister until 2022-09-27, when the crown
    /// prince took the office while staying crown prince.
    @Test(arguments: [
        ("2023-01-01", "mohammed-bin-salman"), ("2022-09-27", "mohammed-bin-salman"), ("2022-09-26", "king-salman"),
        ("2016-05-01", "king-salman"), ("2010-05-01", "king-abdullah-of-saudi-arabia"),
    ])
    func saudiPrimeMinisterIsTheKingThenMBS(_ date: String, _ holder: String) throws {
        let r = try #require(Self.resolver.resolve("رئيس الوزراء السعودي", date: day(date)))
        #expect(r.code == "SAUGOV")
        #expect(r.holder == holder, "\(date): \(r.reason)")
    }

    // MARK: - the resolution itself

    @Test func countOfDatedCases() {
        let n =
            Self.syriaCases.count + Self.turkeyRussiaCases.count + Self.unitedStatesCases.count + Self.gulfIraqIranCases.count
            + Self.levantEgyptCases.count + Self.elsewhereCases.count + Self.organisationsCases.count + Self.holdersCases.count
        #expect(n >= 60)
    }

    @Test func titleReasonNamesTheEntriesAndTheHolder() throws {
        let r = try #require(Self.resolver.resolve("الرئيس السوري", date: day("2012-01-01")))
        #expect(r.office == "president")
        #expect(r.country == "SYR")
        #expect(r.role == "GOV")
        #expect(r.reason.contains("title president"), "\(r.reason)")
        #expect(r.reason.contains("nisba «السوري»"), "\(r.reason)")
        #expect(r.reason.contains("titles.lex:"), "\(r.reason)")
        #expect(r.reason.contains("→ SYRGOV"), "\(r.reason)")
        #expect(r.reason.contains("held by bashar-al-assad (people.lex:"), "\(r.reason)")
    }

    @Test func personReasonSaysWhichRoleHolds() throws {
        let r = try #require(Self.resolver.resolve("الشرع", date: day("2025-06-01")))
        #expect(r.personName == "أحمد الشرع")
        #expect(r.reason.contains("person ahmed-al-sharaa"), "\(r.reason)")
        #expect(r.reason.contains("farouk-al-sharaa"), "the shared name is said: \(r.reason)")
        #expect(r.reason.contains("holds SYRGOV (president) on 2025-06-01"), "\(r.reason)")
        #expect(r.holder == nil)
    }

    @Test func formerTitleIsEliteAndNamesNoHolder() throws {
        let r = try #require(Self.resolver.resolve("الرئيس السوري السابق", date: day("2025-06-01")))
        #expect(r.code == "SYRELI")
        #expect(r.holder == nil)
    }

    @Test func titleWithoutCountryHasNoHolder() throws {
        let r = try #require(Self.resolver.resolve("الرئيس", date: day("2020-01-01")))
        #expect(r.code == "GOV")
        #expect(r.holder == nil)
        #expect(r.reason.contains("no country"), "\(r.reason)")
    }

    @Test func withoutADatePeopleTakeTheirLatestRole() throws {
        let r = try #require(Self.resolver.resolve("بشار الأسد", date: nil))
        #expect(r.code == "SYRELI")
        #expect(r.date == nil)
        // A shared short form without a date: the person with the latest role.
        #expect(Self.resolver.resolve("الشرع", date: nil)?.person == "ahmed-al-sharaa")
    }

    @Test func onlyTheFirstActorIsResolvedAndMatchedSaysWhich() throws {
        let r = try #require(Self.resolver.resolve("الكرملين والبيت الأبيض", date: day("2020-01-01")))
        #expect(r.code == "RUSGOV")
        #expect(r.matched == "الكرملين")
    }

    @Test func nothingResolvesToNil() {
        #expect(Self.resolver.resolve("كلام عادي بلا فاعل", date: day("2020-01-01")) == nil)
        #expect(Self.resolver.resolve("", date: nil) == nil)
        // A nisba alone qualifies an actor; it is not one.
        #expect(Self.resolver.resolve("السوري", date: nil) == nil)
    }

    @Test func jsonLineKeepsTheContractOrder() throws {
        let r = try #require(Self.resolver.resolve("الرئيس السوري", date: day("2012-01-01")))
        let line = r.jsonLine
        #expect(!line.contains("\n"))
        let keys = ["mention", "date", "code", "country", "role", "person", "reason", "office", "holder"]
        var last = line.startIndex
        for k in keys {
            let range = try #require(line.range(of: "\"\(k)\":", range: last..<line.endIndex), "\(k) missing or out of order in \(line)")
            last = range.upperBound
        }
        #expect(line.contains(#""person":null"#))
        #expect(line.contains(#""holder":"bashar-al-assad""#))
    }

    @Test func codableRoundTrip() throws {
        let r = try #require(Self.resolver.resolve("بشار الأسد", date: day("2012-01-01")))
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(ActorResolution.self, from: data) == r)
    }

    /// The coder uses the same date rule for shared names: «الشرع» in 2025 is the president, not
    /// the former vice-president.
    @Test func coderPicksTheSharedNameByDateToo() {
        let events = builtInCoder.code(text: "استقبل الشرع وزير الخارجية التركي في دمشق.", date: day("2025-06-01"))
        #expect(events.contains { $0.source?.code == "SYRGOV" }, "\(summary(events))")
        #expect(!events.contains { $0.source?.code == "SYRELI" }, "\(summary(events))")
    }
}

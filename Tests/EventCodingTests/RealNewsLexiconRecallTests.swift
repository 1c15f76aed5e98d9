import ArabicText
import EventCoding
import Testing

/// Recall on real news by lexicon patterns (issue 13, stop 24): real corpus sentences (SaudiNewsNet)
/// whose events the coder missed, coded with the built-in lexicon and the shipped gates. Each pattern
/// was kept for the development corpus events it adds (docs/decisions.md, "recall by lexicon").
@Suite struct RealNewsLexiconRecallTests {
    static let published = day("2015-08-01")

    static func expect(_ text: String, _ gold: Gold, sourceLocation: SourceLocation = #_sourceLocation) {
        let e = builtInCoder.code(text: text, date: published)
        #expect(e.contains(where: gold.matches), "\(text)\n expected \(gold)\n got \(summary(e))", sourceLocation: sourceLocation)
    }

    static func expectNot(_ text: String, _ gold: Gold, sourceLocation: SourceLocation = #_sourceLocation) {
        let e = builtInCoder.code(text: text, date: published)
        #expect(!e.contains(where: gold.matches), "\(text)\n did not expect \(gold)\n got \(summary(e))", sourceLocation: sourceLocation)
    }

    /// «إنفاذا لتوجيهات خادم الحرمين … بتقديم مساعدات عاجلة للشعب اليمني»: the masdar of giving aid,
    /// under a directive, is the aid the state gives; without one it is often an aim or a topic.
    @Test func aidGivenUnderADirective() {
        Self.expect(
            "وأوضح المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن هذه المساعدات تأتي إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله-، بتقديم مساعدات عاجلة للشعب اليمني الشقيق.",
            Gold("073", "SAUGOV", "YEMCVL"))
        Self.expectNot(
            "وأضاف الصباغ، أن المعوق الأساسي في تقديم المساعدات لليمن هو الهجوم الذي تشنه قوات المخلوع وميليشيات الحوثي.",
            Gold("073", "*", "*"))
    }

    /// A stage of a relief programme among refugees is aid to them.
    @Test func aReliefProgrammeForRefugees() {
        Self.expect(
            "أنهت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا المرحلة الحادية عشرة من البرنامج الطبي «نمو بصحة وأمان» الذي انطلق منتصف العام الماضي في مخيم الزعتري للاجئين السوريين.",
            Gold("073", "SAUGOV", "SYRREF"))
        Self.expectNot(
            "أنهى المنتخب السعودي المرحلة الأولى من معسكره الإعدادي في النمسا.",
            Gold("073", "*", "*"))
    }

    /// «قام بالاتصال ب…» is a call.
    @Test func madeACall() {
        Self.expect(
            "وبعد زيارة رئيس الوزراء الإسرائيلي للمستشفى قام بالاتصال بقادة فلسطينيين وتحدث معهم بإسهاب عما جرى.",
            Gold("041", "ISRGOV", "PSE"))
    }

    /// Warplanes handed over are military aid (072); the one who receives is the object or after إلى.
    @Test func warplanesDelivered() {
        Self.expect(
            "أعلنت السفارة الأمريكية بالقاهرة أمس في بيان لها أن الولايات المتحدة ستسلم مصر ثماني طائرات (F-16) إلى القاعدة الجوية غرب القاهرة.",
            Gold("072", "USA", "EGY"))
        Self.expect("فرنسا تسلم مصر أول دفعة من طائرات رافال", Gold("072", "FRA", "EGY"))
    }

    /// «المملكة حريصة على تطوير علاقاتها مع إيران»: keenness on ties is an intent to cooperate (030).
    @Test func keenOnTies() {
        Self.expect(
            "أكد وزير الخارجية عادل الجبير أن المملكة العربية السعودية حريصة على تطوير علاقاتها بشكل جيد مع إيران شرط أن تغير إيران سياستها.",
            Gold("030", "SAUGOV", "IRN"))
        Self.expectNot(
            "وأكد أمين العاصمة المقدسة الدكتور أسامة بن فضل البار أن الأمانة حريصة على تطوير الخدمات المختلفة.",
            Gold("030", "*", "*"))
    }

    /// «أكد دعم الولايات المتحدة لمصر»: support affirmed (051), the supported after ل.
    @Test func supportAffirmed() {
        Self.expect(
            "وأكد كيري دعم الولايات المتحدة لمصر في حربها على الإرهاب، والخطوات التي اتخذتها لتحسين أوضاع الاقتصاد.",
            Gold("051", "USA", "EGY"))
        Self.expect(
            "تحفظت قطر على موقف جامعة الدول العربية التي استنكرت القصف التركي في شمال العراق، مؤكدة دعمها الكامل لتركيا.",
            Gold("051", "QAT", "TUR"))
    }

    /// «بدأ كيري نهاره بلقاء …»، «يقوم وزير الدفاع بزيارة …»: the subject of a verb that opens a
    /// meeting or a visit is who meets or visits (light verbs).
    @Test func verbsThatOpenAMeetingOrAVisit() {
        Self.expect(
            "بدأ كيري نهاره بلقاء نظيره السعودي عادل الجبير وأمير قطر، قبل الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي.",
            Gold("040", "USAGOV", "SAUGOV"))
        Self.expect("وزير الدفاع الأمريكي يقوم بزيارة مفاجئة للعراق", Gold("042", "USAGOV", "IRQ"))
    }

    /// A relief centre's flights home for stranded nationals are aid (073).
    @Test func strandedNationalsBroughtHome() {
        Self.expect(
            "مركز الملك سلمان للإغاثة والأعمال الإنسانية يعيد 120 يمنيًا عالقين إلى الجمهورية اليمنية وصلوا عبر مطاري عدن وسيئون.",
            Gold("073", "SAUGOV", "YEM"))
    }
}

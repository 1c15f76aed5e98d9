import ArabicText
import EventCoding
import Testing

/// Recall on real news by small code mechanisms (issue 13, stop 23): real corpus sentences
/// (SaudiNewsNet) whose events the coder missed or coded with the wrong roles. Coded with the
/// built-in lexicon and without the gate (the rules alone).
@Suite struct RealNewsCodeRecallTests {
    static let coder = EventCoder(lexicon: builtInCoder.lexicon, gates: [:])
    static let published = day("2015-08-01")

    static func events(_ text: String, date: CalendarDay? = published) -> [Event] { coder.code(text: text, date: date) }

    static func expect(_ text: String, _ gold: Gold, sourceLocation: SourceLocation = #_sourceLocation) {
        let e = events(text)
        #expect(e.contains(where: gold.matches), "\(text)\n expected \(gold)\n got \(summary(e))", sourceLocation: sourceLocation)
    }

    static func expectNot(_ text: String, _ gold: Gold, sourceLocation: SourceLocation = #_sourceLocation) {
        let e = events(text)
        #expect(!e.contains(where: gold.matches), "\(text)\n did not expect \(gold)\n got \(summary(e))", sourceLocation: sourceLocation)
    }

    /// «عبر … عن»: the verb عبر عن, whose subject is the actor after it, not the preposition «via».
    @Test func abaraWithItsComplementIsTheVerb() {
        Self.expect(
            "من جانبه عبر وزير الخارجية الألماني عن حرص الحكومة الألمانية على توثيق علاقاتها مع المملكة العربية السعودية الشريك الاستراتيجي المهم بمنطقة الشرق الأوسط والعالم الإسلامي.",
            Gold("030", "DEUGOV", "SAU"))
        // (A rank before a name is no brigade: «اللواء الصقير» of the border guards is not SAUMIL.)
        Self.expectNot(
            "من جهته، عبر اللواء الصقير عن شكره وتقديره لمدير عام حرس الحدود على اهتمامه وحرصه على مشاركة أبنائه منسوبي حرس الحدود بمنطقة تبوك.",
            Gold("051", "SAUMIL", "*"))
    }

    /// A condemned attack past the source's apposition, or named by a noun with no trigger of its own:
    /// its target is who carried it out, UAF when the story does not say.
    @Test func aCondemnedAttackPastTheApposition() {
        Self.expect(
            "استنكر القنصل العام للمملكة العربية السعودية في لوس انجلوس السفير الدكتور فيصل بالسديري العمل الإرهابي الدنيء الذي استهدف مسجد قوات الطوارىء الخاصة في منطقة عسير وأسفر عن ازهاق أرواح بريئة نذرت نفسها للدفاع عن المقدسات والوطن والمواطن.",
            Gold("111", "SAUGOV", "UAF"))
        Self.expect(
            "وقال المتحدث باسم وزارة الخارجية الأميركية مارك تونر في الإيجاز الصحفي اليومي: إن الولايات المتحدة الأميركية تستنكر هذا العمل الإجرامي، معربة عن خالص التعازي وصادق المواساة لأسر الضحايا وذويهم.",
            Gold("111", "USA", "UAF"))
        // (Who a verb of carrying out names is the target.)
        Self.expect(
            "استنكر مفتي مصر الدكتور شوقي علام بشدة الجريمة الإرهابية الوحشية التي ارتكبها مستوطنون إسرائيليون بحرق طفل فلسطيني بعدما أضرموا النار في منزل ذويه.",
            Gold("111", "EGYREL", "ISRCVL"))
    }

    /// The source's own state before a condemned act is who speaks; the act's nisba is the target.
    @Test func ownStateBeforeACondemnedActSpeaks() {
        Self.expect(
            "أكدت الخارجية المصرية مجددًا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية للدول العربية، مطالبة بضرورة الالتزام بسياسة حسن الجوار.",
            Gold("111", "EGYGOV", "IRN"))
    }

    /// What is said «خلاله» during a call was said by the caller.
    @Test func saidDuringACallBelongsToTheCaller() {
        Self.expect(
            "وتلقى خادم الحرمين -حفظه الله-، اتصالاً هاتفياً من فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.",
            Gold("051", "FRAGOV", "SAUGOV"))
        // (The one who received the call said nothing.)
        Self.expectNot(
            "وتلقى خادم الحرمين -حفظه الله-، اتصالاً هاتفياً من فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.",
            Gold("051", "SAUGOV", "SAUGOV"))
    }

    /// A received call or message in construct names its sender.
    @Test func aReceivedMessageInConstructNamesItsSender() {
        Self.expect("نائب خادم الحرمين تلقى تعازي ملك المغرب في ضحايا تفجير عسير", Gold("018", "MARGOV", "SAUGOV"))
        Self.expect("تلقى الأمير محمد بن سلمان اتصال الرئيس الفرنسي", Gold("041", "FRAGOV", "SAUGOV"))
    }
}

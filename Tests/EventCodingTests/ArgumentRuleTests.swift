import ArabicText
import EventCoding
import Testing

/// Each argument rule (Sources/EventCoding/Rules) on sentences written for these tests: the rule
/// named in `--explain` set the role it says, and the event is the one an expert codes. Coded
/// without the learned gate, so that the rules alone are tested.
@Suite struct ArgumentRuleTests {
    static let coder = EventCoder(lexicon: builtInCoder.lexicon, gates: [:])
    static let published = day("2015-08-01")

    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var gold: Gold
        /// Which role the rule sets: "source", "target" or "both".
        var role: String
        var testDescription: String { "\(rule): \(gold)" }
    }

    static let cases: [Case] = [
        Case(
            rule: "instrument-nisba-agent", text: "قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش.",
            gold: Gold("19", "USAMIL", "AFGMIL"),
            role: "source"),
        Case(
            rule: "count-before-verb", text: "وقال بيان للجيش إن جنديين عراقيين قتلا وأصيب اثنان آخران قرب الفلوجة.", gold: Gold("190", nil, "IRQMIL"),
            role: "target"),
        Case(rule: "verb-frame", text: "اغتال مسلحون مجهولون ضابطاً في الجيش العراقي في بغداد أمس.", gold: Gold("186", "UAF", "*"), role: "source"),
        Case(
            rule: "pro-drop", text: "استقبل وزير الخارجية الأردني نظيره المصري في عمّان أمس، وبحث معه العلاقات بين البلدين.",
            gold: Gold("040", "JORGOV", "EGYGOV"), role: "source"),
        Case(
            rule: "complementiser-pronoun", text: "أكد الجيش الإسرائيلي أنه قتل ثلاثة مسلحين فلسطينيين في غزة.", gold: Gold("190", "ISRMIL", "PSE"),
            role: "both"),
        Case(rule: "condemned-act-nisba", text: "أدانت روسيا الضربات الأميركية على سوريا.", gold: Gold("111", "RUS", "USA"), role: "target"),
        Case(rule: "violent-object-nisba", text: "قصفت الطائرات الإسرائيلية المنطقة السورية فجر اليوم.", gold: Gold("19", "ISRMIL", "SYR"), role: "target"),
        Case(
            rule: "suffer-frame", text: "تعرض مسؤول في وزارة الداخلية العراقية، هو مدير الشرطة في المدينة، للخطف على أيدي مسلحين في بغداد.",
            gold: Gold("181", "UAF", "IRQGOV"), role: "target"),
        Case(rule: "attack-nisba-agent", text: "استمرت الغارات الإسرائيلية على غزة أمس.", gold: Gold("195", "ISRMIL", "PSE"), role: "source"),
        Case(rule: "light-verb-subject", text: "قامت دبابة إسرائيلية بقصف منزل في غزة.", gold: Gold("19", "ISRMIL", "*"), role: "source"),
        Case(rule: "symmetric-split", text: "اتفقت السعودية وإيران على استئناف العلاقات.", gold: Gold("03", "SAU", "IRN"), role: "both"),
        Case(rule: "symmetric-between", text: "وقعت في القاهرة أمس اتفاقية بين مصر والأردن.", gold: Gold("057", "EGY", "JOR"), role: "both"),
        Case(
            rule: "received-call", text: "وبحث وزير الخارجية القطري خلال اتصال هاتفي تلقاه من وزير الخارجية العراقي العلاقات بين البلدين.",
            gold: Gold("041", "IRQGOV", "QATGOV"), role: "both"),
        Case(rule: "instrument-nisba-agent", text: "قتل ثلاثة مدنيين في غارة إسرائيلية على غزة.", gold: Gold("190", "ISRMIL", "PSECVL"), role: "source"),
        Case(rule: "civilians-are-victims", text: "قتل 13 عراقياً في بغداد أمس.", gold: Gold("190", nil, "IRQCVL"), role: "target"),
        Case(rule: "count-after-verb", text: "قتل ثلاثة جنود سوريين في هجوم على حاجز قرب حلب.", gold: Gold("190", nil, "SYRMIL"), role: "target"),
        Case(rule: "subject-is-target", text: "تعرض الجيش اللبناني لهجوم في طرابلس.", gold: Gold("190", nil, "LBNMIL"), role: "target"),
        Case(rule: "agent-phrase", text: "60 شخصاً قتلوا في هجوم انتحاري نفذه مسلحون من طالبان.", gold: Gold("1831", "AFGREB", "*"), role: "source"),
        Case(
            rule: "object-owner", text: "استهدف هجوم انتحاري في كابول أمس موكباً لسفارة الولايات المتحدة.", gold: Gold("1831", "UAF", "USAGOV"), role: "target"),
        Case(rule: "carried-victims", text: "انفجرت عبوة ناسفة لدى مرور حافلة تقل جنوداً عراقيين في الموصل.", gold: Gold("183", nil, "IRQ"), role: "target"),
        Case(
            rule: "protest-addressee", text: "تظاهر مئات الفلسطينيين في رام الله مطالبين برحيل الحكومة الإسرائيلية.", gold: Gold("14", "PSE", "ISRGOV"),
            role: "target"),
        Case(rule: "target-from-place", text: "انفجرت عبوة ناسفة في الموصل أمس.", gold: Gold("183", nil, "IRQ"), role: "target"),
        Case(rule: "source-from-place", text: "أضرب العرب في إسرائيل أمس احتجاجاً على القانون.", gold: Gold("143", "ISRCVL", nil), role: "source"),
        Case(rule: "inferred-visit", text: "التقى الرئيس الروسي الرئيس السوري في موسكو أمس.", gold: Gold("042", "SYRGOV", "RUS"), role: "both"),
    ]

    /// (Read with ``EventCoder/detect(text:date:)``: the roles are the rules' whether or not the
    /// event is emitted; one with no actor but the place is found and not emitted.)
    @Test(arguments: cases) func ruleSetsTheRole(_ c: Case) {
        let events = Self.coder.detect(text: c.text, date: Self.published)
        let hit = events.first(where: c.gold.matches)
        #expect(hit != nil, "\(c.text)\n expected \(c.gold)\n got \(summary(events))")
        guard let e = hit else { return }
        if c.role != "target" { #expect(e.evidence.sourceRule == c.rule, "source set by \(e.evidence.sourceRule ?? "-"): \(summary([e]))") }
        if c.role != "source" { #expect(e.evidence.targetRule == c.rule, "target set by \(e.evidence.targetRule ?? "-"): \(summary([e]))") }
    }

    /// The rule of a role is said in `--explain` (`evidence.rules`), and a role not set has none.
    @Test func explainNamesTheRules() {
        // (Found, not emitted: fighting with no one named who fought.)
        let e = Self.coder.detect(text: "قتل 13 عراقياً في بغداد أمس.", date: Self.published).first
        let line = e.map { EventJSON.line($0, explain: true) } ?? ""
        #expect(line.contains(#""rules":{"source":null,"target":"civilians-are-victims"}"#), "\(line)")
    }

    /// A cue word that decided a role is cited by file and line, like every other lexicon entry.
    @Test func cueWordsAreCitedByFileAndLine() throws {
        let e = try #require(
            Self.coder.code(text: "انفجرت عبوة ناسفة لدى مرور حافلة تقل جنوداً عراقيين في الموصل.", date: Self.published).first)
        #expect(e.evidence.entries.contains { $0.hasPrefix("cues.lex:") }, "\(e.evidence.entries)")
    }

    /// "أضرب العرب احتجاجاً على رفض القضاء الإسرائيلي": whom a protest is against, named after its
    /// demand, is not its subject.
    @Test func aProtestDemandIsNotItsSubject() {
        let events = Self.coder.code(text: "تظاهر آلاف الطلاب في القاهرة أمس مطالبين الحكومة المصرية بالإصلاح.", date: Self.published)
        #expect(events.contains { $0.root == "14" && $0.source?.code != "EGYGOV" && $0.target?.code == "EGYGOV" }, "\(summary(events))")
    }
}

import Lexicon

/// The source and target of one trigger as the argument rules build them, with what each rule
/// left for the next and the rule that last set each role.
struct Arguments {
    var source: [FoundActor] = [] {
        didSet {
            if !Arguments.same(oldValue, source) {
                sourceRule = rule
                steps.append((rule, true, source))
            }
        }
    }
    var target: [FoundActor] = [] {
        didSet {
            if !Arguments.same(oldValue, target) {
                targetRule = rule
                steps.append((rule, false, target))
            }
        }
    }
    /// Every change of a role, in order: the rule, whether it was the source, and the new value
    /// (`trace` shows how the roles came to be, for a dropped trigger too).
    private(set) var steps: [(rule: String, source: Bool, value: [FoundActor])] = []
    /// The source was carried over from an earlier clause (pro-drop, the reporter), not named for
    /// this trigger.
    var sourceFromContext = false
    /// A role taken from the place where the act happened (flags `target-from-place`,
    /// `source-from-place`).
    var targetFromPlace = false
    var sourceFromPlace = false

    /// The verb's subject candidate before it and its first bare mention after it (active verbs).
    var subjectBefore: [FoundActor]?
    var mentionAfter: [FoundActor]?
    /// The violent verb stands right after a violent verbal noun (هجوم إرهابي استهدف): a relative
    /// clause on the noun (its tokens here), whose subject the noun is; the mention before the
    /// noun is not the verb's subject.
    var relativeNoun: Range<Int>?
    /// The frame read the roles already (the complementiser's pronoun, the subject of تعرض).
    var framed = false
    var suffered = false
    /// The subject is known to be none named in the sentence (a participle of state describing a
    /// reporter who was not named): no earlier subject carries over.
    var noCarryOver = false
    /// The subject is the two sides («الجانبان») and the sentence names no two states: the last two
    /// parties of the article are they (set after the rules, as a carried subject is).
    var sidesFromArticle = false

    /// The rule running now, and the rules that last changed each role.
    var rule = ""
    private(set) var sourceRule: String?
    private(set) var targetRule: String?
    /// Cue entries (`file:line`) that decided a role.
    var citations: [String] = []

    /// Sets a role under a more specific name than the running rule's (a case of the rule).
    mutating func setTarget(_ t: [FoundActor], by name: String) {
        let r = rule
        rule = name
        target = t
        rule = r
    }

    mutating func setSource(_ s: [FoundActor], by name: String) {
        let r = rule
        rule = name
        source = s
        rule = r
    }

    mutating func cite(_ location: String?) {
        if let location, !citations.contains(location) { citations.append(location) }
    }

    static func same(_ a: [FoundActor], _ b: [FoundActor]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.from == $1.from && $0.to == $1.to && $0.code == $1.code }
    }
}

/// One argument rule: reads the trigger's context and refines its source and target. Each is a
/// named repair of the default frames, applied in the order of ``ArgumentStage/rules``.
protocol ArgumentRule: Sendable {
    /// The name `--explain` gives for a role this rule set.
    var name: String { get }
    func apply(_ a: inout Arguments, _ c: TriggerContext)
}

import ArabicText
import Lexicon

/// The events of a trigger: one for each source and target (coordinated actors give several), an
/// actor never acting on itself; a meeting in one party's capital adds the visit (042, 043).
struct AssemblyStage: TriggerStage {
    let name = "assembly"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .actors, .modality, .arguments, .gateDecision, .eventDate, .eventPlace, .discourse]
    let writes: Set<PipelineSlot> = [.events, .discourse]

    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext) {
        guard let text = s.text else { return }
        let a = t.arguments
        s.discourse.covered.append((t.trigger.from, t.root))
        if !a.target.isEmpty { s.discourse.lastTarget = a.target }
        if t.code == "111", a.targetRule == CondemnedAttackAgent.ruleName, a.target.allSatisfy({ $0.namesSomeone && $0.role != "UAF" }) {
            s.discourse.lastCondemnedDoer = a.target
        }
        if t.code == "042", a.source.contains(where: \.namesSomeone) { s.discourse.lastVisitor = a.source }
        var flags = t.flags
        if a.targetFromPlace { flags.append(.targetFromPlace) }
        if a.sourceFromPlace { flags.append(.sourceFromPlace) }
        if Self.causeOfEarlierViolence(t, s, c, text) { t.unplaced = true }
        let maker = EventMaker(context: c, sentence: s, text: text)
        let srcs: [FoundActor?] = a.source.isEmpty ? [nil] : a.source
        let tgts: [FoundActor?] = a.target.isEmpty ? [nil] : a.target
        for sa in srcs {
            for ta in tgts {
                // An actor does not act on itself; two role-only mentions (CVL, UAF) are different
                // people, and so are two named agents of one state apart in the sentence (a region's
                // emir receives its governors: SAUGOV → SAUGOV).
                if let sa, let ta, sa.code == ta.code, sa.country != nil || ActorCode.isIGO(sa.code), !Self.twoAgents(sa, ta, s.tokens) { continue }
                guard var e = maker.event(code: t.code, t, source: sa, target: ta, flags: flags, rules: (a.sourceRule, a.targetRule)) else { continue }
                if let g = t.gateEntry { e.evidence.entries.append(g) }
                e.evidence.entries += a.citations
                // Two patterns of one code on one word (سيّر … شاحنات، سيّر … مساعدات) give one event.
                if s.events.contains(where: { Self.same($0, e) }) || s.backgroundEvents.contains(where: { Self.same($0, e) }) { continue }
                if t.unplaced {
                    s.unplacedEvents.append(e)
                } else if t.background && !c.keepBackground {
                    s.backgroundEvents.append(e)
                } else {
                    s.events.append(e)
                }
            }
        }
        if t.root == "04" && !t.future && !t.unplaced && (!t.background || c.keepBackground), let sa = a.source.first, let ta = a.target.first {
            s.events += visits(t, source: sa, target: ta, flags: flags, maker, s.actors)
        }
    }

    /// «قتل مسلحان من مليشيات الحوثي … في هجوم شنته المقاومة الشعبية»: a violence noun after a
    /// preposition, whose target is only the place, tells the cause of the violence an earlier
    /// verb of its sentence coded with whom it hit (and no other attacker): it is that incident, not
    /// another event (found for detection, not emitted).
    static func causeOfEarlierViolence(_ t: TriggerState, _ s: SentenceState, _ c: CodingContext, _ text: SentenceText) -> Bool {
        let a = t.arguments
        guard !t.trigger.isVerb, a.targetFromPlace, c.isViolent(t.pattern.code), t.trigger.from > 0 else { return false }
        // (In it or caused by it: «في هجوم»، «بانفجار»، «جراء قصف»; not what goes along, «وسط قصف».)
        let before = s.tokens[t.trigger.from - 1]
        guard [Particle.fi, Particle.bi].contains(t.trigger.analysis.attachedPreposition ?? before.normWord.text) || before.matches(c.cues[.causeCues])
        else { return false }
        // The earlier triggers of the dead and wounded (cue casualty-verbs, casualty-nouns), by where they start.
        let casualties = Set(
            s.discourse.covered.map(\.position).filter { p in
                p < t.trigger.from
                    && (s.tokens[p].matchesAnyReading(c.cues[.casualtyVerbs]) || s.tokens[p].matchesAnyReading(c.cues[.casualtyNouns]))
            }.map { text.text(s.tokens, $0, $0 + 1).1 })
        let own = Set(a.source.compactMap(\.country))
        return s.events.contains { e in
            ["18", "19", "20"].contains(e.root) && casualties.contains(e.trigger.start) && e.target != nil
                && !e.flags.contains(.targetFromPlace) && (own.isEmpty || e.source == nil || e.source?.country.map(own.contains) == true)
        }
    }

    /// One event said twice: the same code and trigger word, and actors of the same codes (two
    /// patterns on one word; «استقبل … وزير الخارجية المصري والوفد المرافق له»: the minister and
    /// his delegation are one EGYGOV).
    ///
    /// Also one act told by two words of its sentence: the same code, date and mentions of source
    /// and target («عبوة ناسفة انفجرت … ما أدى إلى مقتل ستة مدنيين»: the bomb and its blast;
    /// «نفذت القوات … عملية استهدفت … التنظيم»). Two arrests of two people stay two events.
    static func same(_ a: Event, _ b: Event) -> Bool {
        guard a.cameo == b.cameo, a.source?.code == b.source?.code, a.target?.code == b.target?.code else { return false }
        return a.trigger.start == b.trigger.start
            || (a.date == b.date && a.source?.start == b.source?.start && a.target?.start == b.target?.start && a.flags == b.flags)
    }

    /// Two mentions of agents (an office, a person, a body) of one state that are not one person
    /// and not one coordination group, nor a name and its title side by side (وزير التعليم د. عزام
    /// الدخيل): three words or more apart, or the later one after a preposition.
    static func twoAgents(_ a: FoundActor, _ b: FoundActor, _ toks: [TokenInfo]) -> Bool {
        let (first, second) = a.from < b.from ? (a, b) : (b, a)
        // (Two people known by name with a comma between: «هنأ الأمير جلوي …، خادم الحرمين».)
        guard second.from >= first.to else { return false }
        let commaBetween = a.person != nil && b.person != nil && (first.to..<second.from).contains { toks[$0].token.normIs(",") }
        guard second.prep != nil || second.from - first.to > 2 || commaBetween else { return false }
        return a.group != b.group && a.role != nil && b.role != nil && a.role != "CVL" && !a.placeLike && !b.placeLike
            && (a.person == nil || a.person != b.person) && (a.title != nil || a.person != nil) && (b.title != nil || b.person != nil)
    }

    /// A meeting held in the capital or a seat of power of one party is a visit by the other:
    /// the visitor's 042 to the host country and the host's 043.
    func visits(_ t: TriggerState, source: FoundActor, target: FoundActor, flags: [EventFlag], _ maker: EventMaker, _ actors: [FoundActor]) -> [Event] {
        guard t.pattern.code == "040" || t.pattern.code == "046" else { return [] }
        // The venue is a capital or a city («في جدة»، «بالدوحة») or a seat of power named for itself
        // («بالديوان الملكي»، «البيت الأبيض»). Not a state's name: «بحثا تطورات الأوضاع في اليمن»،
        // «العلاقات الثنائية بين لبنان والمملكة» name the topic (8 of the 16 meetings the corpus had
        // «in» a state were such); not a role noun whose state the sentence lent it («في الجانب
        // الدفاعي»: the side) or a person's title.
        func venue(_ x: FoundActor) -> Bool {
            guard x.prep == Particle.fi || x.prep == Particle.bi else { return false }
            if x.placeLike { return x.placeKey.map { $0.kind != .country } ?? false }
            return x.role == "GOV" && x.entries.count == 1 && !x.countryInferred && x.title == nil && x.person == nil
        }
        guard
            let place = actors.first(where: venue),
            let host = place.country, let sc = source.country, let tc = target.country, sc != tc
        else { return [] }
        let (visitor, hostActor) = host == sc ? (target, source) : host == tc ? (source, target) : (target, source)
        guard host == sc || host == tc else { return [] }
        var hostCountry = place
        hostCountry.code = host
        hostCountry.role = nil
        let rules = ("inferred-visit", "inferred-visit")
        return [
            maker.event(code: "042", t, source: visitor, target: hostCountry, flags: [.inferredVisit] + flags, rules: rules),
            maker.event(code: "043", t, source: hostActor, target: visitor, flags: [.inferredVisit] + flags, rules: rules),
        ].compactMap { $0 }
    }
}

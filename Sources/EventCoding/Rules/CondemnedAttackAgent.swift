import ArabicText
import Lexicon

/// «استنكرت باكستان الهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ»: what is condemned (111) is an
/// attack, and its target is who carried it out. The victims and the place named in the attack's
/// own phrase are not; when the story does not name the attacker (a nisba on the attack is read by
/// ``CondemnedActNisba``), the target is an unidentified armed actor (UAF), as the gold codes it.
///
/// The attack is a violent noun trigger, or a noun of an attack with no trigger of its own (cue
/// `condemned-act-nouns`: العمل الإجرامي), within three words after the verb or after the source
/// named after it and its apposition («استنكر القنصل العام … السفير فيصل بالسديري العمل الإرهابي»).
struct CondemnedAttackAgent: ArgumentRule {
    static let ruleName = "condemned-attack-agent"
    var name: String { Self.ruleName }

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (A source may be carried from the sentence before, after the rules, to a verb opening
        // its sentence: «وأدان معاليه … هذا العمل الإجرامي».)
        guard c.pat.code == "111", !a.source.isEmpty || c.trig.isVerb && (0..<c.trig.from).allSatisfy({ !c.toks[$0].isWord }),
            let attack = attackSpan(a, c)
        else { return }
        let sourceCodes = Set(a.source.map(\.code))
        // A target before the attack, or the attack's nisba (أدان الهجوم الإسرائيلي), stays; not the
        // source's own apposition (a bare mention of the source's code), nor what only completes the
        // source before the attack: a mention after a preposition («السفير الأمريكي لدى المملكة»،
        // «باسم أعضاء المجلس الأعلى للقضاء»), joined to it by و («نائب رئيس مجلس الأمة مبارك
        // الخرينج ورئيس لجنة الصداقة»), or in parentheses («الجامعة العربية (قطاع فلسطين)»).
        let apposition = a.target.allSatisfy { $0.to <= attack.lowerBound && $0.prep == nil && sourceCodes.contains($0.code) }
        let completesTheSource = a.target.allSatisfy { t in
            t.to <= attack.lowerBound && (t.prep != nil || t.coordinated || c.toks[t.from].firstReadingHasConjunction || c.clauses.inParen[t.from])
                && !a.source.contains { $0.group == t.group }
        }
        guard a.targetRule != CondemnedActNisba.name,
            a.target.isEmpty || apposition || completesTheSource || a.target.allSatisfy({ $0.from >= attack.upperBound })
        else { return }
        // «دانت … القصف التركي»: a nisba right after the attack (agreeing with it) names who did it
        // (not the source's own state, unless the source is no state's: the PKK's armed wing).
        if let (country, j) = c.nisbaStarting(in: attack.upperBound..<min(c.toks.count, attack.upperBound + 1)),
            j <= attack.upperBound + 1, CondemnedActNisba.definite(c.toks[j]) == CondemnedActNisba.definite(c.toks[attack.upperBound - 1]),
            !a.source.contains(where: { $0.country == country && !["REB", "INS", "OPP"].contains($0.role ?? "") })
        {
            // (Shelling, a strike: the state's military.)
            let military = c.triggers.contains { $0.from == attack.lowerBound && c.isViolentNoun($0) }
            a.setTarget([c.nisbaActor(country, at: j, role: military ? "MIL" : nil, group: -2)], by: CondemnedActNisba.name)
            return
        }
        // «جريمة المستوطنين»، «جريمة حرق مستوطنين إسرائيليين لرضيع»: the genitive of a crime
        // (cue agent-genitive-nouns), right after it or after its verbal noun, did it.
        // (A noun in construct has no article: «الهجوم الانتحاري» is an adjective.)
        if c.toks[attack.lowerBound].matchesAnyReading(c.cues[.agentGenitiveNouns]), !CondemnedActNisba.definite(c.toks[attack.lowerBound]),
            let doer = c.actors.first(where: { $0.from >= attack.upperBound && $0.from <= attack.upperBound + 1 && $0.prep == nil && !$0.placeLike })
        {
            a.target = c.group(doer.group)
            return
        }
        // An armed group named in the attack's phrase («الذي تبناه تنظيم داعش»), or whoever a verb of
        // carrying it out names («التي نفذها مستوطنون إسرائيليون»), carried it out.
        if let group = c.after.first(where: { $0.from >= attack.upperBound && ($0.code.hasPrefix("IMG") || $0.role == "REB" || $0.role == "INS") })
            ?? c.actors.first(where: {
                $0.from > attack.upperBound && $0.prep == nil && c.words(from: attack.upperBound, to: $0.from) <= 4 && c.agentCueAt($0.from - 1)
            })
            // (Past a partitive: «التي ارتكبتها قطعان من المستوطنين الإسرائيليين».)
            ?? c.actors.first(where: {
                $0.from > attack.upperBound + 2 && $0.prep == Particle.min && c.words(from: attack.upperBound, to: $0.from) <= 6
                    && c.agentCueAt($0.from - 3) && c.toks[$0.from - 2].isWord && !c.actorTokens.contains($0.from - 2)
            })
        {
            a.target = c.group(group.group)
            return
        }
        // «الجريمة البشعة التي أدت إلى استشهاد الطفل … إثر استهداف المستوطنين المتطرفين لمنزلهم»:
        // later in the sentence, the genitive of a verbal noun of the act with its object after it
        // in لـ, right after it or its adjective (agent-genitive-masdars), did it.
        // (Its nisba, a mention of its own, is part of it: «استهداف مستوطنون إسرائيليون لمنزلهم».)
        if let doer = c.actors.first(where: { m in
            let end = c.actors.first(where: { $0.from == m.to && $0.country == m.country && $0.to == m.to + 1 })?.to ?? m.to
            return m.from > attack.upperBound && m.prep == nil && !m.placeLike && m.namesSomeone && !sourceCodes.contains(m.code)
                && c.toks[m.from - 1].matchesAnyReading(c.cues[.agentGenitiveMasdars]) && !c.actorTokens.contains(m.from - 1)
                && (end..<min(c.toks.count, end + 2)).contains { k in
                    c.toks[k].analyses.contains { $0.attachedPreposition == Particle.li } && (k == end || c.toks[end].token.norm.startsWithArticle)
                }
        }) {
            a.target = c.group(doer.group)
            return
        }
        // «جريمة حرق الرضيع … على يد مستوطنين إسرائيليين»، «الهجوم … الذي أدى إلى مقتل طفل فلسطيني
        // حرقا بعدما أضرم مستوطنون إسرائيليون النار»: further on in the attack's own account — past
        // only violence, no other verb or noun of an event — whoever an agent cue names did it.
        if let doer = c.actors.first(where: { m in
            m.from > attack.upperBound && c.words(from: attack.upperBound, to: m.from) <= 16 && c.agentCueAt(m.from - 1) && m.namesSomeone
                && !m.placeLike && !sourceCodes.contains(m.code)
                && !c.triggers.contains { t in
                    t.from >= attack.upperBound && t.to < m.from && !coding(c, isViolent: t)
                }
                // (Nor past a clause of another matter: «أدانت العمل الإرهابي في الوقت الذي تقوم به
                // السلطة الفلسطينية بدعم منفذي العمليات».)
                && !(attack.upperBound..<m.from).contains { k in
                    c.toks[k].matches(c.cues[.contrastWords]) || ArgumentStage.phraseAt(c.cues[.contrastWords], c.toks, k)
                }
        }) {
            a.target = c.group(doer.group)
            return
        }
        // «دان … جريمة حرق الرضيع … على يد مستوطنين إسرائيليين، وقال: "ندين … جريمة حرق الرضيع
        // الإرهابية"»: an attack condemned again in the sentence with no doer of its own is the one
        // condemned before it, whose doer was named.
        let earlier = c.discourse.lastCondemnedDoer
        if !earlier.isEmpty, earlier.allSatisfy({ $0.to <= c.trig.from && !sourceCodes.contains($0.code) }) {
            a.target = earlier
            return
        }
        a.target = [
            FoundActor(
                from: attack.lowerBound, to: attack.upperBound, code: "UAF", country: nil, role: "UAF", prep: nil, group: -2,
                coordinated: false, placeLike: false, entries: [], title: nil, person: nil, personRoleReason: nil, former: false)
        ]
    }

    /// Whether a trigger is of violence (its code's root is violent).
    private func coding(_ c: TriggerContext, isViolent t: FoundTrigger) -> Bool {
        c.coding.isViolent(c.lexicon.events[t.pattern].code)
    }

    /// The tokens of the condemned attack, or nil.
    private func attackSpan(_ a: Arguments, _ c: TriggerContext) -> Range<Int>? {
        let sourceCodes = Set(a.source.map(\.code))
        // The condemned noun follows the verb, or the source named after it and its apposition.
        // (Or the words that licensed the verb: «أعربت دولة الكويت عن ادانتها واستنكارها الشديدين
        // لحادث التفجير الإرهابي».)
        var starts = [c.trig.to]
        if let after = c.trig.after { starts.append(after.upperBound) }
        // (The source's mentions up to the next verb, past the commas of a list: «أدانت … وأسبانيا،
        // والأمانة العامة لمجلس التعاون الخليجي، الجريمة البشعة».)
        let nextVerb = c.nextVerb
        let sourceGroups = Set(a.source.map(\.group))
        for m in c.actors where m.from >= c.trig.to && m.to <= nextVerb && m.prep == nil && (sourceCodes.contains(m.code) || sourceGroups.contains(m.group)) {
            starts.append(m.to)
        }
        // (and the chain of titles and names right after it, of any code: «شجب وزير العدل رئيس
        // المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني العمل الإرهابي»)
        for m in c.after where m.prep == nil && m.from >= (starts.max() ?? c.trig.to) && m.from <= (starts.max() ?? c.trig.to) + 1 {
            starts.append(m.to)
        }
        // (Or the first such noun before any other verb, past a name the lexicon does not know:
        // «استنكر وزير النقل م. عبدالله بن عبدالرحمن المقبل التفجير الإرهابي».)
        // (Past a long title and a name: «ندد معالي الرئيس العام لهيئة الأمر بالمعروف والنهي عن
        // المنكر الشيخ الدكتور عبدالرحمن بن عبدالله السند، بالتفجير الإرهابي». The word counts, which
        // skip date words, are taken once: for each start, the end of its first 4 words; for the
        // verb, of its first 17 — within which «words(from:to:)» is at most 3 and 16.)
        func past(_ from: Int, _ n: Int) -> Int {
            var count = 0
            var k = from
            while k < c.toks.count {
                if !c.dateTokens.contains(k) {
                    count += 1
                    if count > n { return k + 1 }
                }
                k += 1
            }
            return c.toks.count
        }
        let reach = starts.map { ($0, past($0, 3)) }
        let far = min(nextVerb, past(c.trig.to, 16))
        func near(_ k: Int) -> Bool { k < far || reach.contains { $0.0 <= k && k < $0.1 } }
        // (The first of a violent noun trigger and a noun of an attack: «العمل الإجرامي الذي نتج منه
        // استشهاد الرضيع … وإصابة والديه» is the act, not the wounding after it.)
        let violent = c.triggers.first(where: { $0.from >= c.trig.to && near($0.from) && c.isViolentNoun($0) }).map { $0.from..<$0.to }
        let nouns = c.cues[.condemnedActNouns]
        for k in c.trig.to..<min(c.toks.count, max(c.ce, (starts.max() ?? 0) + 4, nextVerb, violent?.lowerBound ?? 0)) where near(k) {
            if let v = violent, v.lowerBound <= k { return v }
            // (The first word with its preposition: «للاعتداء الآثم».)
            if let ph = nouns.phrases.first(where: { ph in
                k + ph.count <= c.toks.count
                    && ph.indices.allSatisfy { i in c.toks[k + i].normWord == ph[i] || i == 0 && Self.withPreposition(c.toks[k], ph[0]) }
            }) {
                return k..<(k + ph.count)
            }
            // (A word of its own: «الجريمة»، «الاعتداء».)
            if nouns.contains(c.toks[k].normWord) || nouns.words.contains(where: { Self.withPreposition(c.toks[k], $0) }) { return k..<(k + 1) }
        }
        return violent
    }

    /// Whether the token is the word with an attached preposition («للاعتداء» for «الاعتداء»).
    static func withPreposition(_ t: TokenInfo, _ w: Word) -> Bool {
        let text = w.text
        let bare = text.hasPrefix("ال") ? Word(String(text.dropFirst(2))) : w
        return t.analyses.contains { $0.attachedPreposition != nil && (Word($0.stem) == w || Word($0.stem) == bare) }
    }
}

import ArabicText
import Lexicon

/// A matched event trigger in a sentence.
struct FoundTrigger {
    let pattern: Int
    let from: Int
    let to: Int
    let isVerb: Bool
    let passive: Bool
    /// A verb whose ending carries its subject (قتلوا، يطالبون): what follows it is its object.
    var ownSubject = false
    /// A verb in the third person feminine singular (طالبت، تطالب): no man is its subject.
    var feminine = false
    let future: Bool
    /// A verb in the imperfect (يجري، يقوم): the present, or what is planned for the day.
    var present = false
    let analysis: CliticAnalysis
    /// The tokens of the `after:` words that licensed it, if any.
    let after: Range<Int>?
}

/// Finds verbal and nominal triggers and the cues around them (negation, hedges, cause frames).
struct TriggerFinder {
    let lexicon: Lexicon
    let cues: Cues
    let actorTokens: Set<Int>
    /// Whether a pattern's context is looked for before it past actors and marks: not for violence,
    /// whose context words are its effects (مقتل، سقوط) and, so far back, another clause's.
    let looksBackFar: (EventPattern) -> Bool
    /// `actorTokens` by token (asked for every word of every window).
    private let inActor: [Bool]
    /// The words and forms of the sentence's tokens that open an `after:` or `context:` phrase,
    /// for cheap rejection of such patterns (only their first words are asked for); built the
    /// first time a pattern with such words is tried (most sentences never need it).
    private let words: SentenceWords
    var sentenceWords: [Word] { words.openers }
    /// Whether a token opens an `after:` or `context:` phrase at all (most sentences have none):
    /// asked before the sentence's opener words.
    private let anyOpener: Bool

    private final class SentenceWords {
        let tokens: [TokenInfo]
        lazy var openers: [Word] = tokens.flatMap { $0.hasOpeners ? $0.readings.openers : [] }
        init(_ tokens: [TokenInfo]) { self.tokens = tokens }
    }

    init(lexicon: Lexicon, cues: Cues, actorTokens: Set<Int>, tokens: [TokenInfo], looksBackFar: @escaping (EventPattern) -> Bool = { _ in true }) {
        self.lexicon = lexicon
        self.cues = cues
        self.actorTokens = actorTokens
        self.looksBackFar = looksBackFar
        var inActor = [Bool](repeating: false, count: tokens.count)
        for t in actorTokens where t >= 0 && t < tokens.count { inActor[t] = true }
        self.inActor = inActor
        words = SentenceWords(tokens)
        anyOpener = tokens.contains(where: \.hasOpeners)
    }

    func find(_ toks: [TokenInfo]) -> [FoundTrigger] {
        var out: [FoundTrigger] = []
        // The words of an `after:` phrase that licensed a trigger (وجّه … دعوة) are that trigger's
        // complement: read there as a verb (دعوة normalises like دعاه) they are no trigger of their own.
        var complement = Set<Int>()
        var i = 0
        while i < toks.count {
            guard toks[i].isWord, !inActor[i] else {
                i += 1
                continue
            }
            var found = match(toks, at: i).filter { !($0.isVerb && complement.contains($0.from)) }
            // (What follows only drops triggers: a word with none, as most are, is passed at once.)
            if !found.isEmpty {
                // A word that is usually another word (فجراً "at dawn") is the trigger only when its
                // `after:` phrase follows right after it: «فجر نفسه» is no time of day.
                if toks[i].spelled(cues[.notTriggers]) { found = found.filter { $0.after?.lowerBound == i + 1 } }
                // «بمنطقة ارحب»، «مديرية صرواح»: a word right after a place noun in construct (cue
                // place-nouns, no article) is the place's name, never a verb.
                // (Not a counted one: «في 13 محافظة استهدفت» is a relative clause.)
                if i > 0, toks[i - 1].isWord, !toks[i - 1].token.norm.startsWithArticle, !(i > 1 && toks[i - 2].isCount),
                    toks[i - 1].readings.cuesOfAnyReading.contains(cues[.placeNouns].index),
                    zip(toks[i - 1].analyses, toks[i - 1].stems).contains(where: { !$0.hasArticle && $0.suffix.isEmpty && cues[.placeNouns].contains($1) })
                {
                    found = found.filter { !$0.isVerb }
                }
                // «الدكتور عبدالعزيز بن طالب»: a word right after a link of a chain of names (cue
                // patronymic-words) is a name.
                if i > 0, toks[i - 1].isWord, toks[i - 1].spelled(cues[.patronymicWords]) { found = [] }
            }
            if !found.isEmpty {
                out += found
                for t in found { if let span = t.after { complement.formUnion(span) } }
                i = found.map(\.to).max()!
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether the phrase (normalised words) starts at token j, allowing clitics on its first word.
    func phraseAt(_ words: [Word], _ toks: [TokenInfo], _ j: Int) -> Bool {
        guard j + words.count <= toks.count, let first = words.first else { return false }
        guard toks[j].normWord == first || toks[j].forms.contains(where: { $0.0 == first }) else { return false }
        for k in 1..<max(words.count, 1) where k < words.count {
            let t = toks[j + k]
            if t.normWord != words[k] && !t.forms.contains(where: { $0.0 == words[k] && $0.1.suffix.isEmpty }) { return false }
        }
        return true
    }

    /// Whether the token is a mark that sets off a parenthesis (a formula, a mention) inside an
    /// after-window: , - – — (compared by bytes, as marks with no decomposition).
    static func setsOff(_ t: Token) -> Bool { t.normIs(",") || t.normIs("-") || t.normIs("–") || t.normIs("—") }

    /// The tokens of the first `after:` phrase within `window` words of `from`; actor mentions in
    /// between (a long VSO subject) do not count against the window.
    ///
    /// Patterns are passed by index, and only the fields asked for are read: a copy of the whole
    /// pattern retained and released a dozen arrays at every verb and noun tried.
    func afterSpan(_ pattern: Int, _ toks: [TokenInfo], from: Int, window: Int) -> Range<Int>? {
        guard cues.readings.hasAfter[pattern] else { return nil }
        // (Asked of the sentence's few opening words, usually none, against the pattern's set.)
        guard anyOpener, sentenceWords.contains(where: cues.readings.afterOpeners[pattern].contains) else { return nil }
        let afterWords = lexicon.events[pattern].afterWords
        let openers = cues.readings.afterOpeners[pattern]
        var counted = 0
        var j = from - 1
        // (An "on behalf of" phrase — باسمه واسم شعب …، «، نيابة عن أعضاء النادي،» — is not
        // counted, nor the commas around it: up to six words from its first.)
        let behalf = cues[.behalfWords]
        var behalfLeft = 0
        var passedMark = false
        while counted < window {
            j += 1
            guard j < toks.count else { break }
            let t = toks[j]
            let comma = t.token.normIs(",")
            if t.matches(behalf) || comma && j + 1 < toks.count && toks[j + 1].matches(behalf) {
                behalfLeft = 6
            } else if behalfLeft > 0 {
                behalfLeft -= 1
                if comma {
                    behalfLeft = 0
                    continue
                }
                if t.token.kind == .punctuation && !t.token.normIs("\"") { break }
            } else if t.token.kind == .punctuation && !t.token.normIs("\"") {
                // (A comma or dash at a mention, a date or a formula — «تلقى خادم الحرمين -حفظه
                // الله-، اتصالاً» — sets it off and is passed; any other mark ends the window.)
                // («وكانت قد وصلت، أمس الجمعة، الطائرة الإغاثية»: right after the trigger too, before a
                // date or a mention.)
                guard Self.setsOff(t.token),
                    j > from && (inActor[j - 1] || passedMark) || j + 1 < toks.count && inActor[j + 1]
                else { break }
                passedMark = true
                continue
            } else if !inActor[j] {
                counted += 1
            }
            passedMark = false
            // (Only a word that opens one of the phrases is tried against them: of its spelling and
            // forms, the readings keep those that open any pattern's, usually none.)
            guard t.hasOpeners, t.readings.openers.contains(where: openers.contains) else { continue }
            // (The longest phrase that opens here: «عملية عسكرية جوية», not «عملية عسكرية».)
            var longest = 0
            for words in afterWords where words.count > longest && phraseAt(words, toks, j) { longest = words.count }
            if longest > 0 { return j..<(j + longest) }
        }
        return nil
    }

    /// «نقل صاحب السمو الأمير اللواء الركن تركي بن عبدالله … قائد لواء … بوزارة الحرس الوطني، تعازي
    /// القيادة»: past a long subject that opens right after the verb (a mention or an honorific),
    /// the press sets a comma before the object; an `after:` phrase right after that first comma
    /// licenses the verb. Not past another mark or a clause word, nor beyond 30 words.
    func objectAfterSubjectComma(_ pattern: Int, _ toks: [TokenInfo], verb i: Int) -> Range<Int>? {
        guard cues.readings.hasAfter[pattern], i + 1 < toks.count,
            inActor[i + 1] || toks[i + 1].spelled(cues[.honorifics])
                || cues[.honorifics].phrases.contains(where: { phraseAt($0, toks, i + 1) })
        else { return nil }
        var k = i + 1
        while k < min(toks.count - 1, i + 31) {
            let t = toks[k]
            if t.token.kind == .punctuation {
                guard t.token.normIs(",") else { return nil }
                var longest = 0
                for words in lexicon.events[pattern].afterWords where words.count > longest && phraseAt(words, toks, k + 1) { longest = words.count }
                return longest > 0 ? (k + 1)..<(k + 1 + longest) : nil
            }
            if !inActor[k] && t.spelled(cues[.clauseWords]) { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a `not-after:` phrase of the pattern follows right after the trigger.
    func notAfterMatch(_ pattern: Int, _ toks: [TokenInfo], from: Int) -> Bool {
        lexicon.events[pattern].notAfterWords.contains { phraseAt($0, toks, from) }
    }

    /// Whether a `not-before:` phrase of the pattern ends right before token `to`.
    func notBeforeMatch(_ pattern: Int, _ toks: [TokenInfo], to: Int) -> Bool {
        lexicon.events[pattern].notBeforeWords.contains { $0.count <= to && phraseAt($0, toks, to - $0.count) }
    }

    func contextMatch(_ pattern: Int, _ toks: [TokenInfo], from: Int, start: Int) -> Bool {
        guard cues.readings.hasContext[pattern] else { return true }
        // Cheap rejection: no context phrase's first word occurs anywhere in the sentence.
        guard anyOpener, sentenceWords.contains(where: cues.readings.contextOpeners[pattern].contains) else { return false }
        let contextWords = lexicon.events[pattern].contextWords
        let openers = cues.readings.contextOpeners[pattern]
        // (Only a word that opens one of the phrases is tried against them.)
        // (Of a word's spelling and forms, the readings keep those that open any pattern's phrase.)
        func opens(_ t: TokenInfo) -> Bool { t.hasOpeners && t.readings.openers.contains(where: openers.contains) }
        // Before it: three words, actors and marks not counted («استأنفت محكمة جنايات القاهرة،
        // السبت، محاكمة …»).
        var k = start
        var before = 0
        while k > 0 && before < 3 && looksBackFar(lexicon.events[pattern]) {
            k -= 1
            if toks[k].isWord && !inActor[k] { before += 1 }
        }
        for j in k..<start where opens(toks[j]) { for words in contextWords where phraseAt(words, toks, j) { return true } }
        // Later in the sentence (up to 20 words, actors and dates not counted), or just before.
        var counted = 0
        var j = max(0, from - 4) - 1
        while counted < 24 {
            j += 1
            guard j < toks.count else { break }
            if !inActor[j] { counted += 1 }
            guard opens(toks[j]) else { continue }
            for words in contextWords where phraseAt(words, toks, j) { return true }
        }
        return false
    }

    /// The reading of token `t` that splits a third-person pronoun suffix (ه، ها، هم، هما) off the
    /// stem of `a`, a whole-word reading (a noun listed with its pronoun), if the token has one. A
    /// final ه is a pronoun only when the text writes ه, not ة; «نا» is no pronoun here (the
    /// accusative «كمينا»).
    static func pronounReading(of a: CliticAnalysis, _ t: TokenInfo) -> CliticAnalysis? {
        t.analyses.first { b in
            b.suffix.hasPrefix("ه") && b.prefix == a.prefix && b.stem + b.suffix == a.stem && (b.suffix != "ه" || !t.token.text.hasSuffix("ة"))
        }
    }

    /// The roots of protest and violence, which the learned sentence gate screens.
    static let gatedRoots: Set<String> = ["14", "18", "19", "20"]

    func match(_ toks: [TokenInfo], at i: Int) -> [FoundTrigger] {
        // (The word's lexicon hits are memoised with its readings: most words have none, which the
        // token knows without reading its readings.)
        guard toks[i].hasTriggerHits else { return [] }
        let readings = toks[i].readings
        var candidates: [FoundTrigger] = []
        // (A preposition inside a mention is a name's, not the verb's: «والموالين لصالح شنوا».)
        let afterPrep = i > 0 && toks[i - 1].spelled(cues[.prepositions]) && !inActor[i - 1]
        // «أسفر قصف عشوائي للحوثيين … عن سقوط ضحايا»، «جرى تبادل»: right after a verb of result or
        // an auxiliary whose subject is a verbal noun, a verb form is that noun (its agent after it
        // in لـ or the genitive), not a verb with its subject after it.
        // (Not for protest and violence, whose learned gate was trained on the readings as they
        // stood: «أسفر قصف» reread moved the gate and cost more right events than it fixed.)
        let afterMasdarGovernor =
            i > 0 && !inActor[i - 1] && toks[i - 1].isWord
            && (toks[i - 1].spelled(cues[.resultWords]) || toks[i - 1].spelled(cues[.masdarAuxiliaries]))
            && !(readings.verbHits.contains { Self.gatedRoots.contains(String(lexicon.events[$0.1.pattern].code.prefix(2))) }
                || readings.nounHits.contains { Self.gatedRoots.contains(String(lexicon.events[$0.phrase.ref].code.prefix(2))) })
        // Verbs: conjunction, future س and subjunctive ل may be attached; no article.
        for (f, h) in readings.verbHits {
            let a = readings.forms[f].1
            // A verb whose complement is never its object (سيطر على، أعرب عن) takes no object
            // pronoun: «سيطرته»، «سيطرتهم» are the masdar with a possessive.
            if !a.suffix.isEmpty && !lexicon.events[h.pattern].targets.contains(.object) { continue }
            if !h.isWritten(in: toks[i].token.text) { continue }
            if notAfterMatch(h.pattern, toks, from: i + 1) || notBeforeMatch(h.pattern, toks, to: i) { continue }
            let aft = afterSpan(h.pattern, toks, from: i + 1, window: 5) ?? objectAfterSubjectComma(h.pattern, toks, verb: i)
            if aft == nil && cues.readings.hasAfter[h.pattern] { continue }
            if !contextMatch(h.pattern, toks, from: i + 1, start: i) { continue }
            let future = a.hasFuture || i > 0 && toks[i - 1].spelled(cues[.futureParticles])
            candidates.append(
                FoundTrigger(
                    pattern: h.pattern, from: i, to: i + 1, isVerb: true, passive: h.passive, ownSubject: h.ownSubject, feminine: h.feminine, future: future,
                    present: h.tense == .present, analysis: a, after: aft))
        }
        // Verbal nouns.
        var nouns: [FoundTrigger] = []
        for hit in readings.nounHits {
            let n = hit.count
            guard i + n <= toks.count else { continue }
            // (The second word's fingerprint first, against the next token and its forms.)
            if n > 1 && toks[i + 1].normWord.fingerprint != hit.second && !toks[i + 1].forms.contains(where: { $0.0.fingerprint == hit.second }) {
                continue
            }
            var a = readings.forms[hit.form].1
            if n > 1 && !a.suffix.isEmpty { continue }
            // «ووقوفها»، «شكره» written whole in the lexicon: the noun still carries its pronoun
            // (whose antecedent is the noun's agent), unless the final ه is a written ة.
            if n == 1, a.suffix.isEmpty, let b = Self.pronounReading(of: a, toks[i]) { a = b }
            let ph = hit.phrase
            var ok = true
            for k in 1..<max(n, 1) where k < n {
                let t = toks[i + k]
                if t.normWord != ph.words[k] && !t.forms.contains(where: { $0.0 == ph.words[k] }) {
                    ok = false
                    break
                }
            }
            guard ok else { continue }
            // A noun with the suffix ـي is a nisba adjective in news (اجتماعي "social", not
            // اجتماع "meeting" + "my").
            if a.suffix == Particle.firstPersonSuffix { continue }
            if notAfterMatch(ph.ref, toks, from: i + n) || notBeforeMatch(ph.ref, toks, to: i) { continue }
            let aft = afterSpan(ph.ref, toks, from: i + n, window: 5)
            if aft == nil && cues.readings.hasAfter[ph.ref] { continue }
            if !contextMatch(ph.ref, toks, from: i + n, start: i) { continue }
            // («سيتم بحثه عندما يزور …»: the noun of a future auxiliary is the plan's.)
            let future = afterMasdarGovernor && toks[i - 1].spelled(cues[.futureParticles])
            nouns.append(FoundTrigger(pattern: ph.ref, from: i, to: i + n, isVerb: false, passive: false, future: future, analysis: a, after: aft))
        }
        // A verb form right after a preposition is a verbal noun ("اتفقا على عقد قمة"): it is the
        // object of what came before, not an act of its own.
        if afterPrep || afterMasdarGovernor && !nouns.isEmpty {
            candidates = candidates.map {
                FoundTrigger(
                    pattern: $0.pattern, from: $0.from, to: $0.to, isVerb: false, passive: false, future: false, analysis: $0.analysis, after: $0.after)
            }
        }
        // A word read both ways: the noun reading wins after a preposition or with the article.
        let nounFirst = afterPrep || afterMasdarGovernor || nouns.contains { $0.analysis.hasArticle || $0.analysis.attachedPreposition != nil }
        var chosen = nounFirst && !nouns.isEmpty ? nouns : (candidates.isEmpty ? nouns : candidates)
        // Specific patterns outrank general ones on the same word: a `context:` match beats an
        // `after:` match, which beats a bare pattern (اتفق … التعاون العسكري → 0312, not 030).
        // (And an `after:` word matched as written beats one matched through a clitic reading:
        // «استدعت البحرين سفيرها» recalls its own envoy (161, «سفيرها»), it summons no «سفير» (114).)
        // (Asked only between rivals: a pattern's words are read by index, not copied, at every word.)
        let rivals = chosen.count > 1
        func specificity(_ t: FoundTrigger) -> Int {
            let exact =
                rivals && t.after.map { a in lexicon.events[t.pattern].afterWords.contains { $0.first == toks[a.lowerBound].normWord } } ?? false
            return (cues.readings.hasContext[t.pattern] ? 4 : 0) + (cues.readings.hasAfter[t.pattern] ? 2 : 0) + (exact ? 1 : 0)
        }
        if rivals, let top = chosen.map(specificity).max() { chosen = chosen.filter { specificity($0) == top } }
        // (Between two `after:` matches, the longer phrase is the more specific: «أطلقت أنقرة عملية
        // عسكرية جوية» is an air campaign (195), not only a military operation (190).)
        if chosen.count > 1, let longest = chosen.compactMap({ $0.after?.count }).max() {
            chosen = chosen.filter { $0.after.map { $0.count == longest } ?? true }
        }
        // Keep the longest noun phrase only, and one trigger per pattern.
        let maxTo = chosen.map(\.to).max() ?? 0
        chosen = chosen.filter { $0.isVerb || $0.to == maxTo }
        var seen = Set<Int>()
        return chosen.filter { seen.insert($0.pattern).inserted }
    }
}

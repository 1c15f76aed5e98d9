import ArabicText
import Lexicon

/// The clause structure of a sentence: boundaries at punctuation and complementisers, and
/// parentheticals between commas that open with a preposition (، في كلمة ألقتها في الدوحة،),
/// which do not end the clause around them and whose actors stay out of its arguments.
struct Clauses {
    /// A clause ends before each boundary token (the inner view, parentheticals apart).
    let boundary: [Bool]
    /// The boundaries seen from outside a parenthetical.
    let outer: [Bool]
    let inParen: [Bool]
    /// The first word of denial in the sentence (نفى، ينفي), if any.
    let denialAt: Int?

    init(
        _ toks: [TokenInfo], blocked: Set<Int>, dateTokens: Set<Int>, formulaTokens: Set<Int> = [], actors: [FoundActor] = [],
        triggers: [FoundTrigger] = [], cues: Cues
    ) {
        var boundary = [Bool](repeating: false, count: toks.count)
        let noBoundary: [Word] = [".", "\"", "-"]
        for (i, t) in toks.enumerated() where !blocked.contains(i) || dateTokens.contains(i) {
            if t.token.kind == .punctuation && !noBoundary.contains(t.normWord) { boundary[i] = true }
            if t.spelled(cues[.clauseWords]) { boundary[i] = true }
        }
        // «وتلقى خادم الحرمين -حفظه الله-، اتصالاً …»، «الملك سلمان، حفظه الله، …»: a comma setting
        // off a formula (past its dashes) ends no clause.
        func formulaAt(_ j: Int, step: Int) -> Bool {
            var k = j
            while k >= 0, k < toks.count, toks[k].token.normIs("-") { k += step }
            return k >= 0 && k < toks.count && formulaTokens.contains(k)
        }
        for i in toks.indices where boundary[i] && toks[i].token.normIs(",") && (formulaAt(i - 1, step: -1) || formulaAt(i + 1, step: 1)) {
            boundary[i] = false
        }
        // «لقاء وزير الخارجية المصري أمس، مع …»، «استقبل الأمير أمس، السفير»: a comma after the
        // day goes with the day; it ends the clause only before a conjunction (وبحث), or a clause word.
        for i in toks.indices where boundary[i] && toks[i].token.norm == "," && i > 0 && dateTokens.contains(i - 1) && i + 1 < toks.count {
            let next = toks[i + 1]
            let coordinatedVerb = next.analyses.contains(where: \.hasConjunction) && next.readings.hasVerbReading
            if next.isWord && !next.firstReadingHasConjunction && !coordinatedVerb && !next.spelled(cues[.clauseWords]) { boundary[i] = false }
        }
        // «استقبل الأمير فلان أمير منطقة نجران، السفير …»: the press sets a comma between the
        // subject right after an active verb and its object. The comma ends no clause when the verb
        // is followed by its subject alone (honorifics aside) and the object opens right after it.
        func honorific(at j: Int) -> Int {
            let h = cues[.honorifics]
            var best = h.contains(toks[j].normWord) ? 1 : 0
            for p in h.phrases where j + p.count <= toks.count && p.count > best && p.indices.allSatisfy({ toks[j + $0].normWord == p[$0] }) { best = p.count }
            return best
        }
        for v in triggers where v.isVerb && !v.passive && !v.ownSubject {
            var k = v.to
            var lastActor = -1
            var subject: [FoundActor] = []
            while k < toks.count {
                if let a = actors.first(where: { $0.from == k && !$0.placeOnly }) {
                    lastActor = k
                    subject.append(a)
                    k = a.to
                } else if lastActor < 0, case let n = honorific(at: k), n > 0 {
                    k += n
                } else {
                    break
                }
            }
            guard lastActor >= 0, k + 1 < toks.count, boundary[k], toks[k].token.normIs(","), !toks[k + 1].firstReadingHasConjunction else { continue }
            var j = k + 1
            while j < toks.count, case let n = honorific(at: j), n > 0 { j += n }
            if let object = actors.first(where: { $0.from == j && !$0.placeOnly && $0.prep == nil }), !Self.apposition(subject, object) { boundary[k] = false }
        }
        // «أشاد الأمير فلان بن فلان، أمير منطقة القصيم، بجهود …»: an apposition set off by commas
        // inside one mention ends no clause, nor does the comma that closes it.
        for a in actors where a.to - a.from > 2 {
            guard let inner = (a.from + 1..<a.to - 1).first(where: { toks[$0].token.normIs(",") }) else { continue }
            boundary[inner] = false
            if a.to + 1 < toks.count, toks[a.to].token.normIs(","), toks[a.to + 1].isWord, !toks[a.to + 1].firstReadingHasConjunction,
                !toks[a.to + 1].spelled(cues[.clauseWords])
            {
                boundary[a.to] = false
            }
        }
        var inParen = [Bool](repeating: false, count: toks.count)
        var outer = boundary
        for (i, t) in toks.enumerated() where t.token.normIs(",") && i + 1 < toks.count {
            // (A date alone between commas — «، اليوم،»، «، مساء أمس،» — is a parenthetical too.)
            let dateOnly =
                (i + 1..<min(toks.count, i + 6)).first(where: { toks[$0].token.normIs(",") }).map { close in
                    close > i + 1 && (i + 1..<close).allSatisfy { dateTokens.contains($0) }
                } ?? false
            guard dateOnly || toks[i + 1].spelled(cues[.parentheticalOpeners]) else { continue }
            guard let close = (i + 2..<min(toks.count, i + 16)).first(where: { toks[$0].token.normIs(",") }) ?? (dateOnly ? i + 2 : nil) else { continue }
            guard !(i + 1..<close).contains(where: { toks[$0].token.kind == .punctuation }) else { continue }
            outer[i] = false
            outer[close] = false
            for k in i + 1..<close {
                inParen[k] = true
                outer[k] = false
            }
        }
        self.boundary = boundary
        self.outer = outer
        self.inParen = inParen
        denialAt = toks.firstIndex { $0.matches(cues[.denials]) }
    }

    /// Whether the mention after a comma names again the subject before it: an office then its
    /// holder («وزير الأوقاف الأردني، الدكتور هايل داود»), or a person then an office of his state
    /// («الأمير فيصل بن خالد، أمير منطقة عسير»). Two people, or an office of another state, are two.
    static func apposition(_ subject: [FoundActor], _ next: FoundActor) -> Bool {
        let person = subject.contains { $0.person != nil }
        let title = subject.contains { $0.title != nil }
        let country = subject.lazy.compactMap(\.country).first
        let sameState = country == nil || next.country == nil || country == next.country
        if person && next.person != nil { return subject.contains { $0.person == next.person } }
        if person { return sameState }
        if title { return next.person != nil && sameState }
        return false
    }

    /// The first token of the clause holding token `i`.
    func start(_ i: Int) -> Int {
        let b = i < inParen.count && inParen[i] ? boundary : outer
        var j = i - 1
        while j >= 0 && !b[j] { j -= 1 }
        return j + 1
    }

    /// The end (exclusive) of the clause holding token `i`.
    func end(_ i: Int) -> Int {
        guard i < inParen.count else { return inParen.count }
        let b = inParen[i] ? boundary : outer
        var j = i
        while j < b.count && !b[j] { j += 1 }
        return j
    }
}

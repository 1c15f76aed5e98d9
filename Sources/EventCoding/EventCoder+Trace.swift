import ArabicText
import Lexicon

extension EventCoder {
    /// What the coder sees in one sentence: tokens with their clitic analyses, the actors and
    /// triggers found, the date expressions — for people fixing rules (`tawthiq trace`).
    public func trace(sentence: String, date: CalendarDay?) -> [String] {
        let toks = Tokenizer.tokenize(NormalizedText(sentence)).map(TokenInfo.init)
        var out: [String] = []
        for (i, t) in toks.enumerated() {
            let a = t.analyses.map { "\($0.prefix)+\($0.stem)+\($0.suffix)" }.joined(separator: " ")
            out.append("token \(i) \(t.token.text) [\(t.token.norm)] \(a)")
        }
        let dates = DateExpressions.find(in: sentence, publication: date)
        for d in dates { out.append("date \(d.kind) «\(d.text)» \(d.day?.iso ?? "unresolved")") }
        let actors = ActorMentionFinder(lexicon: lexicon).find(toks, date: date)
        var blocked = Set<Int>()
        for a in actors {
            for i in a.from..<a.to { blocked.insert(i) }
            out.append("actor tokens \(a.from)..<\(a.to) \(a.code) prep=\(a.prep ?? "-") group=\(a.group) \(a.title.map { "title=\($0.id)" } ?? "") \(a.personRoleReason ?? "")")
        }
        for tr in TriggerFinder(lexicon: lexicon, actorTokens: blocked, tokens: toks).find(toks) {
            let p = lexicon.events[tr.pattern]
            out.append("trigger tokens \(tr.from)..<\(tr.to) \(p.provenance) verb=\(tr.isVerb) passive=\(tr.passive) future=\(tr.future)")
        }
        return out
    }
}

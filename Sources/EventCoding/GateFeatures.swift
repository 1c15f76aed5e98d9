import ArabicText
import Lexicon

/// The features a sentence gate sees: word stems, the trigger patterns found, actor roles, and a
/// few cues (tense, dates, numbers). Computed from the same analyses the rules use.
enum GateFeatures {
    static func extract(_ toks: [TokenInfo], triggers: [FoundTrigger], actors: [FoundActor], lexicon: Lexicon, hasDate: Bool) -> Set<String> {
        var f = Set<String>()
        for t in toks {
            switch t.token.kind {
            case .word:
                f.insert("w:" + t.token.norm)
                if let a = t.analyses.last, a.stem != t.token.norm { f.insert("w:" + a.stem) }
            case .number: f.insert("num")
            case .punctuation: if t.token.norm == "\"" { f.insert("quote") }
            }
        }
        for tr in triggers {
            let p = lexicon.events[tr.pattern]
            f.insert("p:" + p.code + ":" + p.gloss)
            f.insert("r:" + String(p.code.prefix(2)))
            if tr.isVerb {
                let tense = lexicon.verbIndex[toks[tr.from].forms.first { lexicon.verbIndex[$0.0] != nil }?.0 ?? ""]?.first?.tense
                f.insert(tense == .present ? "verb:present" : "verb:past")
            } else {
                f.insert("noun")
            }
        }
        for a in actors {
            f.insert("a:" + (a.role ?? "STATE"))
            if a.prep == nil { f.insert("a:bare") }
        }
        if hasDate { f.insert("date") }
        if toks.count > 45 { f.insert("long") }
        if toks.count < 12 { f.insert("short") }
        return f
    }
}

import ArabicText
import Lexicon

/// The features a sentence gate sees: word stems, the trigger patterns found, actor roles, and
/// cues an event coder reads a sentence by — a number near the trigger (casualties), a relative
/// date, the trigger opening the sentence, a reporting verb, a quotation, first-person speech,
/// a past year (background), hedges. Computed from the same analyses the rules use.
enum GateFeatures {

    static func extract(_ toks: [TokenInfo], triggers: [FoundTrigger], actors: [FoundActor], lexicon: Lexicon, cues: Cues, hasDate: Bool) -> Set<Word> {
        var f = Set<Word>()
        func add(_ s: String) { f.insert(Word(s)) }
        var numbers: [Int] = []
        for (i, t) in toks.enumerated() {
            switch t.token.kind {
            case .word:
                // (The word's feature and its «our» reading are memoised with its readings.)
                f.insert(t.readings.gateStem)
                if t.spelled(cues[.gateFirstPerson]) || t.readings.hasOurSuffix { add("cue:first-person") }
                if t.spelled(cues[.gateHedges]) { add("cue:hedge") }
                if t.spelled(cues[.gateReporting]) { add("cue:reported") }
            case .number:
                numbers.append(i)
                if let n = Int(t.token.norm), n >= 1900, n <= 2100 { add("cue:year") }
            case .punctuation:
                if t.token.normIs("\"") { add("cue:quote") }
                if t.token.normIs("?") { add("cue:question") }
            }
        }
        for tr in triggers {
            let p = lexicon.events[tr.pattern]
            add("p:" + p.code + ":" + p.gloss)
            add("r:" + String(p.code.prefix(2)))
            if tr.isVerb {
                let tense = lexicon.verbIndex[toks[tr.from].forms.first { lexicon.verbIndex[$0.0] != nil }?.0 ?? ""]?.first?.tense
                add(tense == .present ? "verb:present" : "verb:past")
                if tr.passive { add("verb:passive") }
            } else {
                add("noun")
            }
            if tr.from <= 1 { add("cue:opens-sentence") }
            // The words around the trigger (a window of two on each side).
            for d in [-2, -1, 1, 2] {
                let j = d < 0 ? tr.from + d : tr.to - 1 + d
                guard j >= 0, j < toks.count, toks[j].isWord else { continue }
                add("w\(d > 0 ? "+" : "")\(d):" + (toks[j].analyses.last?.stem ?? toks[j].token.norm))
            }
            add("t:" + (toks[tr.from].analyses.last?.stem ?? toks[tr.from].token.norm))
            if numbers.contains(where: { abs($0 - tr.from) <= 4 }) { add("cue:number-near-trigger") }
            if actors.contains(where: { $0.prep == nil && abs($0.from - tr.to) <= 1 }) { add("cue:bare-actor-next-to-trigger") }
            // A past verb with a state actor before or after it and another actor after it: an act
            // reported with its participants.
            if tr.isVerb, !f.contains(Word("verb:present")),
                actors.contains(where: { $0.prep == nil && $0.country != nil && ($0.to <= tr.from || $0.from >= tr.to) }),
                actors.filter({ $0.from >= tr.to }).count >= 1, actors.count >= 2
            {
                add("cue:verb-with-participants")
            }
        }
        if !triggers.contains(where: \.isVerb) { add("cue:nouns-only") }
        for a in actors {
            add("a:" + (a.role ?? "STATE"))
            if a.prep == nil { add("a:bare") }
            if a.placeLike && a.prep != nil { add("a:place") }
        }
        if hasDate { add("date") }
        if toks.count > 45 { add("len:long") } else if toks.count < 12 { add("len:short") } else { add("len:mid") }
        return f
    }
}

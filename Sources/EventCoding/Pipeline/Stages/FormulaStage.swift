import Lexicon

/// Fixed formulae (حفظه الله، بحفظ الله ورعايته، رحمه الله، عز وجل): their words are never
/// triggers nor names (ورعايته is not sponsorship, الله no actor).
struct FormulaStage: SentenceStage {
    let name = "formulae"
    let reads: Set<PipelineSlot> = [.tokens]
    let writes: Set<PipelineSlot> = [.formulae]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        let formulae = c.cues[.formulae]
        guard !formulae.phrases.isEmpty || !formulae.words.isEmpty else { return }
        var inside = Set<Int>()
        // (Most words open no formula: only those that are a phrase's first word are tried.)
        let firsts = Set(formulae.phrases.compactMap(\.first))
        for i in s.tokens.indices {
            if formulae.contains(s.tokens[i].normWord) { inside.insert(i) }
            guard firsts.contains(s.tokens[i].normWord) || firsts.contains(s.tokens[i].lastStem) else { continue }
            for p in formulae.phrases where i + p.count <= s.tokens.count {
                if p.indices.allSatisfy({ k in s.tokens[i + k].normWord == p[k] || s.tokens[i + k].lastStem == p[k] }) {
                    for k in i..<(i + p.count) { inside.insert(k) }
                }
            }
        }
        s.formulaTokens = inside
    }
}

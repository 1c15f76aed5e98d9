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
        // (Most words open no formula: only those whose readings start one, by the cue mask
        // memoised with the spelling, are tried.)
        for i in s.tokens.indices where s.tokens[i].startsAnyReading(formulae) {
            if formulae.contains(s.tokens[i].normWord) { inside.insert(i) }
            let w = s.tokens[i].normWord
            let stem = s.tokens[i].lastStem
            for p in formulae.phrases where i + p.count <= s.tokens.count && (p.first == w || p.first == stem) {
                if p.indices.allSatisfy({ k in s.tokens[i + k].normWord == p[k] || s.tokens[i + k].lastStem == p[k] }) {
                    for k in i..<(i + p.count) { inside.insert(k) }
                }
            }
        }
        s.formulaTokens = inside
    }
}

import ArabicText
import Foundation
import Lexicon

/// How much of what real news says between actors the lexicon accounts for: the predicates mined
/// from the development corpus (`predicates.tsv` beside the lexicon files, written by
/// `scripts/mining/`), each covered by an event pattern, ruled out as no event (`[cue not-event]`,
/// `not-events.lex`), or neither.
struct PredicateCoverage {
    var total = 0
    var covered = 0
    var ruledOut = 0
    var uncovered: [String] = []

    /// Nil when the lexicon directory has no `predicates.tsv`.
    static func measure(_ lex: Lexicon) throws -> PredicateCoverage? {
        let url = Lexicon.builtInDirectory.appendingPathComponent("predicates.tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let notEvents = lex.cues["not-event"]
        var c = PredicateCoverage()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && !line.hasPrefix("rank\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5 else { continue }
            c.total += 1
            let forms = ([f[1]] + f[4].split(separator: " ").map(String.init)).map { Word(ArabicNormalizer.normalize($0)) }
            func stems(_ w: Word) -> [Word] { [w] + CliticAnalyzer.analyses(of: w.text).map { Word($0.stem) } }
            if forms.flatMap(stems).contains(where: { lex.verbIndex[$0] != nil || !lex.nounIndex.phrases(startingWith: $0).isEmpty }) {
                c.covered += 1
            } else if let n = notEvents, forms.contains(where: n.contains) || n.contains(Word(ArabicNormalizer.normalize(f[1]))) {
                c.ruledOut += 1
            } else {
                c.uncovered.append(f[1])
            }
        }
        return c
    }
}

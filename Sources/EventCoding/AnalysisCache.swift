import ArabicText
import Foundation
import Lexicon

/// Clitic analyses memoised by word: news repeats its vocabulary, so most tokens are seen before.
///
/// Keys are the normalised word as a byte-compared ``Word`` (byte hashing avoids String's Unicode
/// equivalence work), and each entry holds everything a token derives from its spelling. The table is split into shards, each with its own lock, so threads coding
/// in parallel rarely wait for each other. Bounded: a shard is emptied when it reaches its limit.
final class AnalysisCache: @unchecked Sendable {
    static let shared = AnalysisCache()

    /// What a word gives every token spelled like it: its clitic analyses, the lookup forms they
    /// give (the stem, and ال+stem when the analysis had an article), and the last stem. A class:
    /// tokens share it, so copying a token copies one reference, not three arrays.
    final class Readings: Sendable {
        let analyses: [CliticAnalysis]
        /// The stem of each analysis as a word (parallel to `analyses`).
        let stems: [Word]
        let forms: [(Word, CliticAnalysis)]
        /// Whether the proclitics of each form may stand on a verb (parallel to `forms`).
        let verbPrefixed: [Bool]
        let lastStem: Word

        init(_ word: Word) {
            let a = CliticAnalyzer.analyses(of: word.text)
            analyses = a
            stems = a.map { Word($0.stem) }
            lastStem = stems.last ?? word
            var f: [(Word, CliticAnalysis)] = []
            for (x, stem) in zip(a, stems) {
                if !f.contains(where: { $0.0 == stem && $0.1 == x }) { f.append((stem, x)) }
                if x.hasArticle {
                    let withArticle = Word(x.stemWithArticle)
                    if !f.contains(where: { $0.0 == withArticle && $0.1 == x }) { f.append((withArticle, x)) }
                }
            }
            forms = f
            verbPrefixed = f.map { Words.verbPrefixes.contains(Word($0.1.prefix)) }
        }

        /// A token that is not a word (a number, a mark): itself, unsegmented.
        init(notAWord word: Word) {
            analyses = []
            stems = []
            lastStem = word
            forms = [(word, CliticAnalysis(prefix: "", stem: word.text, suffix: "", hasArticle: false))]
            verbPrefixed = [Words.verbPrefixes.contains(Word(""))]
        }
    }

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var table: [Word: Readings] = [:]
    }

    private let shards = (0..<64).map { _ in Shard() }
    private let limitPerShard = 4_000

    func readings(of word: Word) -> Readings {
        let shard = shards[Int((word.fingerprint >> 32) % UInt64(shards.count))]
        shard.lock.lock()
        if let hit = shard.table[word] {
            shard.lock.unlock()
            return hit
        }
        shard.lock.unlock()
        let value = Readings(word)
        shard.lock.lock()
        if shard.table.count >= limitPerShard { shard.table.removeAll(keepingCapacity: true) }
        shard.table[word] = value
        shard.lock.unlock()
        return value
    }
}

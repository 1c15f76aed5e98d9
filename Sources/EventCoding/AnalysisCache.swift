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
    /// give (the stem, and ال+stem when the analysis had an article), and the last stem.
    struct Readings: Sendable {
        let analyses: [CliticAnalysis]
        let forms: [(Word, CliticAnalysis)]
        let lastStem: Word

        init(_ word: Word) {
            let a = CliticAnalyzer.analyses(of: word.text)
            analyses = a
            lastStem = a.last.map { Word($0.stem) } ?? word
            var f: [(Word, CliticAnalysis)] = []
            for x in a {
                let stem = Word(x.stem)
                if !f.contains(where: { $0.0 == stem && $0.1 == x }) { f.append((stem, x)) }
                if x.hasArticle {
                    let withArticle = Word(x.stemWithArticle)
                    if !f.contains(where: { $0.0 == withArticle && $0.1 == x }) { f.append((withArticle, x)) }
                }
            }
            forms = f
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

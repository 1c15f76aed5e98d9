import ArabicText
import Foundation

/// Clitic analyses memoised by word: news repeats its vocabulary, so most tokens are seen before.
///
/// Keys are the UTF-8 bytes of the normalised word (byte hashing avoids String's Unicode
/// equivalence work). The table is split into shards, each with its own lock, so threads coding
/// in parallel rarely wait for each other. Bounded: a shard is emptied when it reaches its limit.
final class AnalysisCache: @unchecked Sendable {
    static let shared = AnalysisCache()

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var table: [[UInt8]: [CliticAnalysis]] = [:]
    }

    private let shards = (0..<64).map { _ in Shard() }
    private let limitPerShard = 4_000

    func analyses(of norm: String) -> [CliticAnalysis] {
        let key = Array(norm.utf8)
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
        let shard = shards[Int(h % UInt32(shards.count))]
        shard.lock.lock()
        if let hit = shard.table[key] {
            shard.lock.unlock()
            return hit
        }
        shard.lock.unlock()
        let value = CliticAnalyzer.analyses(of: norm)
        shard.lock.lock()
        if shard.table.count >= limitPerShard { shard.table.removeAll(keepingCapacity: true) }
        shard.table[key] = value
        shard.lock.unlock()
        return value
    }
}

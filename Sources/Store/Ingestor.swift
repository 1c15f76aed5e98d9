import EventCoding

/// Codes articles on every core and writes them to a store in batches, one transaction a batch.
///
/// Articles whose content is stored already are skipped before coding, so running an interrupted
/// ingest again only codes what is missing; each batch commits whole or not at all.
public struct Ingestor: Sendable {
    public let store: any EventStore
    public let coder: DocumentCoder
    public var batchSize: Int
    public var workers: Int

    public init(store: any EventStore, coder: DocumentCoder, batchSize: Int = 256, workers: Int = 2) {
        self.store = store
        self.coder = coder
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers)
    }

    public func ingest(_ documents: [Document], progress: @Sendable (IngestProgress) -> Void = { _ in }) async throws -> WriteSummary {
        var summary = WriteSummary()
        var seen = Set<String>()
        let starts = Array(stride(from: 0, to: documents.count, by: batchSize))
        // The next batch is coded while this one is written: coding keeps every core busy and
        // the single SQLite writer works in its shadow.
        func prepare(_ k: Int) async throws -> (Task<[CodedDocument], Never>, skipped: Int, size: Int) {
            let batch = Array(documents[starts[k]..<min(starts[k] + batchSize, documents.count)])
            let hashes = batch.map(CodedDocument.hash(of:))
            let known = try await store.knownHashes(hashes)
            var fresh: [(Document, String)] = []
            var skipped = 0
            for (d, h) in zip(batch, hashes) {
                if known.contains(h) || seen.contains(h) { skipped += 1; continue }
                seen.insert(h)
                fresh.append((d, h))
            }
            let me = self
            return (Task { await me.code(hashed: fresh) }, skipped, batch.count)
        }
        guard !starts.isEmpty else { return summary }
        var next = try await prepare(0)
        var done = 0
        for k in starts.indices {
            let current = next
            let coded = await current.0.value
            if k + 1 < starts.count { next = try await prepare(k + 1) }
            summary.unchanged += current.skipped
            summary += try await store.write(coded)
            done += current.size
            progress(IngestProgress(done: done, total: documents.count, summary: summary))
        }
        return summary
    }

    /// Codes documents on `workers` tasks, keeping their order. Work is handed out in small
    /// slices as tasks finish, so one slow slice does not leave the other cores idle.
    public func code(_ documents: [Document]) async -> [CodedDocument] {
        await code(hashed: documents.map { ($0, CodedDocument.hash(of: $0)) })
    }

    /// `code`, for documents whose content hashes are known.
    func code(hashed documents: [(Document, String)]) async -> [CodedDocument] {
        let coder = self.coder
        return await OrderedParallel.map(documents, workers: workers) { coder.code($0.0, contentHash: $0.1) }
    }
}

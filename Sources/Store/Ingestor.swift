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
        var k = 0
        return try await ingest(
            batches: {
                defer { k += batchSize }
                return k < documents.count ? Array(documents[k..<min(k + batchSize, documents.count)]) : nil
            }, total: documents.count, progress: progress)
    }

    /// Ingests batches as `next` hands them out (nil at the end), so memory holds two batches
    /// whatever the input's length: the one being written and the one being coded. The keys of
    /// replaced articles go to `progress`, batch by batch; the summary returned has none.
    ///
    /// - Parameters:
    ///   - next: The next batch of documents, nil when there is no more. An empty batch is skipped.
    ///   - total: How many documents there are, when known (for `progress`; 0 when not).
    public func ingest(
        batches next: () async throws -> [Document]?, total: Int = 0, progress: @Sendable (IngestProgress) -> Void = { _ in }
    ) async throws -> WriteSummary {
        var summary = WriteSummary()
        // Content hashes of the batch coded but not yet written: the store does not know them yet.
        var pendingHashes = Set<String>()
        // The next batch is coded while this one is written: coding keeps every core busy and
        // the single SQLite writer works in its shadow.
        func prepare() async throws -> (task: Task<[CodedDocument], Never>, skipped: Int, size: Int, hashes: Set<String>)? {
            var batch: [Document] = []
            while batch.isEmpty {
                guard let b = try await next() else { return nil }
                batch = b
            }
            let hashes = batch.map(CodedDocument.hash(of:))
            let known = try await store.knownHashes(hashes)
            var fresh: [(Document, String)] = []
            var mine = Set<String>()
            var skipped = 0
            for (d, h) in zip(batch, hashes) {
                if known.contains(h) || pendingHashes.contains(h) || mine.contains(h) {
                    skipped += 1
                    continue
                }
                mine.insert(h)
                fresh.append((d, h))
            }
            let me = self
            return (Task { await me.code(hashed: fresh) }, skipped, batch.count, mine)
        }
        guard var current = try await prepare() else { return summary }
        var done = 0
        while true {
            let coded = await current.task.value
            pendingHashes = current.hashes
            let following = try await prepare()
            summary.unchanged += current.skipped
            var written = try await store.write(coded)
            let replaced = written.replacedKeys
            written.replacedKeys = []
            summary += written
            done += current.size
            progress(IngestProgress(done: done, total: max(total, done), summary: summary, replacedKeys: replaced))
            guard let following else { return summary }
            current = following
        }
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

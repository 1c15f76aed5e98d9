/// A place coded articles are kept: an embedded SQLite file by default, PostgreSQL past one machine.
///
/// Every write is one transaction: a batch of articles is stored whole or not at all, so a process
/// killed mid-ingest loses only the batch in flight, and running the same ingest again completes it.
public protocol EventStore: Sendable {
    /// The store as the user named it (path or URL without password), for messages.
    var name: String { get }
    /// Which of these content hashes are stored already.
    func knownHashes(_ hashes: [String]) async throws -> Set<String>
    /// Writes coded articles in one transaction: new ones inserted, a new version of a stored
    /// article (same key, other content) replaces its events, the same content again is skipped.
    func write(_ documents: [CodedDocument]) async throws -> WriteSummary
    /// Stored event reports, oldest id first.
    func events(_ filter: EventFilter) async throws -> [StoredEvent]
    /// Deduplicated events with their counts, oldest id first. Actor, code, type and date filters
    /// apply to the event; outlet and flagged-only keep events with at least one such report.
    func groups(_ filter: EventFilter) async throws -> [EventGroup]
    /// Deduplicated dated events between the two actors, per day, direction and CAMEO code.
    func dailyCounts(_ query: RelationsQuery) async throws -> [DailyCount]
    /// The relations series for a dyad: both directions, per period. A store may answer it in
    /// one pass over its index; by default it folds `dailyCounts`.
    func relations(_ query: RelationsQuery) async throws -> [RelationRow]
    func counts() async throws -> StoreCounts
    /// The query plan a relations query uses (to show the indexes it takes).
    func explainRelations(_ query: RelationsQuery) async throws -> [String]
    func close() async throws
}

extension EventStore {
    /// The relations series for a dyad: both directions, per period.
    public func relations(_ query: RelationsQuery) async throws -> [RelationRow] {
        RelationRow.fold(try await dailyCounts(query), query: query)
    }
}

/// A store a reader can browse: articles, single events, flags, full-text search. The web
/// dashboard and the JSON API read through it.
public protocol BrowsableStore: EventStore {
    /// Stored articles with a larger id than `after`, oldest id first.
    func documents(after: Int64?, limit: Int) async throws -> [DocumentSummary]
    func document(id: Int64) async throws -> StoredDocument?
    /// The stored article with this content hash.
    func documentID(contentHash: String) async throws -> Int64?
    func event(id: Int64) async throws -> StoredEvent?
    /// Flags with a larger id than `after`, oldest id first.
    func flags(after: Int64?, limit: Int) async throws -> [StoredFlag]
    /// Flags of the newest articles first (by publication day, then storage order).
    func recentFlags(offset: Int, limit: Int) async throws -> [StoredFlag]
    /// Articles whose normalised headline or text contains every word of the query (words of
    /// three letters or more, after normalisation), best match first.
    func search(_ query: String, limit: Int) async throws -> [SearchHit]
    /// The directed pairs of countries with the most events.
    func dyads(limit: Int) async throws -> [DyadCount]
}

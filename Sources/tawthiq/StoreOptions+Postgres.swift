import EventCoding
import Foundation
import Store

#if PostgreSQL
    import PostgresStore

    extension StoreOptions {
        static func openPostgres(_ url: String) async throws -> any EventStore {
            try await PostgresStore.open(url: url)
        }

        /// `ingest` into a PostgreSQL store (queue, then work the queue); nil when `db` is not one.
        static func ingestIfPostgres(
            _ db: any EventStore, batches: () throws -> [Document]?, coder: DocumentCoder, batch: Int, queueOnly: Bool
        ) async throws -> WriteSummary? {
            guard let pg = db as? PostgresStore else { return nil }
            return try await pg.ingest(batches: batches, coder: coder, queueOnly: queueOnly, batch: batch)
        }
    }
#else
    extension StoreOptions {
        /// This binary was built without the package trait PostgreSQL: say how to get one that has it.
        static func openPostgres(_ url: String) async throws -> any EventStore {
            throw StoreError(store: withoutPassword(url), message: withoutPostgreSQL)
        }

        static func ingestIfPostgres(
            _ db: any EventStore, batches: () throws -> [Document]?, coder: DocumentCoder, batch: Int, queueOnly: Bool
        ) async throws -> WriteSummary? { nil }
    }
#endif

extension StoreOptions {
    static let withoutPostgreSQL =
        "this tawthiq was built without PostgreSQL support; build it with the package trait: "
        + "`swift build --traits PostgreSQL` (or `swift run --traits PostgreSQL tawthiq …`), or give --db an SQLite file path"

    /// `postgres://user:secret@host/db` → `postgres://user@host/db`: messages never show a password.
    static func withoutPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.range(of: "@", options: .backwards),
            let colon = url[scheme.upperBound..<at.lowerBound].firstIndex(of: ":")
        else { return url }
        return String(url[..<colon] + url[at.lowerBound...])
    }
}

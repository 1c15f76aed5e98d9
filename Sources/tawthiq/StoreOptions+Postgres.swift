import PostgresStore
import Store

extension StoreOptions {
    static func openPostgres(_ url: String) async throws -> any EventStore {
        try await PostgresStore.open(url: url)
    }
}

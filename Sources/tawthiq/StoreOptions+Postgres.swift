import Store

extension StoreOptions {
    static func openPostgres(_ url: String) async throws -> any EventStore {
        throw StoreError(store: url, message: "PostgreSQL stores are not available in this build")
    }
}

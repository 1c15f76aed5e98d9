import ArgumentParser
import Foundation
import SQLiteStore
import Store

/// `--db`: where the store is. A path is an SQLite file (the default, `tawthiq.sqlite` here, or
/// $TAWTHIQ_DB); `postgres://user:password@host:port/database` is a PostgreSQL store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: an SQLite file path (default tawthiq.sqlite, or $TAWTHIQ_DB) or postgres://user@host:port/db.")
    var db: String?

    var location: String { db ?? ProcessInfo.processInfo.environment["TAWTHIQ_DB"] ?? "tawthiq.sqlite" }

    var isPostgres: Bool { location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") }

    /// Opens the store; an error names it and exits with 2.
    func open() async throws -> any EventStore {
        do {
            if isPostgres { return try await StoreOptions.openPostgres(location) }
            return try SQLiteStore(path: location)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Opens the store, runs `body` with it and a stdout sink, and closes it; a store error is
    /// printed after what was already written and exits with 2.
    func streaming(_ body: (any EventStore, OutputSink) async throws -> Void) async throws {
        let db = try await open()
        let out = OutputSink()
        do { try await body(db, out) } catch {
            out.flush()
            Console.error("\(error)")
            try? await db.close()
            throw ExitCode(2)
        }
        out.flush()
        try? await db.close()
    }
}

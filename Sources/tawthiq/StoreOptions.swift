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

    /// Opens the store; an error names it and exits with 2. Only commands that write create an
    /// SQLite store (`create`); a reading command given a path where there is none stops, so a
    /// mistyped `--db` is not answered with an empty store's nothing.
    func open(create: Bool) async throws -> any EventStore {
        do {
            if isPostgres { return try await StoreOptions.openPostgres(location) }
            if !create { try StoreOptions.requireSQLiteFile(location) }
            return try SQLiteStore(path: location)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Fails unless `path` is an existing file (a store to read).
    static func requireSQLiteFile(_ path: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw StoreError(store: path, message: "no such store (check --db or $TAWTHIQ_DB; `tawthiq ingest --db \(path) …` creates one)")
        }
        if isDir.boolValue { throw StoreError(store: path, message: "is a directory, not an SQLite store") }
    }

    /// Opens the store (which must exist), runs `body` with it and a stdout sink, and closes it; a store error is
    /// printed after what was already written and exits with 2.
    func streaming(_ body: (any EventStore, OutputSink) async throws -> Void) async throws {
        let db = try await open(create: false)
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

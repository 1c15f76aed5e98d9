import ArabicText
import ArgumentParser
import EventCoding
import Foundation
import Hummingbird
import SQLiteStore
import Store
import Web

extension Tawthiq {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the dashboard and the JSON API over an SQLite store (http://127.0.0.1:8080/ by default).",
            discussion: """
                Pages: / (relations of two actors), /events, /events/ID, /documents/ID, /flags, /search. JSON API under /api \
                (described at /openapi.json); POST /code codes an article without storing it; POST /documents stores one, \
                only with --token (or $TAWTHIQ_TOKEN) and 'Authorization: Bearer <token>'. --ingest codes and stores \
                files or directories first (like `tawthiq ingest`), so `tawthiq serve --ingest demo/` is a demo.
                """)

        @Option(help: "The port to listen on (0: any free port).") var port = 8080
        @Option(help: "The address to listen on.") var host = "127.0.0.1"
        @Option(help: "The token POST /documents requires (default $TAWTHIQ_TOKEN; none: POST /documents is disabled).") var token: String?
        @Option(parsing: .singleValue, help: "Files or directories to ingest before serving (repeatable).") var ingest: [String] = []
        @Option(help: "The largest request body, in bytes.") var maxBodyBytes = 1 << 20
        @Option(help: "Seconds a relations series is reused (0: read every time).") var relationsCache = 5.0
        @OptionGroup var store: StoreOptions
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
            if maxBodyBytes < 1 { throw ValidationError("--max-body-bytes must be at least 1") }
        }

        func run() async throws {
            if store.isPostgres {
                Console.error("serve: the dashboard reads SQLite stores only for now; give --db a file path")
                throw ExitCode(2)
            }
            let coder = DocumentCoder(coder: EventCoder(lexicon: try lexiconOptions.load(), gates: SentenceGate.bundled))
            let token = token ?? ProcessInfo.processInfo.environment["TAWTHIQ_TOKEN"]
            let db: SQLiteStore
            do {
                // Only a server that will write (--ingest, or POST /documents with a token) creates a store.
                if ingest.isEmpty && token == nil { try StoreOptions.requireSQLiteFile(store.location) }
                db = try SQLiteStore(path: store.location)
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
            if !ingest.isEmpty {
                let source = DocumentSource(ingest, kind: nil, date: nil, maxLineBytes: DocumentReader.defaultMaxLineBytes)
                let s = try await Ingestor(store: db, coder: coder, workers: ProcessInfo.processInfo.activeProcessorCount).ingest(batches: { source.next(256) })
                { p in
                    for key in p.replacedKeys { Console.error("replaced the stored version of \(key)") }
                }
                Console.error(
                    "\(db.name): \(s.inserted) new, \(s.replaced) replaced, \(s.unchanged) unchanged articles; \(s.events) events\(source.bad > 0 ? "; \(source.bad) bad inputs skipped" : "")"
                )
            }
            let settings = WebSettings(store: db, coder: coder, token: token, maxBodyBytes: maxBodyBytes, relationsCacheSeconds: relationsCache)
            let host = self.host
            let app = buildApplication(settings, host: host, port: port) { bound in
                Console.error(
                    "tawthiq: serving \(db.name) at http://\(host):\(bound)/ (API description: /openapi.json\(token == nil ? "; POST /documents disabled" : ""))"
                )
            }
            try await app.runService()
            try? await db.close()
        }
    }
}

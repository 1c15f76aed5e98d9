import ArgumentParser
import EventCoding
import Foundation
import Store
import Synchronization

#if PostgreSQL
    import PostgresStore
#endif

extension Tawthiq {
    struct Worker: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code the articles queued in a PostgreSQL store (by `ingest --queue-only`); run as many as you like.",
            discussion: """
                Each round claims up to --batch pending articles (rows other workers hold are skipped), codes them and \
                stores their events in one transaction, so a worker killed mid-round loses nothing: its articles go back \
                to the queue. Without --follow the worker exits when nothing is left to claim; with it, it polls every \
                second until stopped (SIGINT/SIGTERM finish the round in flight). Prints a one-line summary on stderr.
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Articles per transaction.") var batch = 50
        @Flag(help: "Keep polling for new pending articles every second until stopped.") var follow = false
        @Option(help: "Threads coding each batch.") var threads = 1
        @Option(help: "The name recorded on the articles this worker codes (default host:pid).") var name: String?
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if batch < 1 { throw ValidationError("--batch must be at least 1") }
            if threads < 1 { throw ValidationError("--threads must be at least 1") }
            if !store.isPostgres { throw ValidationError("tawthiq worker needs a PostgreSQL store: --db postgres://user@host:port/database") }
        }

        #if !PostgreSQL
            func run() async throws {
                Console.error("worker: \(StoreOptions.withoutPostgreSQL)")
                throw ExitCode(2)
            }
        #else
            func run() async throws {
                let coder = DocumentCoder(coder: EventCoder(lexicon: try lexiconOptions.load(), gates: SentenceGate.bundled))
                guard let db = try await store.open(create: true) as? PostgresStore else { throw ExitCode(2) }
                let worker = name ?? "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
                let stop = StopSignal()
                let start = Date()
                var summary = WriteSummary()
                do {
                    while !stop.requested {
                        if let round = try await db.workOnce(coder: coder, batch: batch, workerID: worker, parallelism: threads) {
                            summary += round
                            continue
                        }
                        if !follow { break }
                        try await Task.sleep(for: .seconds(1))
                    }
                } catch {
                    Console.error("\(error)")
                    try? await db.close()
                    throw ExitCode(2)
                }
                let seconds = Date().timeIntervalSince(start)
                let coded = summary.inserted + summary.replaced
                let rate = seconds > 0 ? Double(coded) / seconds : 0
                Console.error(
                    "worker \(worker) on \(db.name): \(coded) articles coded (\(summary.replaced) new versions), \(summary.events) events, "
                        + "\(summary.flags) flags in \(String(format: "%.1f", seconds)) s (\(String(format: "%.1f", rate)) articles/s), \(db.retries) retried transactions"
                )
                try? await db.close()
            }
        #endif
    }
}

/// SIGINT/SIGTERM ask a following worker to stop after the round in flight.
final class StopSignal: Sendable {
    private final class Flag: Sendable { let value = Mutex(false) }
    private let flag = Flag()
    nonisolated(unsafe) private let sources: [any DispatchSourceSignal]

    init() {
        var sources: [any DispatchSourceSignal] = []
        let flag = self.flag
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            s.setEventHandler { flag.value.withLock { $0 = true } }
            s.resume()
            sources.append(s)
        }
        self.sources = sources
    }

    var requested: Bool { flag.value.withLock { $0 } }
}

#if PostgreSQL
    extension PostgresStore {
        /// `ingest --db postgres://…`: queues the articles (`batch` a transaction), then, unless
        /// `queueOnly`, works the queue on every core until it is empty. The summary counts the
        /// articles queued (new, replaced, unchanged) and the events and flags written.
        func ingest(batches next: () throws -> [Document]?, coder: DocumentCoder, queueOnly: Bool, batch: Int) async throws -> WriteSummary {
            var summary = WriteSummary()
            while let docs = try next() {
                var queued = try await enqueue(docs)
                for key in queued.replacedKeys { Console.error("replaced the stored version of \(key)") }
                queued.replacedKeys = []
                summary += queued
            }
            if queueOnly { return summary }
            let worked = try await work(
                coder: coder, batch: batch, workerID: "ingest:\(ProcessInfo.processInfo.processIdentifier)",
                parallelism: ProcessInfo.processInfo.activeProcessorCount)
            summary.events += worked.events
            summary.flags += worked.flags
            summary.notes += worked.notes
            return summary
        }
    }
#endif

import ArabicText
import ArgumentParser
import EventCoding
import Foundation
import Lexicon
import SQLiteStore
import Store

extension Tawthiq {
    struct BenchStore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-store",
            abstract: "Measure the store: ingest speed (articles/s, coding included) and relations query time over many events.",
            discussion: """
                Build in release: swift run -c release tawthiq bench-store ../shared/data/arabic_event_gsr_dev. \
                Ingest: articles of --sentences sentences are made from the corpus's sentences and ingested into a \
                new SQLite file. Relations: --events synthetic coded events (random dyads among 40 states over ten \
                years, 5% between SYR and RUS) are written through the store's normal write path, then the SYR–RUS \
                monthly series is queried --queries times.
                """)

        @Argument(help: "A GSR directory or text files: the sentences articles are made of.") var inputs: [String] = []
        @Option(help: "Articles to ingest.") var articles = 2000
        @Option(help: "Sentences per article.") var sentences = 20
        @Option(help: "Synthetic events for the relations benchmark (0 skips it).") var events = 1_000_000
        @Option(help: "Relations queries to time.") var queries = 200
        @Option(help: "Keep the synthetic store at this path (else a temporary file, removed).") var keep: String?
        @OptionGroup var lexiconOptions: LexiconOptions

        func run() async throws {
            print("machine           \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB")
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: tmp) }
            if !inputs.isEmpty && articles > 0 { try await ingest(tmp) }
            if events > 0 { try await relations(tmp) }
        }

        func ingest(_ tmp: URL) async throws {
            var pool: [String] = []
            for i in inputs { pool += try BenchCorpus.sentences(from: i) }
            guard !pool.isEmpty else { throw ValidationError("no sentences in \(inputs)") }
            var docs: [Document] = []
            var rng = SplitMix64(seed: 7)
            for a in 0..<articles {
                var body: [String] = []
                for _ in 0..<sentences { body.append(pool[Int(rng.next() % UInt64(pool.count))]) }
                let day = CalendarDay(year: 2010, month: 1, day: 1)!.adding(days: a % 3000)
                docs.append(
                    Document(
                        id: "bench-\(a)", title: body[0], text: body.dropFirst().joined(separator: " "), date: day, source: "outlet\(a % 7)",
                        url: "https://bench.example/\(a)"))
            }
            let coder = DocumentCoder(coder: EventCoder(lexicon: try lexiconOptions.load()))
            let store = try SQLiteStore(path: tmp.appendingPathComponent("ingest.sqlite").path)
            let cores = ProcessInfo.processInfo.activeProcessorCount
            let t = DispatchTime.now()
            let s = try await Ingestor(store: store, coder: coder, batchSize: 256, workers: cores).ingest(docs)
            let secs = Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
            try await store.close()
            print(
                "ingest            \(articles) articles × \(sentences) sentences in \(String(format: "%.2f", secs)) s: \(Int(Double(articles) / secs)) articles/s, \(Int(Double(articles * sentences) / secs)) sentences/s (\(cores) cores, coding included); \(s.events) events stored"
            )
        }

        func relations(_ tmp: URL) async throws {
            let path = keep ?? tmp.appendingPathComponent("relations.sqlite").path
            let store = try SQLiteStore(path: path)
            let existing = try await store.counts().events
            if existing < events {
                let t = DispatchTime.now()
                try await SyntheticEvents.fill(store, events: events - existing, seed: UInt64(existing + 1))
                let secs = Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
                print("fill              \(events - existing) synthetic events written in \(String(format: "%.1f", secs)) s")
            }
            let counts = try await store.counts()
            print("store             \(counts.events) event reports, \(counts.groups) deduplicated events, \(counts.documents) documents")
            let q = RelationsQuery(a: ActorSelector("SYR")!, b: ActorSelector("RUS")!, by: .month)
            for line in try await store.explainRelations(q) { print("plan              \(line)") }
            var times: [Double] = []
            var rows = 0
            let cpu0 = CPUTime.now()
            for _ in 0..<max(1, queries) {
                let t = DispatchTime.now()
                rows = try await store.relations(q).count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6)
            }
            let cpuPerQuery = (CPUTime.now() - cpu0) * 1000 / Double(max(1, queries))
            times.sort()
            func pct(_ p: Double) -> String { String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count) * p))]) }
            print(
                "relations SYR RUS by month: \(rows) rows; ms median \(pct(0.5)), p95 \(pct(0.95)), p99 \(pct(0.99)), max \(String(format: "%.2f", times.last!)) over \(times.count) queries; CPU \(String(format: "%.2f", cpuPerQuery)) ms a query"
            )
            try await store.close()
        }
    }
}

/// CPU seconds (user + system) this process has used: a figure other processes do not inflate.
enum CPUTime {
    static func now() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }
}

/// A small deterministic random generator for benchmarks (SplitMix64).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Synthetic coded events for load and query benchmarks: never mixed with real data (their
/// documents are `synthetic-N`, outlet `synthetic`).
enum SyntheticEvents {
    static let states = [
        "SYR", "RUS", "USA", "IRN", "IRQ", "TUR", "ISR", "PSE", "EGY", "JOR", "LBN", "SAU", "ARE", "QAT", "KWT", "YEM",
        "OMN", "BHR", "LBY", "TUN", "DZA", "MAR", "SDN", "SOM", "FRA", "GBR", "DEU", "CHN", "IND", "PAK", "AFG", "UKR",
        "ITA", "JPN", "ETH", "MRT", "DJI", "COM", "ESP", "CAN",
    ]
    static let roles = ["GOV", "MIL", "", "COP", "OPP", "CVL"]

    static func fill(_ store: any EventStore, events: Int, seed: UInt64, perDocument: Int = 100) async throws {
        var rng = SplitMix64(seed: seed)
        let codes = Ontology.shared.all.filter { $0.code.count >= 3 }
        let start = CalendarDay(year: 2015, month: 1, day: 1)!
        var written = 0
        var docIndex = Int(seed)
        while written < events {
            var batch: [CodedDocument] = []
            for _ in 0..<50 where written < events {
                var evs: [Event] = []
                let n = min(perDocument, events - written)
                for k in 0..<n {
                    let syrRus = rng.next() % 20 == 0
                    var s = syrRus ? "SYR" : states[Int(rng.next() % UInt64(states.count))]
                    var t = syrRus ? "RUS" : states[Int(rng.next() % UInt64(states.count))]
                    if syrRus && rng.next() % 2 == 0 { swap(&s, &t) }
                    let rs = roles[Int(rng.next() % UInt64(roles.count))]
                    let rt = roles[Int(rng.next() % UInt64(roles.count))]
                    let c = codes[Int(rng.next() % UInt64(codes.count))]
                    let day = start.adding(days: Int(rng.next() % 3650))
                    evs.append(
                        Event(
                            doc: "synthetic-\(docIndex)", part: .text, sentence: k, date: day, cameo: c.code, root: c.root, plover: c.plover, mode: c.mode,
                            goldstein: c.goldstein, quad: c.quad,
                            source: ActorMention(code: s + rs, country: s, role: rs.isEmpty ? nil : rs, text: s, start: 0, end: 3),
                            target: ActorMention(code: t + rt, country: t, role: rt.isEmpty ? nil : rt, text: t, start: 10, end: 13),
                            trigger: Span(text: c.code, start: 4, end: 8), flags: [], evidence: Evidence(sentence: "synthetic", start: 0, end: 9, entries: [])))
                }
                let d = Document(id: "synthetic-\(docIndex)", text: "synthetic \(docIndex)", date: start, source: "synthetic")
                batch.append(
                    CodedDocument(
                        document: d, contentHash: CodedDocument.hash(of: d), key: CodedDocument.key(of: d), dateSource: .input, sentences: [],
                        events: evs, flags: [], lexiconVersion: "synthetic"))
                written += n
                docIndex += 1
            }
            _ = try await store.write(batch)
        }
    }
}

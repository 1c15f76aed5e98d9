// Built only with the package trait PostgreSQL (`swift build --traits PostgreSQL`): see Package.swift.
#if PostgreSQL
    import ArabicText
    import EventCoding
    import Foundation
    import Lexicon
    import PostgresNIO
    @testable import PostgresStore
    import Store
    import Testing

    /// The test server, per-test databases, the coder, comparisons and the `tawthiq` binary.
    enum PG {
        static let url: String? = ProcessInfo.processInfo.environment["TAWTHIQ_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
        static let isCI: Bool = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false

        static let coder = DocumentCoder(coder: EventCoder(lexicon: Lexicon.load().lexicon, gates: SentenceGate.bundled))

        /// Runs `body` with the URL of a new, empty database, dropped afterwards. Without a server URL
        /// (only reachable under CI, the suite being disabled elsewhere) the test fails.
        static func withDatabase(_ body: (String) async throws -> Void) async throws {
            guard let base = url else {
                Issue.record("CI is set but TAWTHIQ_TEST_POSTGRES is not: the PostgreSQL tests need a server (.ci/start-postgres prints its URL)")
                return
            }
            let server = try PostgresURL(parsing: base)
            let name = "tawthiq_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await admin(server, "CREATE DATABASE \"\(name)\"")
            var db = server
            db.database = String(name)
            var dbURL = "postgres://" + (db.user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? db.user)
            if let p = db.password { dbURL += ":" + (p.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed) ?? p) }
            dbURL += "@\(db.host):\(db.port)/\(db.database)"
            do {
                try await body(dbURL)
            } catch {
                try? await admin(server, "DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
                throw error
            }
            try await admin(server, "DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
        }

        /// One statement on the server's own database (CREATE/DROP DATABASE: names are generated here).
        static func admin(_ u: PostgresURL, _ sql: String) async throws {
            var logger = Logger(label: "tawthiq.tests")
            logger.logLevel = .critical
            let client = PostgresClient(
                configuration: .init(host: u.host, port: u.port, username: u.user, password: u.password, database: u.database, tls: .disable),
                backgroundLogger: logger)
            try await withThrowingTaskGroup(of: Void.self) { g in
                g.addTask { await client.run() }
                defer { g.cancelAll() }
                try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            }
        }

        // MARK: comparisons

        /// The relations series read from the rollup equal those computed from the deduplicated events
        /// (`dailyCounts`), for every dyad of the store by country and by code, each unit, open and
        /// cut ranges (a range may start and end inside a month or a week).
        static func expectRollupEqualsDirect(_ pg: PostgresStore, _ stage: String) async throws {
            let groups = try await pg.groups(EventFilter())
            var pairs = Set<[String]>()
            var days: [CalendarDay] = []
            for g in groups {
                guard let d = g.day, let sc = g.sourceCode, let tc = g.targetCode else { continue }
                days.append(d)
                pairs.insert([sc, tc])
                if let a = g.sourceCountry, let b = g.targetCountry {
                    pairs.insert([a, b])
                    pairs.insert([a, tc])
                }
            }
            #expect(pairs.count > 3, "\(stage): the store has dyads")
            let lo = days.min()
            let hi = days.max()
            let ranges: [(CalendarDay?, CalendarDay?)] = [(nil, nil), (lo?.adding(days: 1), hi?.adding(days: -1)), (lo?.adding(days: 3), nil)]
            var rows = 0
            for p in pairs.sorted(by: { $0.joined() < $1.joined() }) {
                guard let a = ActorSelector(p[0]), let b = ActorSelector(p[1]) else { continue }
                for by in PeriodUnit.allCases {
                    for (from, to) in ranges {
                        let q = RelationsQuery(a: a, b: b, from: from, to: to, by: by)
                        let rolled = try await pg.relations(q)
                        #expect(rolled == RelationRow.fold(try await pg.dailyCounts(q), query: q), "\(stage): \(q)")
                        rows += rolled.count
                    }
                }
            }
            #expect(rows > 0, "\(stage)")
        }

        /// Every row of the rollup table, as text.
        static func rollupRows(_ pg: PostgresStore) async throws -> [String] {
            try await pg.transaction { conn in
                try await pg.rows(conn, "SELECT source, target, month, encode(entries, 'hex') FROM relation_months ORDER BY 1, 2, 3").map { r in
                    let (s, t, m, e) = try r.decode((String, String, String, String).self)
                    return "\(s)|\(t)|\(m)|\(e)"
                }
            }
        }

        /// An event as the tests compare them: (doc, part, sentence, cameo, source, target, date).
        typealias Tuple = String

        static func tuple(_ e: Event) -> Tuple {
            [e.doc, e.part.rawValue, String(e.sentence), e.cameo, e.source?.code ?? "-", e.target?.code ?? "-", e.date?.iso ?? "-"].joined(separator: "|")
        }

        static func tuples(_ store: PostgresStore) async throws -> [Tuple] {
            try await store.events(EventFilter()).map { tuple($0.event) }.sorted()
        }

        static func tuples(_ coded: [CodedDocument]) -> [Tuple] {
            coded.flatMap(\.events).map(tuple).sorted()
        }

        /// A stored event without its store-given ids.
        struct ComparableEvent: Equatable {
            var event: Event
            var outlet: String?
            var url: String?
            var published: CalendarDay?
            var lexiconVersion: String
        }

        static func comparable(_ e: StoredEvent) -> ComparableEvent {
            ComparableEvent(event: e.event, outlet: e.outlet, url: e.url, published: e.published, lexiconVersion: e.lexiconVersion)
        }

        /// A deduplicated event without ids and insertion time.
        static func comparable(_ g: EventGroup) -> EventGroup {
            var g = g
            g.id = 0
            g.reports = []
            g.added = ""
            return g
        }

        /// Groups without ids, in an order that does not depend on ids.
        static func comparable(_ gs: [EventGroup]) -> [EventGroup] {
            gs.map(comparable).sorted { a, b in
                (a.day?.iso ?? "", a.sourceCode ?? "", a.targetCode ?? "", a.cameo, a.firstSentence)
                    < (b.day?.iso ?? "", b.sourceCode ?? "", b.targetCode ?? "", b.cameo, b.firstSentence)
            }
        }

        // MARK: the binary

        static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

        /// The built binary: next to the test bundle, else under `.build/debug` or `.build/<triple>/debug`.
        static let binary: URL? = {
            let fm = FileManager.default
            var candidates: [URL] = []
            for b in [Bundle.main.bundleURL, Bundle.main.executableURL].compactMap({ $0 }) {
                var dir = b
                for _ in 0..<3 {
                    dir = dir.deletingLastPathComponent()
                    candidates.append(dir.appendingPathComponent("tawthiq"))
                }
            }
            let build = root.appendingPathComponent(".build")
            candidates.append(build.appendingPathComponent("debug/tawthiq"))
            for triple in (try? fm.contentsOfDirectory(atPath: build.path)) ?? [] {
                candidates.append(build.appendingPathComponent(triple).appendingPathComponent("debug/tawthiq"))
            }
            return candidates.first { fm.isExecutableFile(atPath: $0.path) }
        }()

        final class Spawned: @unchecked Sendable {
            let process: Process
            let dir: URL
            init(process: Process, dir: URL) {
                self.process = process
                self.dir = dir
            }
            func stdout() -> String { (try? String(contentsOf: dir.appendingPathComponent("stdout"), encoding: .utf8)) ?? "" }
            func stderr() -> String { (try? String(contentsOf: dir.appendingPathComponent("stderr"), encoding: .utf8)) ?? "" }
            deinit { try? FileManager.default.removeItem(at: dir) }
        }

        /// Starts the binary from the package root, output to temporary files.
        static func spawn(_ args: [String]) throws -> Spawned {
            let bin = try #require(binary, "tawthiq binary not found under \(root.path)/.build/…/debug: run `swift build --build-tests` first")
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-pg-run-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let out = dir.appendingPathComponent("stdout")
            let err = dir.appendingPathComponent("stderr")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            let p = Process()
            p.executableURL = bin
            p.arguments = args
            p.currentDirectoryURL = root
            p.standardOutput = try FileHandle(forWritingTo: out)
            p.standardError = try FileHandle(forWritingTo: err)
            p.standardInput = FileHandle.nullDevice
            try p.run()
            return Spawned(process: p, dir: dir)
        }

        /// The pending documents, read by `psql` on the calling thread: a poll that awaits can be
        /// starved by other tests' blocking runs on the cooperative pool and miss a short-lived worker.
        static func pendingNow(_ url: String) -> Int? {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["psql", url, "-tAXc", "SELECT count(*) FROM documents WHERE status = 'pending'"]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            p.standardInput = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return nil }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { return nil }
            return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        /// "N retried transactions" from a worker's summary line.
        static func retried(_ stderr: String) -> Int {
            let words = stderr.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard let i = words.firstIndex(of: "retried"), i > words.startIndex else { return 0 }
            return Int(words[words.index(before: i)]) ?? 0
        }

        struct Run {
            var status: Int32
            var stdout: String
            var stderr: String
        }

        static func run(_ args: [String]) throws -> Run {
            let s = try spawn(args)
            s.process.waitUntilExit()
            return Run(status: s.process.terminationStatus, stdout: s.stdout(), stderr: s.stderr())
        }
    }

    /// A synthetic corpus: short Arabic articles made from a few invented sentence templates with
    /// varied actors, outlets and dates. Some articles repeat another's report (another outlet), so
    /// events deduplicate across articles; some say "أمس" (yesterday).
    enum Corpus {
        /// (masculine adjective, feminine adjective) of a country.
        static let countries: [(String, String)] = [
            ("الجزائري", "الجزائرية"), ("التونسي", "التونسية"), ("المصري", "المصرية"), ("الأردني", "الأردنية"),
            ("السوري", "السورية"), ("اللبناني", "اللبنانية"), ("العراقي", "العراقية"), ("السعودي", "السعودية"),
            ("المغربي", "المغربية"), ("الليبي", "الليبية"),
        ]

        static let templates: [@Sendable ((String, String), (String, String)) -> String] = [
            { a, b in "استقبل الرئيس \(a.0) نظيره \(b.0) في العاصمة." },
            { a, b in "التقى وزير الخارجية \(a.0) نظيره \(b.0) على هامش القمة." },
            { a, b in "اتهمت الحكومة \(a.1) الحكومة \(b.1) بدعم الجماعات المسلحة." },
            { a, b in "هاجمت القوات \(a.1) مواقع الجيش \(b.0) قرب الحدود." },
            { a, b in "دعا رئيس الوزراء \(a.0) الحكومة \(b.1) إلى الحوار." },
            { a, b in "أمس استقبل الرئيس \(a.0) وزير الخارجية \(b.0)." },
            { a, b in "أدان وزير الخارجية \(a.0) تصريحات الرئيس \(b.0)." },
            { a, b in "وقعت الحكومة \(a.1) والحكومة \(b.1) اتفاقية للتعاون الاقتصادي." },
        ]

        static let filler = ["وأكد الجانبان أهمية التنسيق.", "ولم يصدر تعليق رسمي.", "وتناول اللقاء الأوضاع في المنطقة."]

        struct RNG: RandomNumberGenerator {
            var state: UInt64
            mutating func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
        }

        /// One sentence, the same for the same seed and index.
        static func sentence(seed: UInt64, index: Int) -> String {
            var rng = RNG(state: seed &* 1_000_003 &+ UInt64(index))
            // Most actors come from the first five countries, so the same dyads recur.
            let pool = Int.random(in: 0..<4, using: &rng) == 0 ? countries.count : 5
            let a = Int.random(in: 0..<pool, using: &rng)
            var b = Int.random(in: 0..<pool, using: &rng)
            if b == a { b = (a + 1) % pool }
            let t = templates[Int.random(in: 0..<templates.count, using: &rng)]
            return t(countries[a], countries[b])
        }

        static func documents(count: Int, seed: UInt64) -> [Document] {
            var rng = RNG(state: seed)
            let outlets = ["wire-a", "wire-b", "wire-c"]
            let start = CalendarDay(iso: "2024-06-01")!
            var docs: [Document] = []
            var hashes = Set<String>()
            // Short articles made of the same few sentences can repeat one another word for word (the
            // store keeps one): lengthen a repeat with more filler until it is unique.
            func unique(_ d: Document) -> Document {
                var d = d
                var k = 0
                while !hashes.insert(CodedDocument.hash(of: d)).inserted {
                    d.text += "\n" + filler[k % filler.count]
                    k += 1
                }
                return d
            }
            for i in 0..<count {
                let day = start.adding(days: Int.random(in: 0..<14, using: &rng))
                var sentences = (0..<Int.random(in: 1...3, using: &rng)).map { sentence(seed: seed, index: i * 10 + $0) }
                if i % 5 == 4, let previous = docs.last {
                    // Another outlet reports the previous article's first act, the same day.
                    sentences[0] = previous.text.components(separatedBy: "\n")[0]
                    docs.append(
                        unique(
                            Document(
                                id: "art-\(seed)-\(i)", title: nil, text: (sentences + [filler[i % filler.count]]).joined(separator: "\n"), date: previous.date,
                                source: outlets[(i + 1) % 3], url: "https://news.example/\(seed)/\(i)")))
                    continue
                }
                let title = i % 3 == 0 ? sentence(seed: seed &+ 17, index: i) : nil
                docs.append(
                    unique(
                        Document(
                            id: "art-\(seed)-\(i)", title: title, text: (sentences + [filler[i % filler.count]]).joined(separator: "\n"), date: day,
                            source: outlets[i % 3], url: "https://news.example/\(seed)/\(i)")))
            }
            return docs
        }

        /// The corpus as a JSONL file in a new temporary directory.
        static func file(count: Int, seed: UInt64) throws -> URL {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-pg-corpus-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var lines: [String] = []
            for d in documents(count: count, seed: seed) {
                var o: [String: Any] = ["id": d.id, "text": d.text]
                if let t = d.title { o["title"] = t }
                if let x = d.date { o["date"] = x.iso }
                if let s = d.source { o["source"] = s }
                if let u = d.url { o["url"] = u }
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self))
            }
            let f = dir.appendingPathComponent("corpus.jsonl")
            try (lines.joined(separator: "\n") + "\n").write(to: f, atomically: true, encoding: .utf8)
            return f
        }
    }
#endif

import ArabicText
import ArgumentParser
import EventCoding
import Foundation
import Store

extension Tawthiq {
    struct Relations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "The relations of two actors over time: per period and direction, deduplicated events per quad class, Goldstein sum and mean, top event types.")

        enum Output: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Argument(help: "The first actor: a country (SYR) or an actor code (SYRGOV).") var a: String
        @Argument(help: "The second actor.") var b: String
        @Option(help: "First day (YYYY-MM-DD).") var from: String?
        @Option(help: "Last day (YYYY-MM-DD).") var to: String?
        @Option(help: "Period: day, week (from Monday), month or year.") var by: PeriodUnit = .month
        @Option(help: "How many event types to list per row.") var top = 3
        @Option(name: .customLong("where"), help: "Only events that happened in this country (the place's country: SYR).") var placeCountry: String?
        @Option(help: "Output: table, csv or json.") var output: Output = .table
        @Flag(help: "Print the query plan (the indexes the query uses) on stderr.") var explainPlan = false
        @OptionGroup var store: StoreOptions

        func query() throws -> RelationsQuery {
            guard let sa = ActorSelector(a) else { throw ValidationError("'\(a)' is not a country code (SYR) or an actor code (SYRGOV)") }
            guard let sb = ActorSelector(b) else { throw ValidationError("'\(b)' is not a country code (SYR) or an actor code (SYRGOV)") }
            func day(_ v: String?, _ n: String) throws -> CalendarDay? {
                guard let v else { return nil }
                guard let d = CalendarDay(iso: v) else { throw ValidationError("--\(n) must be YYYY-MM-DD, got '\(v)'") }
                return d
            }
            guard (1...20).contains(top) else { throw ValidationError("--top must be 1 to 20") }
            return RelationsQuery(
                a: sa, b: sb, from: try day(from, "from"), to: try day(to, "to"), by: by, top: top, place: try EventFilterOptions.country(placeCountry))
        }

        func validate() throws { _ = try query() }

        func run() async throws {
            let q = try query()
            let db = try await store.open(create: false)
            let rows: [RelationRow]
            do {
                if explainPlan { for l in try await db.explainRelations(q) { Console.error("plan: \(l)") } }
                rows = try await db.relations(q)
            } catch {
                Console.error("\(error)")
                try? await db.close()
                throw ExitCode(2)
            }
            try? await db.close()
            let out = OutputSink()
            switch output {
            case .json:
                let enc = JSONEncoder()
                enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for r in rows { out.write(String(decoding: try enc.encode(RelationsJSON(r)), as: UTF8.self)) }
            case .csv:
                out.write("period,source,target,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean,top_types")
                for r in rows {
                    out.write(
                        [r.period, r.source, r.target, String(r.events)].joined(separator: ",") + "," + r.quad.map(String.init).joined(separator: ",")
                            + ",\(r.goldsteinSum),\(r.goldsteinMean)," + CSVField.csv(r.top.map { "\($0.cameo):\($0.count)" }.joined(separator: " ")))
                }
            case .table:
                let names = Ontology.shared
                out.write("period      direction         events  q1  q2  q3  q4  goldstein (sum / mean)  top event types")
                for r in rows {
                    let dir = "\(r.source)→\(r.target)"
                    let top = r.top.map { "\($0.cameo) \(names.entry($0.cameo)?.name ?? "") ×\($0.count)" }.joined(separator: "; ")
                    out.write(
                        pad(r.period, 12) + pad(dir, 18) + pad(String(r.events), 8) + r.quad.map { pad(String($0), 4) }.joined()
                            + pad(String(format: "%.1f / %.2f", r.goldsteinSum, r.goldsteinMean), 24) + top)
                }
                if rows.isEmpty { Console.error("no dated events between \(q.a) and \(q.b) in \(db.name)") }
            }
            out.flush()
        }

        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    }
}

/// A relations row as JSON, with snake_case keys.
struct RelationsJSON: Encodable {
    let row: RelationRow
    init(_ r: RelationRow) { row = r }
    enum K: String, CodingKey { case period, source, target, events, quad, goldstein_sum, goldstein_mean, top }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: K.self)
        try c.encode(row.period, forKey: .period)
        try c.encode(row.source, forKey: .source)
        try c.encode(row.target, forKey: .target)
        try c.encode(row.events, forKey: .events)
        try c.encode(row.quad, forKey: .quad)
        try c.encode(row.goldsteinSum, forKey: .goldstein_sum)
        try c.encode(row.goldsteinMean, forKey: .goldstein_mean)
        try c.encode(row.top, forKey: .top)
    }
}

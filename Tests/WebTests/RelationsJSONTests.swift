import ArabicText
import Foundation
import Store
import Testing

@testable import Web

/// The hand-written relations JSON is byte for byte what the generic encoder makes of the same value.
@Suite struct RelationsJSONTests {
    static func row(_ p: String, _ s: String, _ t: String, _ n: Int, _ sum: Double, _ top: [(String, Int)]) -> RelationRow {
        RelationRow(
            period: p, source: s, target: t, events: n, quad: [n / 4, n / 4, n / 4, n - 3 * (n / 4)], goldsteinSum: sum,
            goldsteinMean: n == 0 ? 0 : (sum / Double(n) * 1000).rounded() / 1000, top: top.map { RelationRow.TypeCount(cameo: $0.0, count: $0.1) })
    }

    @Test func sameBytesAsTheGenericEncoder() throws {
        let rows = [
            Self.row("2024-03", "SYR", "RUS", 12, -66.6, [("043", 5), ("0311", 4), ("190", 3)]),
            Self.row("2024-03", "RUS", "SYR", 1, 5, [("042", 1)]),
            Self.row("2024-04", "SYR", "RUS", 3, 0, []),
            Self.row("2024-W1", "SYRGOV", "RUSGOV", 250_000, -1_234_567.891, [("190", 200_000)]),
            Self.row("2024", "SYR", "RUS", 7, 0.001, [("010", 7)]),
            Self.row("2024-05", "SYR", "RUS", 3, -0.333, [("112", 1)]),
            Self.row("2024-06", "SYR", "RUS", 9, -0.0, [("\u{8}\t\"\\/ق", 9)]),
            Self.row("2024-07", "SYR", "RUS", 2, 123456.125, [("0\u{1}", 2)]),
        ]
        for (from, to) in [(nil, nil), (CalendarDay(iso: "2024-01-01"), CalendarDay(iso: "2024-12-31")), (CalendarDay(iso: "2024-02-01"), nil)] {
            for body in [API.Relations(source: "SYR", target: "RUS", by: "month", from: from, to: to, rows: rows),
                API.Relations(source: "SYR", target: "RUS", by: "week", from: from, to: to, rows: [])]
            {
                let generic = try Reply.encoder.encode(body)
                let fast = RelationsJSON.encode(body)
                #expect(fast == generic, "\n fast    \(String(decoding: fast, as: UTF8.self))\n generic \(String(decoding: generic, as: UTF8.self))")
            }
        }
    }
}

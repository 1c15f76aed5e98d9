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
            for body in [
                API.Relations(source: "SYR", target: "RUS", by: "month", from: from, to: to, rows: rows),
                API.Relations(source: "SYR", target: "RUS", by: "week", from: from, to: to, rows: []),
            ] {
                let generic = try Reply.encoder.encode(body)
                let fast = RelationsJSON.encode(body)
                #expect(fast == generic, "\n fast    \(String(decoding: fast, as: UTF8.self))\n generic \(String(decoding: generic, as: UTF8.self))")
            }
        }
    }

    /// Thousandths are written from their integer: the same bytes as the double's shortest form.
    @Test func thousandthsAreWrittenAsTheirShortestForm() {
        var state: UInt64 = 9
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 20)
        }
        var values: [Double] = [0.001, -0.001, 0.01, 0.1, 0.999, -999_999_999_999.999, 999_999_999_999.5, 123.45, -0.5, 1e12 - 0.001]
        for _ in 0..<200_000 {
            let scale = [1_000, 100_000, 10_000_000, 1_000_000_000_000_000][abs(next()) % 4]
            values.append(Double(next() % scale) / 1000)
        }
        for v in values {
            var b: [UInt8] = []
            RelationsJSON.double(v, &b)
            let expected = v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : v.description
            #expect(String(decoding: b, as: UTF8.self) == expected, "\(v)")
        }
    }
}

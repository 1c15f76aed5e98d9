import Testing

@testable import Store

/// The one-pass top-types selection against the obvious sort, on many random cells with ties,
/// codes of two, three and four digits, and prefixes of one another ("04", "042", "0420").
@Test func topTypesAreThoseOfAFullSort() {
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
    let pool = ["01", "010", "0110", "04", "042", "0420", "043", "19", "190", "1951", "20", "203", "0311", "031"]
    for _ in 0..<2_000 {
        var types: [UInt32: Int] = [:]
        for _ in 0..<(1 + next(10)) { types[RelationAccumulator.key(cameo: pool[next(pool.count)]), default: 0] += 1 + next(3) }
        let n = next(5)
        let expected = types.map { (code: RelationAccumulator.code(of: $0.key), count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }.prefix(n)
        let got = RelationAccumulator.top(types, n)
        #expect(got.map(\.code) == expected.map(\.code))
        #expect(got.map(\.count) == expected.map(\.count))
    }
}

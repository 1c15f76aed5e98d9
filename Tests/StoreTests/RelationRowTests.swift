import ArabicText
import Store
import Testing

@Suite struct RelationRowTests {
    let q = RelationsQuery(a: ActorSelector("SYR")!, b: ActorSelector("RUS")!, by: .month, top: 2)

    @Test func foldsDaysIntoPeriodsBothDirections() {
        let rows = RelationRow.fold(
            [
                DailyCount(forward: true, day: day("2025-10-15"), cameo: "042", quad: 1, count: 2, goldsteinSum: 3.8),
                DailyCount(forward: true, day: day("2025-10-20"), cameo: "0311", quad: 1, count: 1, goldsteinSum: 5.2),
                DailyCount(forward: false, day: day("2025-10-15"), cameo: "043", quad: 1, count: 1, goldsteinSum: 2.8),
                DailyCount(forward: true, day: day("2025-11-02"), cameo: "190", quad: 4, count: 3, goldsteinSum: -30),
            ], query: q)
        #expect(rows.map(\.period) == ["2025-10", "2025-10", "2025-11"])
        #expect(rows[0].source == "SYR" && rows[0].target == "RUS" && rows[1].source == "RUS")
        #expect(rows[0].events == 3 && rows[0].quad == [3, 0, 0, 0])
        #expect(rows[0].goldsteinSum == 9.0 && rows[0].goldsteinMean == 3.0)
        #expect(rows[0].top.map(\.cameo) == ["042", "0311"])
        #expect(rows[2].quad == [0, 0, 0, 3] && rows[2].goldsteinMean == -10)
    }

    @Test func weeksStartOnMonday() {
        #expect(PeriodUnit.week.period(of: day("2025-10-15")) == "2025-10-13")  // a Wednesday
        #expect(PeriodUnit.week.period(of: day("2025-10-13")) == "2025-10-13")
        #expect(PeriodUnit.week.period(of: day("2025-10-19")) == "2025-10-13")  // Sunday
        #expect(PeriodUnit.year.period(of: day("2025-10-19")) == "2025")
    }

    @Test func actorSelectorsAreValidated() {
        #expect(ActorSelector("syr")?.code == "SYR")
        #expect(ActorSelector("SYR")?.isCountry == true)
        #expect(ActorSelector("SYRGOV")?.isCountry == false)
        #expect(ActorSelector("SY") == nil)
        #expect(ActorSelector("SYR'; DROP TABLE events;--") == nil)
    }
}

import ArabicText
import Testing

@Test func isoDaysParseOnlyTheirOwnShape() {
    #expect(CalendarDay(iso: "2024-12-08") == CalendarDay(year: 2024, month: 12, day: 8))
    #expect(CalendarDay(iso: "2024-02-29")?.iso == "2024-02-29")
    for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "+202-01-01", "2024/01/01", "2024-01-01T00", "", "٢٠٢٤-٠١-٠١", "20240101"] {
        #expect(CalendarDay(iso: bad) == nil, "\(bad)")
    }
}

@Test func everyDayOfAFourHundredYearCycleRoundTrips() {
    var d = CalendarDay(year: 2000, month: 1, day: 1)!
    for _ in 0..<146_097 {
        #expect(CalendarDay(iso: d.iso) == d)
        d = d.adding(days: 1)
    }
}

@Test func isoNamesPadTheirFields() {
    #expect(CalendarDay(year: 987, month: 3, day: 4)?.iso == "0987-03-04")
    #expect(CalendarDay(year: 2026, month: 12, day: 31)?.iso == "2026-12-31")
    #expect(CalendarDay(year: 12026, month: 1, day: 9)?.iso == "12026-01-09")
}

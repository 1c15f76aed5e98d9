import ArabicText
import EventCoding
import Store
import Testing

/// The dedup rule's key (Package.swift declares this target; these keep it non-empty).
@Suite struct EventGroupKeyTests {
    @Test func writeSummaryAdds() {
        var a = WriteSummary(inserted: 1, replaced: 2, unchanged: 3, events: 4, flags: 5)
        a += WriteSummary(inserted: 1, replaced: 1, unchanged: 1, events: 1, flags: 1)
        #expect(a == WriteSummary(inserted: 2, replaced: 3, unchanged: 4, events: 5, flags: 6))
    }

    @Test func actorSelector() {
        #expect(ActorSelector("syr")?.isCountry == true)
        #expect(ActorSelector("SYRGOV")?.isCountry == false)
        #expect(ActorSelector("x") == nil)
    }
}

import ArabicText
import EventCoding
import Foundation
import SQLiteStore
import Store
import Testing

@Suite struct SQLiteStoreTests {
    @Test func writesOnceAndSkipsTheSameContent() async throws {
        let t = try TempStore()
        let coded = storeCoder.code(meetingYesterday)
        #expect(!coded.events.isEmpty)
        let first = try await t.store.write([coded])
        #expect(first.inserted == 1 && first.events == coded.events.count)
        let again = try await t.store.write([coded, storeCoder.code(meetingYesterday)])
        #expect(again == WriteSummary(unchanged: 2))
        let counts = try await t.store.counts()
        #expect(counts.documents == 1 && counts.events == coded.events.count)
        #expect(try await t.store.knownHashes([coded.contentHash, "nope"]) == [coded.contentHash])
        await t.cleanup()
    }

    @Test func storedEventsKeepTheirProvenance() async throws {
        let t = try TempStore()
        let coded = storeCoder.code(meetingYesterday)
        _ = try await t.store.write([coded])
        let stored = try await t.store.events(EventFilter())
        #expect(stored.map(\.event) == coded.events)
        let e = try #require(stored.first)
        #expect(e.outlet == "petra" && e.url == "https://petra.example/1" && e.published == day("2024-03-11"))
        #expect(e.lexiconVersion == coded.lexiconVersion && !e.lexiconVersion.isEmpty, "stored \(e.lexiconVersion), coded \(coded.lexiconVersion)")
        #expect(!e.event.evidence.entries.isEmpty)
        await t.cleanup()
    }

    @Test func aCorrectedVersionReplacesItsEvents() async throws {
        let t = try TempStore()
        _ = try await t.store.write([storeCoder.code(meetingYesterday)])
        var corrected = meetingYesterday
        corrected.text = "أدانت وزارة الخارجية الأردنية الهجوم الإسرائيلي على غزة أمس."
        let fix = storeCoder.code(corrected)
        #expect(fix.key == CodedDocument.key(of: meetingYesterday) && fix.contentHash != CodedDocument.hash(of: meetingYesterday))
        let s = try await t.store.write([fix])
        #expect(s.replaced == 1 && s.inserted == 0)
        let stored = try await t.store.events(EventFilter())
        #expect(stored.map(\.event) == fix.events)
        #expect(!stored.contains { $0.event.root == "04" })
        // The meeting's deduplicated events went with the version that reported them.
        let groups = try await t.store.groups(EventFilter())
        #expect(groups.allSatisfy { $0.root != "04" })
        #expect(try await t.store.counts().documents == 1)
        await t.cleanup()
    }

    @Test func manyReportsOfOneActAreOneEvent() async throws {
        let t = try TempStore()
        let a = storeCoder.code(meetingYesterday)
        let b = storeCoder.code(meetingToday)
        _ = try await t.store.write([a, b])
        let meet = try await t.store.groups(EventFilter(source: ActorSelector("JOR"), target: ActorSelector("EGY"), cameo: "040"))
        let g = try #require(meet.first)
        #expect(meet.count == 1)
        #expect(g.day == day("2024-03-10"))
        #expect(g.articles == 2 && g.sources == 2 && g.mentions >= 2)
        #expect(Set(g.outlets) == ["petra", "ahram"])
        #expect(g.urls.first == "https://petra.example/1")
        #expect(g.isRoot)
        await t.cleanup()
    }

    @Test func aDifferentDayOrTargetIsAnotherEvent() async throws {
        let t = try TempStore()
        var later = meetingToday
        later.id = "ahram-8"
        later.url = "https://ahram.example/8"
        later.date = day("2024-03-12")
        later.title = "لقاء أردني مصري جديد"  // the same text alone would be the same article
        var other = meetingToday
        other.id = "ahram-9"
        other.url = "https://ahram.example/9"
        other.text = "التقى وزير الخارجية الأردني أيمن الصفدي نظيره العراقي في القاهرة اليوم."
        _ = try await t.store.write([storeCoder.code(meetingToday), storeCoder.code(later), storeCoder.code(other)])
        let meetings = try await t.store.groups(EventFilter(source: ActorSelector("JOR"), cameo: "040"))
        #expect(Set(meetings.compactMap(\.day)) == [day("2024-03-10"), day("2024-03-12")])
        #expect(Set(meetings.compactMap(\.targetCountry)) == ["EGY", "IRQ"])
        #expect(meetings.count == 3)
        #expect(meetings.allSatisfy { $0.articles == 1 })
        await t.cleanup()
    }

    @Test func filtersNarrowTheEvents() async throws {
        let t = try TempStore()
        _ = try await t.store.write([storeCoder.code(meetingYesterday), storeCoder.code(meetingToday)])
        let all = try await t.store.events(EventFilter())
        #expect(try await t.store.events(EventFilter(outlet: "ahram")).allSatisfy { $0.outlet == "ahram" })
        #expect(try await t.store.events(EventFilter(cameo: "04")).count == all.filter { $0.event.cameo.hasPrefix("04") }.count)
        #expect(
            try await t.store.events(EventFilter(actor: ActorSelector("EGYGOV"))).allSatisfy {
                $0.event.source?.code == "EGYGOV" || $0.event.target?.code == "EGYGOV"
            })
        #expect(try await t.store.events(EventFilter(from: day("2024-03-11"))).isEmpty)
        let page = try await t.store.events(EventFilter(limit: 2))
        #expect(page.count == 2)
        let rest = try await t.store.events(EventFilter(after: page[1].id))
        #expect(page + rest == all)
        // A percent sign in a code prefix is a character, not a wildcard.
        #expect(try await t.store.events(EventFilter(cameo: "%")).isEmpty)
        await t.cleanup()
    }

    @Test func relationsCountDeduplicatedEventsPerPeriodAndDirection() async throws {
        let t = try TempStore()
        _ = try await t.store.write([storeCoder.code(meetingYesterday), storeCoder.code(meetingToday)])
        let rows = try await t.store.relations(RelationsQuery(a: ActorSelector("JOR")!, b: ActorSelector("EGY")!, by: .month))
        let forward = try #require(rows.first { $0.source == "JOR" })
        let backward = try #require(rows.first { $0.source == "EGY" })
        #expect(forward.period == "2024-03" && backward.period == "2024-03")
        let groups = try await t.store.groups(EventFilter(source: ActorSelector("JOR"), target: ActorSelector("EGY")))
        #expect(forward.events == groups.count)
        #expect(forward.quad[0] == forward.events)
        #expect(abs(forward.goldsteinSum - groups.map(\.goldstein).reduce(0, +)) < 1e-9)
        #expect(backward.events == (try await t.store.groups(EventFilter(source: ActorSelector("EGY"), target: ActorSelector("JOR")))).count)
        let plan = try await t.store.explainRelations(RelationsQuery(a: ActorSelector("JOR")!, b: ActorSelector("EGY")!))
        #expect(plan.joined().contains("relation_months"), "\(plan)")
        #expect(!plan.joined().contains("SCAN"), "the rollup is searched on its key, not scanned: \(plan)")
        await t.cleanup()
    }

    /// Every report keeps its place (point, state, division, GeoNames id, offsets, the reason);
    /// `--where` keeps the events that happened in a state; a deduplicated event has its reports' place.
    @Test func placesRoundTripAndFilter() async throws {
        let t = try TempStore()
        let damascus = Document(
            id: "sana-1", text: "استقبل الرئيس السوري في حلب وزير الخارجية الإيراني أمس.", date: day("2024-03-11"), source: "sana",
            url: "https://sana.example/1")
        let coded = [storeCoder.code(meetingYesterday), storeCoder.code(meetingToday), storeCoder.code(damascus)]
        _ = try await t.store.write(coded)
        let stored = try await t.store.events(EventFilter())
        #expect(stored.map(\.event) == coded.flatMap(\.events))
        let cairo = try #require(stored.first { $0.event.cameo == "040" }?.event.place)
        #expect(cairo.country == "EGY" && cairo.name == "القاهرة" && cairo.geonameid == 360630 && cairo.kind == .town && cairo.fips == "EG")
        #expect(cairo.fullName == "Cairo, Egypt" && cairo.admin1 == "11" && cairo.basis == .sentence)
        #expect(stored.first { $0.event.cameo == "040" }?.event.evidence.place?.contains("gazetteer.tsv:") ?? false)
        let inEgypt = try await t.store.events(EventFilter(place: "EGY"))
        #expect(!inEgypt.isEmpty && inEgypt.allSatisfy { $0.event.place?.country == "EGY" })
        let inSyria = try await t.store.events(EventFilter(place: "SYR"))
        #expect(!inSyria.isEmpty && inSyria.allSatisfy { $0.event.place?.name == "حلب" })
        #expect(inEgypt.count + inSyria.count == stored.filter { $0.event.place != nil }.count)
        let groups = try await t.store.groups(EventFilter(place: "EGY"))
        #expect(!groups.isEmpty && groups.allSatisfy { $0.place?.country == "EGY" })
        let rows = try await t.store.relations(RelationsQuery(a: ActorSelector("JOR")!, b: ActorSelector("EGY")!, by: .month, place: "SYR"))
        #expect(rows.isEmpty)
        let here = try await t.store.relations(RelationsQuery(a: ActorSelector("JOR")!, b: ActorSelector("EGY")!, by: .month, place: "EGY"))
        #expect(
            here.map(\.events).reduce(0, +)
                == (try await t.store.relations(RelationsQuery(a: ActorSelector("JOR")!, b: ActorSelector("EGY")!, by: .month))).map(\.events).reduce(0, +))
        await t.cleanup()
    }

    @Test func theMigrationsAreAppendOnly() {
        // Released migrations: never edit or remove one; add a new one at the end of this list.
        let released = ["v1-documents-events", "v2-document-search", "v3-event-rules", "v4-relation-months", "v5-notes", "v6-event-places"]
        #expect(Array(SQLiteStore.migrationNames.prefix(released.count)) == released)
    }

    @Test func anUnopenableStoreIsNamed() {
        #expect(throws: StoreError.self) { try SQLiteStore(path: "/nonexistent-dir/x/t.sqlite") }
    }
}

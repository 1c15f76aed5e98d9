import ArabicText
import EventCoding
import Foundation
import Testing

/// The story that started the project (`../shared/seed/`, read at run time, never copied): Syria's
/// president meets Putin in Moscow; cooperation; the body calls Bashar al-Assad president in 2025.
@Suite(.needsShared(SharedData.seed)) struct SeedStoryTests {
    static func document(date: String) throws -> Document {
        let text = try String(contentsOf: SharedData.require(SharedData.seed), encoding: .utf8)
        return Document.plainText(text, id: "seed", date: day(date))
    }

    static func events(date: String) throws -> (Document, [Event]) {
        let doc = try document(date: date)
        return (doc, builtInCoder.code(doc))
    }

    /// Both parties are Syria and Russia, in either direction.
    static func betweenSyriaAndRussia(_ e: Event) -> Bool {
        let pair = Set([e.source?.country, e.target?.country].compactMap { $0 })
        return pair == ["SYR", "RUS"]
    }

    static func mentionsAssad(_ a: ActorMention?) -> Bool { a?.text.contains("الأسد") ?? false }

    @Test func seedFileIsThere() throws {
        let doc = try Self.document(date: "2025-10-16")
        #expect(doc.title?.isEmpty == false)
        #expect(doc.text.unicodeScalars.count > 1000)
        #expect(!(doc.title ?? "").contains("\n"))
    }

    @Test func syriaConsultsRussia() throws {
        let (_, events) = try Self.events(date: "2025-10-16")
        let consult = events.filter { $0.root == "04" && Self.betweenSyriaAndRussia($0) }
        #expect(!consult.isEmpty, "\(summary(events))")
        #expect(consult.allSatisfy { $0.plover == "CONSULT" })
        #expect(
            consult.contains { ["040", "042"].contains($0.cameo) && $0.source?.country == "SYR" },
            "\(summary(consult))")
    }

    /// The meeting was «يوم أمس» relative to the publication date.
    @Test func theMeetingIsDatedTheDayBefore() throws {
        let (_, events) = try Self.events(date: "2025-10-16")
        let first = events.filter { $0.part == .text && $0.sentence == 0 && $0.root == "04" }
        #expect(!first.isEmpty, "\(summary(events))")
        #expect(first.allSatisfy { $0.date == day("2025-10-15") }, "\(summary(first))")
    }

    /// «لقاءً في موسكو»: the meeting and the visit it makes happened in Moscow (the gazetteer's
    /// point, GeoNames 524901), named in the first sentence.
    @Test func theMeetingIsPlacedInMoscow() throws {
        let (doc, events) = try Self.events(date: "2025-10-16")
        let meeting = events.filter { $0.part == .text && $0.sentence == 0 && $0.root == "04" }
        #expect(meeting.count >= 3, "\(summary(events))")
        for e in meeting {
            let p = try #require(e.place, "\(e.cameo) has no place")
            #expect(p.country == "RUS" && p.geonameid == 524901 && p.kind == .town && p.fullName == "Moscow, Russia", "\(p)")
            #expect(p.basis == .sentence && Array(doc.text.unicodeScalars)[p.start..<p.end].map(Character.init).map(String.init).joined() == "موسكو")
            #expect(abs(p.lat - 55.75) < 0.05 && abs(p.lon - 37.62) < 0.05)
        }
    }

    @Test func syriaAndRussiaAgreeToCooperate() throws {
        let (_, events) = try Self.events(date: "2025-10-16")
        let agree = events.filter { $0.root == "03" && Self.betweenSyriaAndRussia($0) }
        #expect(!agree.isEmpty, "\(summary(events))")
        #expect(agree.allSatisfy { $0.plover == "AGREE" })
    }

    /// The expert's reading (seed README): Syria's head of state visits Russia, 042 SYRGOV→RUS and
    /// the host's 043 RUSGOV→SYRGOV, with a flag on the out-of-term name.
    @Test
    func theVisitIsBySyriasHeadOfState() throws {
        let (_, events) = try Self.events(date: "2025-10-16")
        #expect(events.contains { $0.cameo == "042" && $0.source?.code == "SYRGOV" && $0.target?.country == "RUS" }, "\(summary(events))")
        #expect(events.contains { $0.cameo == "043" && $0.source?.code == "RUSGOV" && $0.target?.code == "SYRGOV" }, "\(summary(events))")
    }

    @Test func noConflictBetweenSyriaAndRussia() throws {
        let (_, events) = try Self.events(date: "2025-10-16")
        let conflict = events.filter { $0.quad >= 3 && Self.betweenSyriaAndRussia($0) }
        #expect(conflict.isEmpty, "\(summary(conflict))")
    }

    @Test func titleEventsArePartTitle() throws {
        let (doc, events) = try Self.events(date: "2025-10-16")
        let title = try #require(doc.title)
        // Whatever the headline codes on its own is what the document's title events are.
        let alone = builtInCoder.code(text: title, date: day("2025-10-16"), doc: "seed")
        let fromTitle = events.filter { $0.part == .title }
        #expect(fromTitle.map(\.cameo) == alone.map(\.cameo))
        #expect(fromTitle.map(\.trigger) == alone.map(\.trigger))
        for e in events {
            let part = e.part == .title ? title : doc.text
            let scalars = Array(part.unicodeScalars)
            #expect(e.trigger.end <= scalars.count)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[e.trigger.start..<min(e.trigger.end, scalars.count)])
            #expect(String(v) == e.trigger.text, "\(e.part) \(e.sentence) \(e.cameo)")
        }
    }

    /// In 2025 Bashar al-Assad is no longer president: the mention «الرئيس السوري بشار الأسد» is flagged.
    @Test func assadAsPresidentIn2025IsFlagged() throws {
        let (_, events) = try Self.events(date: "2025-10-16")
        let assad = events.filter { Self.mentionsAssad($0.source) || Self.mentionsAssad($0.target) }
        #expect(!assad.isEmpty, "\(summary(events))")
        #expect(assad.allSatisfy { $0.flags.contains(.roleOutsideTerm) }, "\(summary(assad))")
        // The flag is about Assad, not about every event.
        let others = events.filter { !(Self.mentionsAssad($0.source) || Self.mentionsAssad($0.target)) }
        #expect(others.allSatisfy { !$0.flags.contains(.roleOutsideTerm) }, "\(summary(others))")
    }

    /// In 2015 he was president: no flag.
    @Test func assadAsPresidentIn2015IsNotFlagged() throws {
        let (_, events) = try Self.events(date: "2015-10-21")
        let assad = events.filter { Self.mentionsAssad($0.source) || Self.mentionsAssad($0.target) }
        #expect(!assad.isEmpty, "\(summary(events))")
        #expect(assad.allSatisfy { !$0.flags.contains(.roleOutsideTerm) }, "\(summary(assad))")
        #expect(assad.allSatisfy { $0.source?.country == "SYR" || $0.target?.country == "SYR" })
    }
}

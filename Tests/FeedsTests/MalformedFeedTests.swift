import EventCoding
import Feeds
import Foundation
import Testing

/// Broken input: what was read before an XML error is kept; the error names line and column.
@Suite struct MalformedFeedTests {
    @Test func anUnclosedTagInItem3KeepsItems1And2() throws {
        let xml = """
            <rss><channel><title>ق</title>
            <item><title>أول</title><description>نص أول</description></item>
            <item><title>ثان</title><description>نص ثان</description></item>
            <item><title>ثالث</title><description>نص ثالث
            </item>
            <item><title>رابع</title><description>نص رابع</description></item>
            </channel></rss>
            """
        let results = readFeed(xml, name: "broken.rss")
        #expect(results.count == 3)
        #expect(documents(results).map(\.title) == ["أول", "ثان"])
        let e = try #require(failures(results).first)
        #expect(e.input == "broken.rss")
        #expect(e.place.hasPrefix("line 5, column "))
        #expect(e.message.contains("<description> (opened on line 4)"))
    }

    @Test func aTruncatedFeedKeepsTheClosedItems() throws {
        let xml = "<rss><channel>\n<item><description>أ</description></item>\n<item><description>ب"
        let results = readFeed(xml)
        #expect(documents(results).map(\.text) == ["أ"])
        let e = try #require(failures(results).first)
        #expect(e.place.hasPrefix("line 3, column "))
        #expect(e.message.contains("ends before"))
    }

    @Test func aRawHTMLEntityIsNamed() throws {
        let results = readFeed("<rss><channel>\n<item><description>نص&nbsp;آخر</description></item></channel></rss>")
        let e = try #require(failures(results).first)
        #expect(e.place.hasPrefix("line 2, column "))
        #expect(e.message.contains("&nbsp;"))
    }

    @Test func aBareAmpersandIsNamed() throws {
        let e = try #require(failures(readFeed("<rss><channel><item><description>AT&T</description></item></channel></rss>")).first)
        #expect(e.place.hasPrefix("line 1, column "))
        #expect(e.message.contains("&amp;"))
    }

    @Test func invalidUTF8NamesLineAndByte() throws {
        var data = Data("<rss><channel>\n<item><description>نص".utf8)
        data.append(0xFF)
        data.append(contentsOf: Data("</description></item></channel></rss>".utf8))
        let results = FeedReader.read(data, name: "bad.rss")
        #expect(results.count == 1)
        let e = try #require(failures(results).first)
        #expect(e.place == "line 2, byte \(data.firstIndex(of: 0xFF)! + 1)")
        #expect(e.message.contains("invalid UTF-8"))
    }

    @Test func aBOMIsFine() {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: Data("<?xml version=\"1.0\"?><rss><channel><item><description>نص</description></item></channel></rss>".utf8))
        #expect(documents(FeedReader.read(data, name: "bom.rss")).map(\.text) == ["نص"])
    }

    @Test(arguments: [
        "", "  \n\t", "<rss><channel><title>ق</title></channel></rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>ق</title></feed>",
        "<Sentences></Sentences>",
    ])
    func anEmptyFeedIsOneFailure(_ xml: String) {
        let results = readFeed(xml, name: "e.xml")
        #expect(results.count == 1)
        #expect(failures(results).first == InputError(input: "e.xml", place: "", message: "empty feed: no items"))
    }

    @Test func notAFeedIsOneFailure() throws {
        let results = readFeed("<html><body>نص</body></html>")
        #expect(results.count == 1)
        #expect(try #require(failures(results).first).message.contains("<html>"))
    }

    @Test func aFormatThatDoesNotMatchTheRootIsOneFailure() throws {
        let results = readFeed("<feed><entry><content>نص</content></entry></feed>", format: .rss)
        #expect(results.count == 1)
        #expect(try #require(failures(results).first).message.contains("<feed>"))
    }

    /// Foundation's `XMLParser` crashed (a NULL `strlen`) on a processing instruction without
    /// data, anywhere in the document; found by FuzzFeeds (issue 16). Processing instructions
    /// are blanked before parsing, with positions kept.
    @Test func aProcessingInstructionWithoutDataDoesNotCrash() throws {
        let xml = "<?data?>\n<rss><channel><?x?><item><description>نص<?y?></description></item>\n<item><description>ب</description></channel></rss>"
        let results = readFeed(xml, name: "pi.rss")
        #expect(documents(results).map(\.text) == ["نص"])
        let e = try #require(failures(results).first)
        #expect(e.place.hasPrefix("line 3, column "), "\(e)")
        let stylesheet =
            "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"s.xsl\"?><rss><channel><item><description>ج</description></item></channel></rss>"
        #expect(documents(readFeed(stylesheet)).map(\.text) == ["ج"])
    }
}

import ArabicText
import EventCoding
import Feeds
import Foundation
import Testing

/// Atom entries → documents: html and xhtml content, summary fallback, links and dates.
@Suite struct AtomReaderTests {
    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">أخبار سوريا</title>
          <id>urn:feed</id>
          <entry>
            <title type="html">الشرع &amp;amp; بوتين</title>
            <id>urn:entry:1</id>
            <link rel="self" href="https://example.org/self/1"/>
            <link rel="alternate" href="https://example.org/1"/>
            <published>2025-10-16T09:30:00+03:00</published>
            <updated>2025-10-17T01:00:00Z</updated>
            <content type="html">&lt;p&gt;اتفق الجانبان على توثيق العلاقات.&lt;/p&gt;&lt;p&gt;وقال&amp;nbsp;المتحدث.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>ملخص فقط</title>
            <id>urn:entry:2</id>
            <link href="https://example.org/2"/>
            <updated>2025-10-18</updated>
            <summary>نص الملخص</summary>
          </entry>
          <entry>
            <title>xhtml</title>
            <id>urn:entry:3</id>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>فقرة أولى</p>
              <p>فقرة <b>ثانية</b></p></div></content>
          </entry>
          <entry>
            <title>فارغ</title>
            <id>urn:entry:4</id>
          </entry>
        </feed>
        """

    @Test func htmlContentIsStripped() throws {
        let results = readFeed(Self.feed, name: "f.atom")
        #expect(results.count == 4)
        let doc = try #require(documents(results).first)
        #expect(doc.id == "urn:entry:1")
        #expect(doc.title == "الشرع & بوتين")
        #expect(doc.text == "اتفق الجانبان على توثيق العلاقات.\nوقال المتحدث.")
        #expect(doc.url == "https://example.org/1")
        #expect(doc.date == CalendarDay(iso: "2025-10-16"))
        #expect(doc.source == "أخبار سوريا")
    }

    @Test func summaryAndUpdatedAreFallbacks() throws {
        let doc = try #require(documents(readFeed(Self.feed)).dropFirst().first)
        #expect(doc.text == "نص الملخص")
        #expect(doc.url == "https://example.org/2")
        #expect(doc.date == CalendarDay(iso: "2025-10-18"))
    }

    @Test func xhtmlContentKeepsParagraphs() throws {
        let doc = try #require(documents(readFeed(Self.feed)).last)
        #expect(doc.text == "فقرة أولى\nفقرة ثانية")
    }

    @Test func anEntryWithoutContentIsNamed() throws {
        let e = try #require(failures(readFeed(Self.feed, name: "f.atom")).first)
        #expect(e.place == "item 4")
        #expect(e.message.contains("<content>"))
        #expect(e.message.contains("فارغ"))
    }
}

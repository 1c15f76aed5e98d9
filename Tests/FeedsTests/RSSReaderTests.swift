import ArabicText
import EventCoding
import Feeds
import Foundation
import Testing

/// RSS 2.0 items → documents: Arabic text, CDATA, HTML bodies, content:encoded, ids and sources.
@Suite struct RSSReaderTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>وكالة الأنباء</title>
            <link>https://example.org/</link>
            <item>
              <title>الشرع وبوتين لتوثيق العلاقات الثنائية</title>
              <link>https://example.org/a/1</link>
              <guid isPermaLink="false">news-1</guid>
              <pubDate>Thu, 16 Oct 2025 09:30:00 +0300</pubDate>
              <description>&lt;p&gt;التقى الرئيس السوري أحمد الشرع &amp;amp; الرئيس الروسي في موسكو.&lt;/p&gt;&lt;p&gt;وبحث الجانبان&amp;nbsp;العلاقات.&lt;/p&gt;</description>
            </item>
            <item>
              <title><![CDATA[وزير الخارجية يزور <b>عمّان</b>]]></title>
              <link>https://example.org/a/2</link>
              <description><![CDATA[<div>ملخص قصير</div>]]></description>
              <content:encoded><![CDATA[<p>وصل وزير الخارجية إلى عمّان&nbsp;اليوم.</p>
        <p>وقال في &#1575;لمؤتمر &quot;نحن هنا&quot;.<br/>انتهى</p><script>var x = "<p>لا</p>";</script>]]></content:encoded>
            </item>
            <item>
              <title>بلا معرف</title>
              <description>نص عادي
        على سطرين</description>
            </item>
          </channel>
        </rss>
        """

    @Test func readsEveryItem() throws {
        let results = readFeed(Self.feed, name: "agency.rss")
        #expect(failures(results).isEmpty)
        let docs = documents(results)
        try #require(docs.count == 3)
        #expect(docs[0].id == "news-1")
        #expect(docs[0].title == "الشرع وبوتين لتوثيق العلاقات الثنائية")
        #expect(docs[0].url == "https://example.org/a/1")
        #expect(docs[0].source == "وكالة الأنباء")
        #expect(docs[0].date == CalendarDay(iso: "2025-10-16"))
    }

    @Test func escapedHTMLInDescriptionBecomesParagraphs() throws {
        let doc = try #require(documents(readFeed(Self.feed)).first)
        #expect(doc.text == "التقى الرئيس السوري أحمد الشرع & الرئيس الروسي في موسكو.\nوبحث الجانبان العلاقات.")
    }

    @Test func contentEncodedIsPreferredAndCDATAIsStripped() throws {
        let doc = try #require(documents(readFeed(Self.feed)).dropFirst().first)
        #expect(doc.title == "وزير الخارجية يزور عمّان")
        #expect(doc.text == "وصل وزير الخارجية إلى عمّان اليوم.\nوقال في المؤتمر \"نحن هنا\".\nانتهى")
        #expect(doc.id == "https://example.org/a/2")
        #expect(doc.date == nil)
    }

    @Test func plainDescriptionKeepsItsLinesAndGetsAMadeUpId() throws {
        let doc = try #require(documents(readFeed(Self.feed, name: "agency.rss")).last)
        #expect(doc.id == "agency.rss#item-3")
        #expect(doc.text == "نص عادي\nعلى سطرين")
        #expect(doc.url == nil)
    }

    @Test func anItemWithoutTextIsAFailureAndTheRestAreRead() throws {
        let xml = """
            <rss><channel><title>ق</title>
            <item><title>أول</title><description>نص أول</description></item>
            <item><title>ثان</title><description>نص ثان</description></item>
            <item><title>عنوان فقط</title><description>  </description></item>
            <item><title>رابع</title><description>نص رابع</description></item>
            </channel></rss>
            """
        let results = readFeed(xml, name: "f.rss")
        #expect(results.count == 4)
        #expect(documents(results).map(\.title) == ["أول", "ثان", "رابع"])
        let e = try #require(failures(results).first)
        #expect(e.place == "item 3")
        #expect(e.message.contains("عنوان فقط"))
        #expect(e.message.contains("<description>"))
        #expect(results[2].isFailure)
    }

    @Test func undeclaredContentPrefixIsTolerated() throws {
        let xml = "<rss><channel><item><title>ع</title><content:encoded>&lt;p&gt;نص&lt;/p&gt;</content:encoded></item></channel></rss>"
        let docs = documents(readFeed(xml))
        #expect(docs.map(\.text) == ["نص"])
    }

    @Test func dcDateIsUsedWithoutPubDate() throws {
        let xml = "<rss><channel><item><description>نص</description><dc:date>2025-10-16T09:30:00+03:00</dc:date></item></channel></rss>"
        #expect(documents(readFeed(xml)).first?.date == CalendarDay(iso: "2025-10-16"))
    }
}

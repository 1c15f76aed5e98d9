import ArabicText
import EventCoding
import Feeds
import Foundation
import Testing

/// pubDate variants: the calendar day as written in the feed's own zone.
@Suite struct FeedDateTests {
    static func pubDate(_ s: String) -> CalendarDay? {
        documents(readFeed("<rss><channel><item><description>نص</description><pubDate>\(s)</pubDate></item></channel></rss>")).first?.date
    }

    @Test(arguments: [
        ("Thu, 16 Oct 2025 09:30:00 +0300", "2025-10-16"),
        ("Thu, 16 Oct 2025 23:30:00 -0500", "2025-10-16"),  // not moved to UTC
        ("Fri, 17 Oct 2025 01:30:00 +0300", "2025-10-17"),
        ("16 Oct 2025 09:30:00 GMT", "2025-10-16"),
        ("Thu, 16 Oct 25 09:30 EST", "2025-10-16"),
        ("Thu, 6 Oct 99 09:30:00 PDT", "1999-10-06"),
        ("Thursday, 16 October 2025 09:30:00 AST", "2025-10-16"),
        ("Thu,16 Oct 2025 09:30:00 +0300", "2025-10-16"),
        ("Sat, 1 Mar 2025 9:05:00 Z", "2025-03-01"),
        ("  Thu, 16 Oct 2025  ", "2025-10-16"),
        ("Oct 16, 2025 09:30", "2025-10-16"),
        ("2025-10-16T09:30:00+03:00", "2025-10-16"),
        ("2025-10-16 09:30:00", "2025-10-16"),
    ])
    func readsTheWrittenDay(_ raw: String, _ iso: String) {
        #expect(Self.pubDate(raw) == CalendarDay(iso: iso), "\(raw)")
    }

    @Test(arguments: ["", "yesterday", "Thu, 31 Feb 2025 09:30:00 +0300", "الخميس 16 أكتوبر 2025", "16 Foo 2025"])
    func anUnreadableDateLeavesTheDocumentUndated(_ raw: String) {
        let results = readFeed("<rss><channel><item><description>نص</description><pubDate>\(raw)</pubDate></item></channel></rss>")
        #expect(results.count == 1)
        #expect(documents(results).first?.date == nil)
    }
}

import EventCoding
import Feeds
import Foundation
import Testing

/// HTML bodies to plain text, seen through RSS descriptions.
@Suite struct HTMLTextTests {
    static func body(_ html: String) -> String? {
        let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return documents(readFeed("<rss><channel><item><description>\(escaped)</description></item></channel></rss>")).first?.text
    }

    @Test(arguments: [
        ("<p>أ</p><p>ب</p>", "أ\nب"),
        ("أ<br>ب<br/>ج", "أ\nب\nج"),
        ("<p>سطر\nملفوف</p>", "سطر ملفوف"),
        ("<ul><li>واحد</li><li>اثنان</li></ul>", "واحد\nاثنان"),
        ("<p>نص <a href=\"https://x/?a=1&b=2\" title='>'>رابط</a> هنا</p>", "نص رابط هنا"),
        ("&#1575;&#x644;&#X645; &laquo;قال&raquo; &hellip;", "الم «قال» …"),
        ("a &lt; b &amp;&amp; c &gt; d", "a < b && c > d"),
        ("&unknown; & &#xZZ; &", "&unknown; & &#xZZ; &"),
        ("سعر < 5 دولار", "سعر < 5 دولار"),
        ("<style>p{}</style><!-- تعليق --><p>نص</p><script>alert('<p>')</script>", "نص"),
        ("<p>  </p><p>&nbsp;</p><p>نص</p>", "نص"),
        ("<table><tr><td>أ</td><td>ب</td></tr></table>", "أ ب"),
    ])
    func plainText(_ html: String, _ text: String) {
        #expect(Self.body(html) == text)
    }
}

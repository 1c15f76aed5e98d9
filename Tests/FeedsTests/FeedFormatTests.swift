import Feeds
import Foundation
import Testing

/// Format from a file extension, or from the root element.
@Suite struct FeedFormatTests {
    @Test func pathExtensions() {
        #expect(FeedFormat(pathExtension: "rss") == .rss)
        #expect(FeedFormat(pathExtension: ".RSS") == .rss)
        #expect(FeedFormat(pathExtension: "atom") == .atom)
        #expect(FeedFormat(pathExtension: "xml") == nil)
        #expect(FeedFormat(pathExtension: "jsonl") == nil)
    }

    @Test(arguments: [
        ("<rss version=\"2.0\">", FeedFormat.rss),
        ("\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by <CMS> -->\n  <rss>", .rss),
        ("<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><rdf:RDF xmlns:rdf=\"x\">", .rss),
        ("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://x/rss-0.91.dtd\"><rss>", .rss),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", .atom),
        ("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", .atom),
        ("<Sentences>", .petrarch),
        ("<?xml version='1.0'?>\n<Sentence date=\"20151021\">", .petrarch),
    ])
    func sniffsTheRootElement(_ head: String, _ format: FeedFormat) {
        #expect(FeedFormat.sniff(Data(head.utf8)) == format)
    }

    @Test(arguments: ["", "   ", "<html>", "<feeds>", "<rssx>", "text <rss>", "<!-- <rss> -->", "{\"id\": 1}"])
    func sniffsNothingElse(_ head: String) {
        #expect(FeedFormat.sniff(Data(head.utf8)) == nil)
    }

    @Test func anExplicitFormatNeedsNoSniffing() {
        let docs = documents(readFeed("<rss><channel><item><description>نص</description></item></channel></rss>", format: .rss))
        #expect(docs.count == 1)
    }
}

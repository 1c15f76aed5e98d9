import ArabicText
import EventCoding
import Feeds
import Foundation
import Testing

/// PETRARCH / UniversalPetrarch `<Sentences>` → one document per `<Sentence>`.
@Suite struct PetrarchReaderTests {
    static let xml = """
        <Sentences>
        <Sentence date="20151021" id="AFP-ARB-20151021-0001-1" source="AFP" sentence="true">
        <Text>
            التقى الرئيس السوري بشار الأسد
            الرئيس الروسي في موسكو
        </Text>
        <Parse>(ROOT (S (NP ...)))</Parse>
        </Sentence>
        <Sentence date="2015-10-22" id="AFP-ARB-20151022-0002-1" source="AFP" sentence="false">
        <Text>اتصل وزير الخارجية بنظيره.</Text>
        </Sentence>
        <Sentence date="2015-13-40" id="bad-date" source="X"><Text>نص بتاريخ خاطئ</Text></Sentence>
        <Sentence id="no-text" source="X"><Text>   </Text></Sentence>
        </Sentences>
        """

    @Test func eachSentenceIsADocument() throws {
        let results = readFeed(Self.xml, name: "p.xml")
        #expect(results.count == 4)
        let docs = documents(results)
        try #require(docs.count == 3)
        #expect(docs[0].id == "AFP-ARB-20151021-0001-1")
        #expect(docs[0].text == "التقى الرئيس السوري بشار الأسد الرئيس الروسي في موسكو")
        #expect(docs[0].source == "AFP")
        #expect(docs[0].date == CalendarDay(iso: "2015-10-21"))
        #expect(docs[0].title == nil)
        #expect(docs[1].date == CalendarDay(iso: "2015-10-22"))
        #expect(docs[1].text == "اتصل وزير الخارجية بنظيره.")
    }

    @Test func anUnparseableDateGivesNoDate() throws {
        let doc = try #require(documents(readFeed(Self.xml)).last)
        #expect(doc.id == "bad-date")
        #expect(doc.date == nil)
    }

    @Test func aSentenceWithoutTextIsNamed() throws {
        let e = try #require(failures(readFeed(Self.xml)).first)
        #expect(e.place == "item 4")
        #expect(e.message.contains("no-text"))
    }

    @Test func aSingleSentenceRootIsRead() {
        let docs = documents(readFeed(#"<Sentence date="20151021" id="s1" source="AFP"><Text>نص</Text></Sentence>"#))
        #expect(docs.map(\.id) == ["s1"])
    }
}

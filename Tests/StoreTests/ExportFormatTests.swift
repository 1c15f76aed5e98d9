import ArabicText
import Store
import Testing

@Suite struct ExportFormatTests {
    let g = EventGroup(
        id: 7, day: CalendarDay(iso: "2025-10-15"), sourceCode: "SYRGOV", sourceCountry: "SYR", sourceRole: "GOV",
        sourceName: "الرئيس السوري", targetCode: "RUS", targetCountry: "RUS", targetRole: nil, targetName: "روسيا, \"الاتحاد\"",
        cameo: "042", root: "04", plover: "CONSULT", quad: 1, goldstein: 1.9, mentions: 3, sources: 2, articles: 2, isRoot: true,
        urls: ["https://a.example/1", "https://b.example/2"], outlets: ["a", "b"], reports: [1, 2, 5], firstSentence: "a-1#title.0",
        added: "2026-11-29 03:00:00")

    @Test func gdeltHasItsSixtyOneColumns() {
        #expect(ExportFormat.gdeltColumns.count == 61)
        let f = ExportFormat.gdelt.row(g).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(f.count == 61)
        let col = Dictionary(uniqueKeysWithValues: zip(ExportFormat.gdeltColumns, f.map(String.init)))
        #expect(col["SQLDATE"] == "20251015" && col["MonthYear"] == "202510" && col["Year"] == "2025")
        #expect(col["FractionDate"] == "2025.7863")
        #expect(col["Actor1Code"] == "SYRGOV" && col["Actor1CountryCode"] == "SYR" && col["Actor1Type1Code"] == "GOV")
        #expect(col["EventCode"] == "042" && col["EventBaseCode"] == "042" && col["EventRootCode"] == "04")
        #expect(col["NumMentions"] == "3" && col["NumSources"] == "2" && col["NumArticles"] == "2")
        #expect(col["AvgTone"] == "" && col["ActionGeo_Lat"] == "")
        #expect(col["DATEADDED"] == "20261129030000" && col["SOURCEURL"] == "https://a.example/1")
    }

    @Test func phoenixHasItsColumns() {
        let f = ExportFormat.phoenix.row(g).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(f.count == ExportFormat.phoenixColumns.count)
        #expect(f[1] == "20251015" && f[6] == "SYR" && f[7] == "GOV" && f[13] == "042" && f[15] == "1")
        #expect(f[24] == "https://a.example/1;https://b.example/2")
    }

    @Test func csvQuotesWhatNeedsIt() {
        let row = ExportFormat.csv.row(g)
        #expect(row.contains("\"روسيا, \"\"الاتحاد\"\"\""))
        #expect(CSVField.csv("plain") == "plain")
        #expect(CSVField.tsv("a\tb\nc") == "a b c")
    }

    @Test func jsonCarriesTheReports() {
        let j = ExportFormat.jsonl.row(g)
        #expect(j.hasPrefix("{\"id\":7,\"date\":\"2025-10-15\",\"source\":{\"code\":\"SYRGOV\""))
        #expect(j.contains("\"reports\":[1,2,5]") && j.contains("\"mentions\":3"))
    }
}

import ArabicText
import EventCoding
import Foundation
import Lexicon
import SQLiteStore
import Store

/// One coder for every store test (loading the lexicon is the slow part).
let storeCoder = DocumentCoder(coder: EventCoder(lexicon: Lexicon.load().lexicon))

func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

/// A fresh SQLite store in a temporary directory, removed by `cleanup`.
struct TempStore {
    let dir: URL
    let store: SQLiteStore

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("t.sqlite").path)
    }

    func cleanup() async {
        try? await store.close()
        try? FileManager.default.removeItem(at: dir)
    }
}

/// The Jordan–Egypt meeting, as two outlets report it on two publication days.
let meetingYesterday = Document(
    id: "petra-1", title: "الصفدي يلتقي نظيره المصري",
    text: "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة أمس.",
    date: day("2024-03-11"), source: "petra", url: "https://petra.example/1")
let meetingToday = Document(
    id: "ahram-7", text: "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة اليوم.",
    date: day("2024-03-10"), source: "ahram", url: "https://ahram.example/7")

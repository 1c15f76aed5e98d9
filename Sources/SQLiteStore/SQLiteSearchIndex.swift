import ArabicText
import GRDB

/// The full-text index of stored articles (migration "v2-document-search"): an FTS5 table with
/// the trigram tokenizer over the NORMALISED headline and text, so tashkeel, tatweel, hamza and
/// alef forms do not matter and a word matches inside its clitics (و، ال، ب…).
enum SQLiteSearchIndex {
    /// `tawthiq_normalize(text)`: `ArabicNormalizer.normalize`, for the migration's back-fill.
    static let normalizeFunction = DatabaseFunction("tawthiq_normalize", argumentCount: 1, pure: true) { values in
        guard let s = String.fromDatabaseValue(values[0]) else { return nil }
        return ArabicNormalizer.normalize(s)
    }

    /// An article to index: `replacing` when it is a new version of an article indexed before.
    struct Row {
        let id: Int64
        let title: String?
        let body: String
        let replacing: Bool
    }

    /// Indexes (or re-indexes) a batch of articles; called by the writer inside its transaction,
    /// after its other writes. Rows go in a few multi-row statements: FTS5 flushes its pending
    /// rows into a new segment at every statement that opens a statement journal, so one
    /// statement per article would leave the index in fragments for its merges to undo.
    static func index(_ db: Database, _ all: [Row]) throws {
        // An article replaced within the same batch is indexed once, as its last version.
        var last: [Int64: Int] = [:]
        for (k, r) in all.enumerated() { last[r.id] = k }
        let rows = all.enumerated().filter { last[$0.element.id] == $0.offset }.map(\.element)
        let replaced = rows.filter(\.replacing).map(\.id)
        for chunk in stride(from: 0, to: replaced.count, by: 500) {
            let part = Array(replaced[chunk..<min(chunk + 500, replaced.count)])
            let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
            try db.execute(sql: "DELETE FROM document_search WHERE rowid IN (\(marks))", arguments: StatementArguments(part))
        }
        for chunk in stride(from: 0, to: rows.count, by: 200) {
            let part = rows[chunk..<min(chunk + 200, rows.count)]
            var args: [(any DatabaseValueConvertible)?] = []
            for r in part { args += [r.id, ArabicNormalizer.normalize(r.title ?? ""), ArabicNormalizer.normalize(r.body)] }
            let marks = Array(repeating: "(?, ?, ?)", count: part.count).joined(separator: ", ")
            try db.execute(sql: "INSERT INTO document_search (rowid, title, body) VALUES \(marks)", arguments: StatementArguments(args))
        }
    }

    /// The FTS5 query for a user's words: each normalised word of three letters or more as a
    /// quoted phrase (so no FTS syntax gets through), all required. Nil when no word is long enough.
    static func matchQuery(_ q: String) -> String? {
        let words = ArabicNormalizer.normalize(q).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .map(String.init).filter { $0.unicodeScalars.count >= 3 }
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }
}

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

    /// Indexes (or re-indexes) one article; called by the writer inside its transaction.
    static func index(_ db: Database, id: Int64, title: String?, body: String) throws {
        try db.execute(sql: "DELETE FROM document_search WHERE rowid = ?", arguments: [id])
        try db.execute(
            sql: "INSERT INTO document_search (rowid, title, body) VALUES (?, ?, ?)",
            arguments: [id, ArabicNormalizer.normalize(title ?? ""), ArabicNormalizer.normalize(body)])
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

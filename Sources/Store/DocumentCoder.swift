import ArabicText
import EventCoding

/// Codes and verifies documents for the store: the events with their flags, the sentences read,
/// and the lexicon version that coded them.
public struct DocumentCoder: Sendable {
    public let verifier: DocumentVerifier
    /// A publication date for documents that carry none (a `--date` option).
    public let defaultDate: CalendarDay?

    public init(coder: EventCoder, defaultDate: CalendarDay? = nil) {
        self.verifier = DocumentVerifier(coder: coder)
        self.defaultDate = defaultDate
    }

    /// The document as a store can keep it: every NUL (U+0000) a space. SQLite's C interface
    /// ends text at a NUL and PostgreSQL refuses it, so a NUL would cut the stored body short of
    /// the offsets coded from the whole; a space is one unit in UTF-8 and UTF-16 alike, so the
    /// offsets stay where they were. The content hash stays that of the document as given.
    public static func storable(_ d: Document) -> Document {
        func clean(_ s: String) -> String { s.utf8.contains(0) ? s.replacingOccurrences(of: "\u{0}", with: " ") : s }
        guard d.text.utf8.contains(0) || [d.title, d.id, d.source, d.url, d.key].contains(where: { $0?.utf8.contains(0) == true }) else { return d }
        var out = d
        out.text = clean(d.text)
        out.title = d.title.map(clean)
        out.id = clean(d.id)
        out.source = d.source.map(clean)
        out.url = d.url.map(clean)
        out.key = d.key.map(clean)
        return out
    }

    /// Codes and verifies one document.
    public func code(_ document: Document) -> CodedDocument { code(document, contentHash: nil) }

    /// `code`, where `contentHash` is the document's ``CodedDocument/hash(of:)`` when the caller
    /// has it already.
    public func code(_ document: Document, contentHash: String?) -> CodedDocument {
        let stored = DocumentCoder.storable(document)
        let (report, read) = verifier.verifyReadingSentences(stored, option: defaultDate)
        var doc = stored
        doc.date = report.publication.day
        var sentences: [SentenceRecord] = []
        var index: [DocumentPart: Int] = [:]
        for (part, s) in read {
            let i = index[part, default: 0]
            index[part] = i + 1
            sentences.append(SentenceRecord(part: part, index: i, start: s.start, end: s.end))
        }
        return CodedDocument(
            document: doc, contentHash: contentHash ?? CodedDocument.hash(of: document), key: CodedDocument.key(of: document),
            dateSource: report.publication.source, sentences: sentences, events: report.events, flags: report.flags, notes: report.notes,
            lexiconVersion: verifier.coder.lexicon.version)
    }
}

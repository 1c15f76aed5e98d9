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

    public func code(_ document: Document) -> CodedDocument {
        let report = verifier.verify(document, option: defaultDate)
        var doc = document
        doc.date = report.publication.day
        var sentences: [SentenceRecord] = []
        for (part, text) in [(DocumentPart.title, doc.title ?? ""), (.text, doc.text)] where !text.isEmpty {
            for (i, s) in EventCoder.sentences(text).enumerated() {
                sentences.append(SentenceRecord(part: part, index: i, start: s.start, end: s.end))
            }
        }
        return CodedDocument(
            document: doc, contentHash: CodedDocument.hash(of: document), key: CodedDocument.key(of: document),
            dateSource: report.publication.source, sentences: sentences, events: report.events, flags: report.flags,
            lexiconVersion: verifier.coder.lexicon.version)
    }
}

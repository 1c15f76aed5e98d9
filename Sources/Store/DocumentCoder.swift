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

    /// Codes and verifies one document.
    public func code(_ document: Document) -> CodedDocument { code(document, contentHash: nil) }

    /// `code`, where `contentHash` is the document's ``CodedDocument/hash(of:)`` when the caller
    /// has it already.
    public func code(_ document: Document, contentHash: String?) -> CodedDocument {
        let (report, read) = verifier.verifyReadingSentences(document, option: defaultDate)
        var doc = document
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
            dateSource: report.publication.source, sentences: sentences, events: report.events, flags: report.flags,
            lexiconVersion: verifier.coder.lexicon.version)
    }
}

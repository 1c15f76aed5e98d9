import ArabicText
import Lexicon

/// Codes an article and runs every verification check on it; each event carries the kinds of the
/// flags that concern it (by the offsets of its source, target and trigger).
public struct DocumentVerifier: Sendable {
    public let coder: EventCoder
    public let checks: [any VerificationCheck]

    public init(coder: EventCoder, checks: [any VerificationCheck] = DocumentVerifier.standardChecks) {
        self.coder = coder
        self.checks = checks
    }

    public static let standardChecks: [any VerificationCheck] = [
        RoleOutsideTermCheck(), HeadlineBodyConflictCheck(), DateUnresolvableCheck(), DateAfterPublicationCheck(),
        UnknownOfficeHolderCheck(),
    ]

    public func verify(_ document: Document, option: CalendarDay? = nil) -> VerificationReport {
        verifyReadingSentences(document, option: option).report
    }

    /// `verify`, with the sentences the coder read (part and span), for callers that keep them.
    public func verifyReadingSentences(_ document: Document, option: CalendarDay? = nil)
        -> (report: VerificationReport, sentences: [(part: DocumentPart, span: SentenceSpan)])
    {
        let publication = PublicationDate.resolve(document: document, option: option)
        var doc = document
        doc.date = publication.day
        var analysis = coder.analyse(doc)
        coder.headlineNamesTheHolder(&analysis, date: publication.day)
        let found = checks.flatMap { $0.flags(analysis, publication: publication.day, lexicon: coder.lexicon) }
        let flags = found.filter { !$0.kind.isNote }
        let notes = found.filter(\.kind.isNote)
        for i in analysis.events.indices {
            let e = analysis.events[i]
            let spans = [e.source.map { ($0.start, $0.end) }, e.target.map { ($0.start, $0.end) }, (e.trigger.start, e.trigger.end)].compactMap { $0 }
            for f in flags where f.kind != .dateUnresolvable && f.kind != .roleOutsideTerm {
                let touches = f.mentions.contains { m in
                    m.part == e.part && m.sentence == e.sentence && spans.contains { $0.0 < m.end && m.start < $0.1 }
                }
                if touches && !analysis.events[i].flags.contains(f.kind) { analysis.events[i].flags.append(f.kind) }
            }
        }
        return (VerificationReport(doc: doc.id, publication: publication, events: analysis.events, flags: flags, notes: notes), analysis.sentences)
    }
}

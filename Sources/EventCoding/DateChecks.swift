import ArabicText
import Lexicon

/// `date-unresolvable`: relative dates (أمس، الأحد الماضي) with no publication date to anchor them.
public struct DateUnresolvableCheck: VerificationCheck {
    public let kind = EventFlag.dateUnresolvable
    public init() {}

    public func flags(_ analysis: DocumentAnalysis, publication: CalendarDay?, lexicon: Lexicon) -> [VerificationFlag] {
        guard publication == nil, !analysis.dates.isEmpty else { return [] }
        let texts = analysis.dates.map { "«\($0.text)»" }.joined(separator: ", ")
        return [
            VerificationFlag(
                kind: kind, mentions: analysis.dates.map { FlagMention(part: $0.part, sentence: $0.sentence, text: $0.text, start: $0.start, end: $0.end) },
                facts: [],
                explanation:
                    "The story has no publication date (none in the input, none given, no dateline), so \(texts) cannot be resolved; events they date are left undated.",
                explanationArabic: "لا يحمل الخبر تاريخ نشر، فلا يمكن تحديد \(texts)؛ وتُترك الأحداث المرتبطة بها بلا تاريخ.")
        ]
    }
}

/// `date-after-publication`: an act dated after the story's own date (intent, 03, may look ahead).
public struct DateAfterPublicationCheck: VerificationCheck {
    public let kind = EventFlag.dateAfterPublication
    public init() {}

    public func flags(_ analysis: DocumentAnalysis, publication: CalendarDay?, lexicon: Lexicon) -> [VerificationFlag] {
        guard let pub = publication else { return [] }
        return analysis.events.compactMap { e in
            guard let d = e.date, d > pub, e.root != "03" else { return nil }
            return VerificationFlag(
                kind: kind, mentions: [FlagMention(part: e.part, sentence: e.sentence, text: e.trigger.text, start: e.trigger.start, end: e.trigger.end)],
                facts: [],
                explanation: "«\(e.trigger.text)» (CAMEO \(e.cameo)) is dated \(d.iso), after the story's own date \(pub.iso).",
                explanationArabic: "الحدث «\(e.trigger.text)» مؤرَّخ في \(d.iso)، بعد تاريخ نشر الخبر \(pub.iso).")
        }
    }
}

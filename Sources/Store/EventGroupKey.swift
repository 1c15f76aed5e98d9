import EventCoding

/// The deduplication rule: which reports are the same event.
///
/// Two coded events are one event when they have the same day of the act (relative dates already
/// resolved against each article's publication date), the same source actor code, the same target
/// actor code and the same full CAMEO code. The window is that one calendar day: reports published
/// on different days about the same act ("yesterday" in one, the date in another) merge, and two
/// acts on different days, or against different targets, never do. An event with no date, or with
/// neither a source nor a target, is never merged with another article's: it is its own event.
public enum EventGroupKey {
    public static func key(for e: Event, documentKey: String, index: Int) -> String {
        if let day = e.date, e.source != nil || e.target != nil {
            return [day.iso, e.source?.code ?? "", e.target?.code ?? "", e.cameo].joined(separator: "|")
        }
        return "doc|\(documentKey)|\(e.part.rawValue)|\(e.sentence)|\(index)"
    }
}

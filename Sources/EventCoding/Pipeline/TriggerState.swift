import ArabicText
import Lexicon

/// One trigger as it goes through the trigger stages (``TriggerStage``).
struct TriggerState {
    let trigger: FoundTrigger
    let pattern: EventPattern
    /// Set by a stage that decides the trigger gives no event, with the reason (for `trace`).
    var dropped: String?

    // .modality
    /// The act is announced for later (سيلتقي، من المقرر أن): only a meeting is coded, as 036.
    var future = false
    /// The CAMEO code the events get (the pattern's, or 036 for a future meeting).
    var code: String
    // .arguments
    var arguments = Arguments()
    /// No actor names a country, an IGO or a known group: the events are detections only.
    var unplaced = false
    // .gateDecision
    /// The gate's verdict for the evidence, when a gate was asked.
    var gateEntry: String?
    // .eventDate
    var date: CalendarDay?
    /// Told as background or history, not as the story's news (flag `background`).
    var background = false
    var flags: [EventFlag] = []
    // .eventPlace
    /// Where the act happened, and why (nil: no place in its sentence and no dateline).
    var place: (mention: PlaceMention, reason: String, location: String)?

    init(_ trigger: FoundTrigger, _ pattern: EventPattern) {
        self.trigger = trigger
        self.pattern = pattern
        code = pattern.code
    }

    /// The pattern's CAMEO root (also for a future meeting coded 036).
    var root: String { String(pattern.code.prefix(2)) }
}

import Lexicon
/// The act's date: the date expression nearest the trigger, else the publication date; a relative
/// date that cannot be resolved leaves it unknown (flag `date-unresolvable`). An intent (03) is
/// dated by its statement, not by the future act it announces.
struct DatingStage: TriggerStage {
    let name = "dating"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .dates, .modality]
    let writes: Set<PipelineSlot> = [.eventDate]

    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext) {
        let trigStart = s.tokens[t.trigger.from].token.start
        let publication = s.doc.date
        t.date = publication
        let candidates = s.dates.filter { d in
            !(t.code.hasPrefix("03") && (d.day.map { day in publication.map { day > $0 } ?? false } ?? false))
        }
        if let d = candidates.min(by: { abs($0.start - trigStart) < abs($1.start - trigStart) }), d.kind != .vague {
            if let day = d.day {
                t.date = day
            } else if d.isRelative {
                t.date = nil
                t.flags.append(.dateUnresolvable)
            }
        }
    }
}

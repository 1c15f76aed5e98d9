import ArabicText
import EventCoding
import Foundation
import Lexicon
import Testing

/// The package root: three levels up from this file (Tests/EventCodingTests/…).
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // EventCodingTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root

/// One coder with the built-in lexicon for every test (loading it is the slow part).
let builtInCoder = EventCoder(lexicon: Lexicon.load().lexicon)

func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

/// An actor pattern: nil = no actor; "*" = anything; three letters = that country (or that bare
/// code, for role-only actors such as UAF); longer = that exact actor code.
func actorMatches(_ a: ActorMention?, _ spec: String?) -> Bool {
    guard let spec else { return a == nil }
    if spec == "*" { return true }
    guard let a else { return false }
    if spec.unicodeScalars.count == 3 { return a.country == spec || a.code == spec }
    return a.code == spec
}

/// An expected event: `code` is a full CAMEO code, or a root when it has two digits.
struct Gold: CustomStringConvertible {
    var code: String
    var source: String?
    var target: String?
    /// nil: not checked.
    var date: CalendarDay?

    init(_ code: String, _ source: String?, _ target: String?, date: String? = nil) {
        self.code = code
        self.source = source
        self.target = target
        self.date = date.map(day)
    }

    func matches(_ e: Event) -> Bool {
        let codeOK = code.count == 2 ? e.root == code : e.cameo == code
        return codeOK && actorMatches(e.source, source) && actorMatches(e.target, target)
            && (date == nil || e.date == date)
    }

    var description: String { "\(code) \(source ?? "-")→\(target ?? "-")\(date.map { " @" + $0.iso } ?? "")" }
}

/// One line an event, for failure messages.
func summary(_ events: [Event]) -> String {
    events.isEmpty
        ? "(no events)"
        : events.map { e in
            "\(e.cameo) \(e.source?.code ?? "-")[\(e.source?.text ?? "")]→\(e.target?.code ?? "-")[\(e.target?.text ?? "")] "
                + "«\(e.trigger.text)» \(e.date?.iso ?? "null") \(e.flags)"
        }.joined(separator: "; ")
}

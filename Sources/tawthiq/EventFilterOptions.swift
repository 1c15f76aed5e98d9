import ArabicText
import ArgumentParser
import Store

/// The filters `events` and `export` share.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "An actor on either side: a country (SYR) or an actor code (SYRGOV).") var actor: String?
    @Option(help: "The source actor: a country or an actor code.") var source: String?
    @Option(help: "The target actor: a country or an actor code.") var target: String?
    @Option(help: "A CAMEO code or prefix (04, 042).") var cameo: String?
    @Option(help: "A PLOVER event type (CONSULT, ASSAULT…).") var plover: String?
    @Option(help: "First day (YYYY-MM-DD).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD).") var to: String?
    @Option(help: "The outlet (document source), exactly.") var outlet: String?
    @Option(name: .customLong("where"), help: "Where the event happened: the place's country (SYR).") var placeCountry: String?
    @Flag(
        help:
            "Only events that carry a contradiction flag (role-outside-term, headline-body-conflict, date-after-publication, date-unresolvable); not notes, nor the coder's inferences."
    ) var flagged = false
    @Option(help: "At most this many rows.") var limit: Int?

    func validate() throws { _ = try filter() }

    func filter() throws -> EventFilter {
        func actorOption(_ v: String?, _ name: String) throws -> ActorSelector? {
            guard let v else { return nil }
            guard let s = ActorSelector(v) else { throw ValidationError("--\(name) must be a country code (SYR) or an actor code (SYRGOV), got '\(v)'") }
            return s
        }
        func day(_ v: String?, _ name: String) throws -> CalendarDay? {
            guard let v else { return nil }
            guard let d = CalendarDay(iso: v) else { throw ValidationError("--\(name) must be YYYY-MM-DD, got '\(v)'") }
            return d
        }
        if let c = cameo, c.isEmpty || c.count > 4 || !c.allSatisfy(\.isASCII) || !c.allSatisfy(\.isNumber) {
            throw ValidationError("--cameo must be 2 to 4 digits, got '\(c)'")
        }
        if let l = limit, l < 0 { throw ValidationError("--limit must be 0 or more") }
        let place = try EventFilterOptions.country(placeCountry)
        return EventFilter(
            actor: try actorOption(actor, "actor"), source: try actorOption(source, "source"), target: try actorOption(target, "target"),
            cameo: cameo, plover: plover?.uppercased(), from: try day(from, "from"), to: try day(to, "to"), outlet: outlet,
            place: place, flaggedOnly: flagged, limit: limit)
    }

    /// `--where`: an ISO alpha-3 country code (upper-cased), or nil.
    static func country(_ v: String?) throws -> String? {
        guard let v else { return nil }
        let c = v.uppercased()
        guard c.count == 3, c.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw ValidationError("--where must be a country code of three letters (SYR), got '\(v)'")
        }
        return c
    }
}

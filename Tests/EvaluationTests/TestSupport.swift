import ArabicText
import EventCoding
import Foundation

/// An actor as a coder would emit it for a CAMEO actor code: `SYRGOV` → country SYR, role GOV;
/// IGO codes and role-only codes such as `UAF` have no country.
func actor(_ code: String) -> ActorMention {
    let (country, role): (String?, String?)
    if code.hasPrefix("IGO") || code.hasPrefix("IMG") {
        // As the coder writes them: an IGO or an international militant group has no country.
        (country, role) = (nil, nil)
    } else if ["UAF", "REB", "CVL", "GOV", "MIL", "OPP"].contains(code) {
        (country, role) = (nil, code)
    } else {
        (country, role) = (String(code.prefix(3)), code.count > 3 ? String(code.dropFirst(3)) : nil)
    }
    return ActorMention(code: code, country: country, role: role, text: code, start: 0, end: 0)
}

/// A synthetic event; the fields scoring ignores get fixed values.
func event(
    _ cameo: String, plover: String? = nil, source: ActorMention?, target: ActorMention? = nil,
    date: CalendarDay? = nil, flags: [EventFlag] = []
) -> Event {
    Event(
        doc: "test", part: .text, sentence: 0, date: date, cameo: cameo, root: String(cameo.prefix(2)),
        plover: plover, mode: nil, goldstein: 0, quad: 1, source: source, target: target,
        trigger: Span(text: "t", start: 0, end: 1), flags: flags,
        evidence: Evidence(sentence: "", start: 0, end: 0, entries: []))
}

/// A fresh temporary folder holding `files` (name → contents).
func temporaryDirectory(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, contents) in files {
        try Data(contents.utf8).write(to: dir.appendingPathComponent(name))
    }
    return dir
}

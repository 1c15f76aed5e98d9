import EventCoding

/// The actor keys events are matched on (see ``GoldEvaluator``).
enum ActorKey {
    /// CAMEO role and sector codes that can open a code with no country (`UAF`, `REB`, …), and
    /// NGO and IMG, which like IGO open a transnational code. An IMG code is kept whole: a
    /// prediction of it has no country, so its key is its whole code (`IMGMOSISI`), and keying
    /// the gold by its first three letters (`IMG`) matched no prediction at all.
    static let roleCodes: Set<String> = [
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "UAF", "CVL", "BUS", "MED", "EDU", "REL",
        "REF", "ELI", "SPY", "HLH", "LAB", "AGR", "PTY", "ENV", "CRM", "SEP", "MOD", "RAD", "AMN", "IRC",
        "NGO", "IMG",
    ]

    /// A gold code's key: the 6-letter IGO code (`IGOUNOWFP` → `IGOUNO`), the whole code when it
    /// starts with a role (`UAF`; `---GOV` → `GOV`), else the 3-letter country (`SYRGOV` → `SYR`).
    static func gold(_ code: String) -> String {
        let code = code.hasPrefix("---") ? String(code.dropFirst(3)) : code
        if code.hasPrefix("IGO") { return String(code.prefix(6)) }
        let head = String(code.prefix(3))
        return roleCodes.contains(head) ? code : head
    }

    /// A predicted actor's key: its country, else the 6-letter IGO prefix of its code, else its code.
    static func predicted(_ actor: ActorMention) -> String {
        if let country = actor.country { return country }
        return actor.code.hasPrefix("IGO") ? String(actor.code.prefix(6)) : actor.code
    }
}

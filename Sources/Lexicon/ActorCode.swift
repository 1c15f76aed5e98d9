/// Helpers for CAMEO actor codes: a 3-letter country (or IGO/NGO/…) followed by 3-letter roles.
public enum ActorCode {
    /// Role codes recognised after a country.
    public static let roles: Set<String> = [
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "UAF", "CVL", "BUS", "MED", "EDU", "REL",
        "REF", "ELI", "SPY", "HLH", "LAB", "AGR", "NGO", "IGO", "SEP", "MOD", "RAD", "CRM", "PTY", "IMG",
        "SET", "HRI", "ENV", "DEV", "AMN", "IRC", "GRN", "JEW", "MOS", "CHR", "SUN", "SHI", "NGM",
    ]

    /// Codes that begin with these are not countries.
    public static let nonCountryPrefixes: Set<String> = ["IGO", "NGO", "IMG", "MNC", "UAF", "CVL", "REB", "INS"]

    /// The roles of a state's own agents: its government, forces, police, courts, parliament and
    /// intelligence.
    public static let stateAgentRoles: Set<String> = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]

    /// Whether a role is one of a state's own agents (``stateAgentRoles``).
    public static func isStateAgent(_ role: String?) -> Bool { role.map(stateAgentRoles.contains) ?? false }

    /// Whether the code is an intergovernmental organisation's (IGOUNO, IGOARL, …).
    @inlinable public static func isIGO(_ code: String) -> Bool { code.hasPrefix("IGO") }

    /// Whether a string is a syntactically valid actor code: groups of three capital letters.
    public static func isWellFormed(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        guard !scalars.isEmpty, scalars.count % 3 == 0 else { return false }
        return scalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
    }

    /// The ISO alpha-3 country of a code, or nil when the code does not start with a country.
    public static func country(of code: String) -> String? {
        guard code.unicodeScalars.count >= 3 else { return nil }
        let p = String(code.prefix(3))
        if nonCountryPrefixes.contains(p) || roles.contains(p) { return nil }
        return p
    }

    /// The last role of a code (GOV in SYRGOV), or nil for a bare country.
    public static func role(of code: String) -> String? {
        let n = code.unicodeScalars.count
        if n == 3 { return roles.contains(code) ? code : nil }
        guard n >= 6 else { return nil }
        let head = String(code.prefix(3))
        if nonCountryPrefixes.contains(head), head != "UAF", head != "CVL", head != "REB", head != "INS" {
            return nil
        }
        let r = String(code.suffix(3))
        return roles.contains(r) ? r : nil
    }
}

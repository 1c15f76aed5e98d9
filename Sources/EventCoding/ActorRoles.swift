/// Groups of CAMEO role codes the coder's rules treat alike.
enum ActorRoles {
    /// Roles a count can head as one mention (مئات المحتجين، عشرات الجنود).
    static let countable: Set<String> = ["CVL", "REF", "GOV", "MIL", "COP", "UAF", "REB"]
    /// People named by a role noun in construct with an organisation are its members (مسلحي حماس).
    static let members: Set<String> = ["CVL", "UAF", "MIL", "REB", "OPP"]
    /// State agents: with no country of their own they belong to the state named before them.
    static let stateAgents: Set<String> = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI"]
    /// Roles a place in the sentence locates (محتجون في بيروت → LBNCVL).
    static let locatedByPlace: Set<String> = ["CVL", "REF", "OPP", "REB", "COP", "MIL", "GOV", "LEG", "ELI"]
    /// Armed roles: an act of violence can be theirs (غارات لطيران التحالف).
    static let armed: Set<String> = ["MIL", "COP", "SPY", "REB", "UAF"]
    /// Roles that are not a state's authorities: whom protests do not address.
    static let civilians: Set<String> = ["CVL", "REF"]
}

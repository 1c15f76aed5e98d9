/// A role noun (army, police, ministry, protesters) that combines with a country.
public struct AgentEntry: Sendable {
    public let role: String
    public let names: [String]
    /// May stand without a country (coded as the role alone: UAF, CVL).
    public let alone: Bool
    /// Words that, right after the name, make it another word (القضاء على "to eliminate", not
    /// the judiciary), normalised.
    public let notAfter: Set<Word>
    /// The names are of weapons and craft (طائرات، قذائف، مدفعية): they stand for a force only
    /// when their owner is named (a nisba, a genitive, لـ), never by where they struck.
    public let instrument: Bool
    /// The state the names stand for alone in the press this lexicon is written for, when the
    /// sentence names no state for them (`home: SAU`: «مجلس الوزراء» in Saudi news).
    public let home: String?
    /// `home` applies last, as a bare minister's title's does: only when neither the sentence
    /// (its one state, an actor before it) nor the article gives the name a state («نفذت وزارة
    /// الداخلية حكم القتل»: a bare ministry of the home press).
    public let homeLast: Bool
    public let location: String

    public init(
        role: String, names: [String], alone: Bool, notAfter: Set<Word> = [], instrument: Bool = false, home: String? = nil, homeLast: Bool = false,
        location: String
    ) {
        self.role = role
        self.names = names
        self.alone = alone
        self.notAfter = notAfter
        self.instrument = instrument
        self.home = home
        self.homeLast = homeLast
        self.location = location
    }
}

/// An office title (president, foreign minister …) and the role code of its holder.
public struct TitleEntry: Sendable {
    public let id: String
    public let names: [String]
    public let role: String
    /// The one state that has this office («ولي ولي العهد»: Saudi Arabia), when only one has: the
    /// title alone is then that state's.
    public let country: String?
    /// The states that have this office, when only some have (a crown prince: the monarchies): a
    /// country read from the sentence around the title must be one of them. Empty: any state.
    public let states: Set<String>
    /// The state the title alone stands for in the home press when the sentence names none of
    /// `states` («ولي العهد» in the Saudi press is the Saudi crown prince).
    public let home: String?
    public let location: String

    public init(
        id: String, names: [String], role: String, country: String? = nil, states: Set<String> = [], home: String? = nil, location: String
    ) {
        self.id = id
        self.names = names
        self.role = role
        self.country = country
        self.states = states
        self.home = home
        self.location = location
    }
}

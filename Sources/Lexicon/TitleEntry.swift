/// An office title (president, foreign minister …) and the role code of its holder.
public struct TitleEntry: Sendable {
    public let id: String
    public let names: [String]
    public let role: String
    /// The one state that has this office («ولي ولي العهد»: Saudi Arabia), when only one has: the
    /// title alone is then that state's.
    public let country: String?
    public let location: String

    public init(id: String, names: [String], role: String, country: String? = nil, location: String) {
        self.id = id
        self.names = names
        self.role = role
        self.country = country
        self.location = location
    }
}

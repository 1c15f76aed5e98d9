/// An office title (president, foreign minister …) and the role code of its holder.
public struct TitleEntry: Sendable {
    public let id: String
    public let names: [String]
    public let role: String
    public let location: String

    public init(id: String, names: [String], role: String, location: String) {
        self.id = id
        self.names = names
        self.role = role
        self.location = location
    }
}

/// An organisation (IGO, armed group, party, outlet, company) with its CAMEO actor code.
public struct OrganisationEntry: Sendable {
    public let code: String
    public let names: [String]
    public let country: String?
    public let location: String

    public init(code: String, names: [String], country: String?, location: String) {
        self.code = code
        self.names = names
        self.country = country
        self.location = location
    }
}

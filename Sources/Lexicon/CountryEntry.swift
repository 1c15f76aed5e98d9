/// A state: its names, nisba adjectives, capitals and seats of power.
public struct CountryEntry: Sendable {
    public let code: String
    public let names: [String]
    /// Every written nisba form (derived regular inflections plus irregular ones), normalised.
    public let nisbaForms: [String]
    public let capitals: [String]
    public let seats: [String]
    /// Cities, provinces and regions inside the country.
    public let places: [String]
    public let source: String?
    public let location: String

    public init(code: String, names: [String], nisbaForms: [String], capitals: [String], seats: [String], places: [String] = [], source: String?, location: String) {
        self.code = code
        self.names = names
        self.nisbaForms = nisbaForms
        self.capitals = capitals
        self.seats = seats
        self.places = places
        self.source = source
        self.location = location
    }

    /// The regular inflections of a masculine singular nisba (سوري → سورية، سوريون، سوريين …).
    public static func inflections(of nisba: String) -> [String] {
        var base = nisba
        if base.hasSuffix("ي") {
            base.removeLast()
            return [
                base + "ي", base + "ية", base + "يون", base + "يين", base + "يات", base + "يان", base + "يتان",
                base + "يتين", base + "يا", base + "يه",
            ]
        }
        return [nisba]
    }
}

/// Where an event happened, as coded: the place's name as written, its state, first-level division
/// and point from the gazetteer (docs/places.md), and where the name stands in the text.
public struct PlaceMention: Sendable, Equatable, Codable {
    /// What the point stands for.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A whole state (its centroid or capital): «في سوريا».
        case state
        /// A town of GeoNames.
        case town
        /// A region, district, site or camp located by hand.
        case region
    }

    /// Which text the name was read in.
    public enum Basis: String, Sendable, Equatable, Codable {
        /// The event's own sentence: `start`/`end` are offsets in the event's part.
        case sentence
        /// The article's dateline («موسكو - (وكالات)»): `start`/`end` are offsets in the article's
        /// text (the body), whatever the event's part.
        case dateline
    }

    /// The Arabic name as written in the text.
    public var name: String
    /// ISO 3166-1 alpha-3.
    public var country: String
    /// GeoNames' first-level division code (a town's), or nil.
    public var admin1: String?
    public var lat: Double
    public var lon: Double
    /// GeoNames' id (nil for a point placed by hand).
    public var geonameid: Int?
    /// Unicode scalar offsets of the name (see ``basis``).
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var basis: Basis
    /// The place in English, GDELT's FullName: "Homs, Syria"; the state alone for a state.
    public var fullName: String
    /// The state's FIPS 10-4 code, GDELT's country code (SY for Syria).
    public var fips: String?

    public init(
        name: String, country: String, admin1: String?, lat: Double, lon: Double, geonameid: Int?, start: Int, end: Int, kind: Kind,
        basis: Basis, fullName: String, fips: String?
    ) {
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
        self.start = start
        self.end = end
        self.kind = kind
        self.basis = basis
        self.fullName = fullName
        self.fips = fips
    }
}

/// One row of the gazetteer (`gazetteer.tsv`): a state's point, a GeoNames town, or a lexicon place
/// located by hand (docs/places.md).
public struct GazetteerPlace: Sendable, Equatable {
    /// What the row is: a state (`C`), a town (`T`), or a region, site or district located by hand (`R`).
    public enum Kind: String, Sendable, Equatable {
        case state, town, region

        /// The row's first column.
        public var letter: String {
            switch self {
            case .state: return "C"
            case .town: return "T"
            case .region: return "R"
            }
        }
    }

    public let kind: Kind
    /// ISO 3166-1 alpha-3, as the lexicon writes it (KSV for Kosovo).
    public let country: String
    /// GeoNames' id (a state's and a town's); nil for a hand point.
    public let geonameid: Int?
    /// GeoNames' first-level division code of a town; nil for states, hand points, or none.
    public let admin1: String?
    /// The state's FIPS 10-4 code (GDELT's country code): on state rows only.
    public let fips: String?
    public let lat: Double
    public let lon: Double
    /// People (GeoNames); 0 for a hand point.
    public let population: Int
    /// The English name (GeoNames', or what a hand point is).
    public let english: String
    /// The Arabic names of a town as GeoNames spells them (not normalised); none for other rows.
    public let names: [String]
    /// The lexicon's `capital:`/`place:` keys this row locates, spelled as in `countries.lex`.
    public let lexKeys: [String]
    /// `file:line` of the row.
    public let location: String

    public init(
        kind: Kind, country: String, geonameid: Int?, admin1: String?, fips: String?, lat: Double, lon: Double, population: Int,
        english: String, names: [String], lexKeys: [String], location: String
    ) {
        self.kind = kind
        self.country = country
        self.geonameid = geonameid
        self.admin1 = admin1
        self.fips = fips
        self.lat = lat
        self.lon = lon
        self.population = population
        self.english = english
        self.names = names
        self.lexKeys = lexKeys
        self.location = location
    }
}

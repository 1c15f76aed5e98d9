/// One reading of a place name: a gazetteer row, and how the name reached it (`tawthiq place`).
public struct PlaceCandidate: Sendable, Equatable {
    /// ISO alpha-3.
    public var country: String
    /// state, town or region.
    public var kind: String
    public var english: String
    public var admin1: String?
    public var lat: Double
    public var lon: Double
    public var population: Int
    public var geonameid: Int?
    /// The gazetteer row, `gazetteer.tsv:LINE`.
    public var location: String

    public init(country: String, kind: String, english: String, admin1: String?, lat: Double, lon: Double, population: Int, geonameid: Int?, location: String) {
        self.country = country
        self.kind = kind
        self.english = english
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.population = population
        self.geonameid = geonameid
        self.location = location
    }
}

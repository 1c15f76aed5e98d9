/// What kind of lexicon key a place-like mention matched (``FoundActor/placeKey``).
enum PlaceKeyKind: String, Sendable {
    /// A state's name (`name:`): its point is the state's, or its capital's when the text says the city.
    case country
    /// A capital (`capital:`), or a capital spelled like another state (`capital-homograph:`).
    case capital
    /// A city, province or region (`place:`).
    case place
}

/// A place name read in a sentence and resolved to a gazetteer row (``PlaceFinder``).
struct FoundPlace {
    /// What stands before the name, which says whether the act happened there.
    enum Slot: String {
        /// After a locative word or ب (في حلب، بحلب، قرب حلب، شمال حلب، بالقرب من حلب).
        case at
        /// After a place noun with no preposition (شهدت مدينة حلب).
        case named
        /// After من: where someone or something came from.
        case from
        /// After إلى or لـ: where someone went.
        case to
        /// Nothing: a bare name, which may be an actor («موسكو ترحب»).
        case bare
    }

    /// Tokens of the name.
    var from: Int
    var to: Int
    var row: Int
    /// The name as matched (normalised).
    var key: String
    var slot: Slot
    /// A neighbour named to situate another place (المجاورة لـ): it locates nothing.
    var reference: Bool
    /// The lexicon key's kind when the name is a lexicon country, capital or place; nil for a name
    /// only the gazetteer has.
    var keyKind: PlaceKeyKind?
    var mention: PlaceMention
    /// The resolution rule that chose the row (``PlaceResolver``).
    var rule: String
    /// Every row considered.
    var candidates: [Int]
    /// The gazetteer row and the rule that chose it, for `--explain`.
    var reason: String
    /// `file:line` of the row.
    var location: String
}

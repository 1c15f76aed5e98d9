/// One segmentation of a normalised Arabic word into proclitics, stem and pronoun suffix.
public struct CliticAnalysis: Sendable, Hashable {
    /// Normalised proclitics as written, e.g. "", "و", "وال", "لل", "ب", "فس".
    public let prefix: String
    /// Normalised stem.
    public let stem: String
    /// Pronoun suffix or "".
    public let suffix: String
    /// The stem was preceded by the article ال (or لل = ل + ال).
    public let hasArticle: Bool

    public init(prefix: String, stem: String, suffix: String, hasArticle: Bool) {
        self.prefix = prefix
        self.stem = stem
        self.suffix = suffix
        self.hasArticle = hasArticle
    }

    /// True for the reading with nothing stripped.
    public var isUnsegmented: Bool { prefix.isEmpty && suffix.isEmpty }
}

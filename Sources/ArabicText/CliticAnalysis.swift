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
    /// What the proclitics hold, read once from `prefix` (the rules ask for it per token and stage):
    /// bit 0 the conjunction و or ف; bits 1–2 the attached preposition (1 بـ, 2 لـ, 3 كـ).
    let prefixFlags: UInt8

    public init(prefix: String, stem: String, suffix: String, hasArticle: Bool) {
        self.prefix = prefix
        self.stem = stem
        self.suffix = suffix
        self.hasArticle = hasArticle
        var p = Substring(prefix).utf8
        var flags: UInt8 = 0
        if p.starts(with: "و".utf8) || p.starts(with: "ف".utf8) {
            flags |= 1
            p = p.dropFirst(2)
        }
        if p.starts(with: "ب".utf8) {
            flags |= 1 << 1
        } else if p.starts(with: "ل".utf8) {
            flags |= 2 << 1
        } else if p.starts(with: "ك".utf8) {
            flags |= 3 << 1
        }
        prefixFlags = flags
    }

    /// True for the reading with nothing stripped.
    public var isUnsegmented: Bool { prefix.isEmpty && suffix.isEmpty }
}

import Foundation

/// The feed formats `FeedReader` reads.
public enum FeedFormat: String, Sendable, CaseIterable {
    /// RSS 2.0 (`<rss>`; RSS 1.0 `<rdf:RDF>` items read the same way).
    case rss
    /// Atom 1.0 (`<feed>`).
    case atom
    /// PETRARCH / UniversalPetrarch input (`<Sentences><Sentence …><Text>`).
    case petrarch

    /// The format a file extension names (`rss`, `atom`, with or without the dot, any case);
    /// nil for `xml` and anything else, whose format `sniff(_:)` tells.
    public init?(pathExtension: String) {
        var ext = pathExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "rss": self = .rss
        case "atom": self = .atom
        default: return nil
        }
    }

    /// The format named by the root element (`<rss`, `<rdf:RDF`, `<feed`, `<Sentences`,
    /// `<Sentence`), after any BOM, XML declaration, processing instructions, comments,
    /// DOCTYPE and whitespace; nil when it is none of these.
    public static func sniff(_ data: Data) -> FeedFormat? {
        guard let name = XMLProlog.rootElementName(Array(data)) else { return nil }
        return format(rootElement: name)
    }

    /// The format a root element name stands for.
    static func format(rootElement name: String) -> FeedFormat? {
        switch name {
        case "rss", "rdf:RDF": return .rss
        case "Sentences", "Sentence": return .petrarch
        default: return name == "feed" || name.hasSuffix(":feed") ? .atom : nil
        }
    }

    /// How messages name the format.
    var displayName: String {
        switch self {
        case .rss: "RSS (<rss>)"
        case .atom: "Atom (<feed>)"
        case .petrarch: "PETRARCH (<Sentences>)"
        }
    }
}

import ArabicText

/// An article to code: an optional headline, a body, and where and when it was published.
public struct Document: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var text: String
    /// The publication date; relative dates resolve against it.
    public var date: CalendarDay?
    public var source: String?
    public var url: String?
    /// What the store knows the article by, when its reader says so: a file's absolute path
    /// (`file:/…`), or a content-derived key for text from stdin. Nil: the store derives it from
    /// the URL, source and id (`url:`, `src:`, `id:`), a namespace of its own.
    public var key: String?

    public init(id: String, title: String? = nil, text: String, date: CalendarDay? = nil, source: String? = nil, url: String? = nil, key: String? = nil) {
        self.key = key
        self.id = id
        self.title = title
        self.text = text
        self.date = date
        self.source = source
        self.url = url
    }

    /// A plain-text article: the first non-empty line is the headline, the rest the body.
    public static func plainText(_ s: String, id: String, date: CalendarDay?) -> Document {
        var lines = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        while let f = lines.first, f.allSatisfy({ $0.isWhitespace }) { lines.removeFirst() }
        guard let head = lines.first else { return Document(id: id, title: nil, text: "", date: date) }
        let body = lines.dropFirst().joined(separator: "\n")
        let title = String(head).trimmingCharacters(in: .whitespaces)
        if body.allSatisfy({ $0.isWhitespace }) { return Document(id: id, title: nil, text: title, date: date) }
        return Document(id: id, title: title, text: body, date: date)
    }
}

extension String {
    func trimmingCharacters(in set: Swift.Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Swift.Set where Element == Character {
    static let whitespaces: Swift.Set<Character> = [" ", "\t", "\r", "\u{00A0}"]
}

import ArabicText

/// A relative date expression in the text and what it resolved to (nil without a publication date).
public struct DateReference: Sendable, Equatable, Codable {
    public var part: DocumentPart
    public var sentence: Int
    public var text: String
    public var start: Int
    public var end: Int
    public var day: CalendarDay?
}

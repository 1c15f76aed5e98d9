import EventCoding

/// Where one sentence the coder read sits in its document part (Unicode scalar offsets).
public struct SentenceRecord: Sendable, Equatable, Codable {
    public var part: DocumentPart
    public var index: Int
    public var start: Int
    public var end: Int

    public init(part: DocumentPart, index: Int, start: Int, end: Int) {
        self.part = part
        self.index = index
        self.start = start
        self.end = end
    }
}

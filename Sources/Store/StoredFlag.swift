import ArabicText
import EventCoding

/// A verification flag as stored, with the article it was raised on.
public struct StoredFlag: Sendable, Equatable {
    public var id: Int64
    public var documentID: Int64
    public var title: String?
    public var source: String?
    public var published: CalendarDay?
    public var flag: VerificationFlag

    public init(id: Int64, documentID: Int64, title: String?, source: String?, published: CalendarDay?, flag: VerificationFlag) {
        self.id = id
        self.documentID = documentID
        self.title = title
        self.source = source
        self.published = published
        self.flag = flag
    }
}

/// An article coded, with what verification needs beside the events.
public struct DocumentAnalysis: Sendable {
    public var events: [Event]
    /// Every mention that names a person or an office.
    public var mentions: [OfficeMention]
    /// Every date expression that needs the publication date (أمس، الأحد الماضي).
    public var dates: [DateReference]

    public init(events: [Event], mentions: [OfficeMention], dates: [DateReference]) {
        self.events = events
        self.mentions = mentions
        self.dates = dates
    }
}

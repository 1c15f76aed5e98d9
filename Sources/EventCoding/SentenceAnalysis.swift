/// What one sentence yields: its events, the office and person mentions, relative dates.
struct SentenceAnalysis {
    var events: [Event] = []
    var mentions: [OfficeMention] = []
    var dates: [DateReference] = []
}

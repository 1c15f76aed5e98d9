/// How far an ingest has got: articles done out of the total, and what was written.
public struct IngestProgress: Sendable {
    public var done: Int
    public var total: Int
    public var summary: WriteSummary

    public init(done: Int, total: Int, summary: WriteSummary) {
        self.done = done
        self.total = total
        self.summary = summary
    }
}

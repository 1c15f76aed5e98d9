/// How far an ingest has got: articles done out of the total, and what was written.
public struct IngestProgress: Sendable {
    public var done: Int
    public var total: Int
    public var summary: WriteSummary
    /// The keys of the stored articles this batch replaced with a new version (the summary does
    /// not keep them, so a long ingest does not collect them all).
    public var replacedKeys: [String]

    public init(done: Int, total: Int, summary: WriteSummary, replacedKeys: [String] = []) {
        self.done = done
        self.total = total
        self.summary = summary
        self.replacedKeys = replacedKeys
    }
}

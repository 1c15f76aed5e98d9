/// The relations rollup disagrees with the events it sums: a write would make it wrong, so the
/// write is refused (its transaction rolls back) rather than done.
public struct RelationRollupError: Error, Sendable, CustomStringConvertible {
    public var key: RelationRollup.Key
    public var problem: String

    public init(key: RelationRollup.Key, problem: String) {
        self.key = key
        self.problem = problem
    }

    public var description: String {
        "the relations rollup row \(key.source)→\(key.target) \(key.month) is out of step with the events: \(problem)"
    }
}

/// A CAMEO root (two digits) with how the coder treats its events, from the properties on its
/// heading in the ontology table (`== 18 ASSAULT == [violent, source-optional, …]`).
public struct CAMEORoot: Sendable, Equatable, Hashable {
    /// The two-digit root, e.g. "18".
    public var code: String
    public var name: String
    /// An act of violence: an attack noun's nisba names the attacker, a violent verb's victims are
    /// its target, and an attack with no named target targets the country where it happened.
    public var violent: Bool
    /// Kept with no named source (flag `no-source`).
    public var sourceOptional: Bool
    /// Kept with no named target.
    public var targetOptional: Bool
    /// Someone who only reports the act in another clause is not its agent.
    public var reportedByOthers: Bool
    /// The source's own state, named bare, may be its target (a visit within it, violence or
    /// protest located in it); for the other roots it is no target (``OwnStateIsNoTarget``).
    public var territoryTarget: Bool

    /// The property names a heading may carry.
    public static let properties: Set<String> = ["violent", "source-optional", "target-optional", "reporter-not-agent", "territory-target"]

    public init(code: String, name: String, properties: Set<String>) {
        self.code = code
        self.name = name
        violent = properties.contains("violent")
        sourceOptional = properties.contains("source-optional")
        targetOptional = properties.contains("target-optional")
        reportedByOthers = properties.contains("reporter-not-agent")
        territoryTarget = properties.contains("territory-target")
    }
}

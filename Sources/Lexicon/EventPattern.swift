/// An event trigger: verbs and verbal nouns that code one CAMEO event, with the argument frame
/// that finds its source and target.
public struct EventPattern: Sendable {
    /// Where an argument is found relative to the trigger.
    public enum Slot: Sendable, Equatable, Hashable {
        /// The subject (verbs) or the possessor / suffix pronoun (nouns).
        case subject
        /// The direct object (verbs) or the genitive after the noun.
        case object
        /// After a preposition, written (مع، ضد) or attached (ل، ب): stored normalised.
        case preposition(String)
        /// Any actor later in the sentence (for objects that are events or things, not actors).
        case any
    }

    public let code: String
    public let gloss: String
    /// Normalised PAST/PRESENT pairs, active voice.
    public let verbs: [(past: String, present: String)]
    /// Normalised PAST/PRESENT pairs for a passive spelled apart from the active.
    public let passives: [(past: String, present: String)]
    /// Extra inflected forms, normalised.
    public let forms: [String]
    /// Verbal nouns, normalised, possibly several words.
    public let nouns: [String]
    /// Phrases of which one must follow the trigger within a few words (normalised); empty = none needed.
    public let after: [String]
    /// Words of which one must occur later in the clause; empty = none needed.
    public let context: [String]
    /// Phrases that, right after the trigger, make it another word (صادر عن "issued by", not
    /// صادر "confiscated"; تحمل المسؤولية "bears responsibility", not "blames").
    public let notAfter: [String]
    public let notAfterWords: [[Word]]
    /// Phrases that, right before the trigger, make it another word («ثبوت إدانة» "proven guilt",
    /// a court's conviction, not a condemnation).
    public let notBeforeWords: [[Word]]
    /// `after` and `context` phrases split into words, for matching.
    public let afterWords: [[Word]]
    public let contextWords: [[Word]]
    public let targets: [Slot]
    public let sourceSlot: Slot
    public let symmetric: Bool
    public let needsTarget: Bool
    public let location: String

    public init(
        code: String, gloss: String, verbs: [(past: String, present: String)], passives: [(past: String, present: String)],
        forms: [String], nouns: [String], after: [String], context: [String], notAfter: [String] = [], notBefore: [String] = [], targets: [Slot],
        sourceSlot: Slot,
        symmetric: Bool, needsTarget: Bool, location: String
    ) {
        self.code = code
        self.gloss = gloss
        self.verbs = verbs
        self.passives = passives
        self.forms = forms
        self.nouns = nouns
        self.after = after
        self.context = context
        self.afterWords = after.map { $0.split(separator: " ").map { Word(String($0)) } }
        self.contextWords = context.map { $0.split(separator: " ").map { Word(String($0)) } }
        self.notAfter = notAfter
        self.notAfterWords = notAfter.map { $0.split(separator: " ").map { Word(String($0)) } }
        self.notBeforeWords = notBefore.map { $0.split(separator: " ").map { Word(String($0)) } }
        self.targets = targets
        self.sourceSlot = sourceSlot
        self.symmetric = symmetric
        self.needsTarget = needsTarget
        self.location = location
    }

    /// A reporting verb (قال، أعلن): codes nothing, gives the subject for later nouns and pronouns.
    public var isReport: Bool { code == "REPORT" }

    /// The grammatical subject is the one the act was done to (تعرض لهجوم، لقي مصرعه).
    public var subjectIsTarget: Bool { targets.first == .subject }

    /// A short provenance string: `events.lex:12 event 190 (kill)`.
    public var provenance: String { "\(location) event \(code) (\(gloss))" }
}

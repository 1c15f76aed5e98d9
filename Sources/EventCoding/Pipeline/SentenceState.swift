import ArabicText
import Lexicon

/// One sentence as it goes through the pipeline: what each stage wrote (see ``PipelineSlot``).
struct SentenceState {
    // .sentence: given.
    let span: SentenceSpan
    let index: Int
    let part: DocumentPart
    let doc: Document
    /// Whether the verification stage keeps office mentions and relative dates.
    let forVerification: Bool
    /// Set by a stage when nothing later can come of the sentence (no tokens, a question, no
    /// trigger): the stages after it do not run.
    var finished = false

    // .tokens
    var view: NormalizedText?
    var tokens: [TokenInfo] = []
    var text: SentenceText?
    // .formulae
    /// Tokens inside a fixed formula (حفظه الله): never triggers nor names.
    var formulaTokens: Set<Int> = []
    /// Whether the sentence is about sport (cue sport-words), once asked (``ModalityStage``).
    var aboutSport: Bool?
    // .dates
    var dates: [DateMention] = []
    /// Tokens inside a date expression: never triggers nor names.
    var dateTokens: Set<Int> = []
    // .actors
    var actors: [FoundActor] = []
    // .places
    /// Place names read in the sentence, resolved to gazetteer rows.
    var places: [FoundPlace] = []
    // .article (given: carried from sentence to sentence of one article)
    var article: ArticlePlaces
    // .mentions
    var mentions: [OfficeMention] = []
    var relativeDates: [DateReference] = []
    // .triggers
    var triggers: [FoundTrigger] = []
    /// Date and actor tokens: no trigger is read in them.
    var blocked: Set<Int> = []
    // .clauses
    var clauses: Clauses?
    // .gateFeatures (worked out the first time a gated event asks for them)
    var gateFeatures: GateFeatureBox?
    // .discourse
    var discourse = Discourse()
    // .events
    var events: [Event] = []
    /// Events no actor of which names a country, an IGO or a known group: not emitted, kept for
    /// sentence-level detection.
    var unplacedEvents: [Event] = []
    /// Events told as background (flag `background`): emitted only when the coder is asked to.
    var backgroundEvents: [Event] = []

    init(_ span: SentenceSpan, index: Int, part: DocumentPart, doc: Document, forVerification: Bool = false, article: ArticlePlaces = ArticlePlaces()) {
        self.article = article
        self.span = span
        self.index = index
        self.part = part
        self.doc = doc
        self.forVerification = forVerification
    }
}

/// The gate features of a sentence, computed on first use and then shared by its events.
final class GateFeatureBox {
    private let compute: () -> Set<Word>
    private(set) lazy var features: Set<Word> = compute()
    init(_ compute: @escaping () -> Set<Word>) { self.compute = compute }
}

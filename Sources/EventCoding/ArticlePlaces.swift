import ArabicText
import Lexicon

/// What one sentence of an article knows of the others' places: the dateline's place, and the
/// states the headline and the sentences before it named (each with the words that named it), the
/// context that tells a town from its namesakes (docs/places.md).
struct ArticlePlaces {
    /// The dateline's place («موسكو - (وكالات)»), with its reason and gazetteer row.
    var dateline: (mention: PlaceMention, reason: String, location: String)?
    /// Scalar offset in the text part where the dateline's name ends: the first sentence's place
    /// slots start after it.
    var datelineEnd = 0
    /// Whether the dateline was looked for: only when a sentence first has a trigger to place (most
    /// articles' sentences have none, and reading the head again costs a second tokenisation).
    var datelineRead = false
    /// States named so far → the words that first named them and where («لبنان» in the headline).
    var states: [String: String] = [:]
    /// The day of the story so far: the last day of the past week that a sentence of this part
    /// named (أمس، الاثنين، اليوم). A later sentence with no date of its own goes on telling it
    /// («أدت جموع المصلين عقب صلاة عصر أمس صلاة الميت … وعقب الصلاة نقل … التعازي»).
    var storyDay: CalendarDay?

    /// The states the headline named, in the order named.
    var headlineStates: [String] = []
    /// Organisations whose context (``CodingContext/soleContextOrgs``) a sentence so far has shown:
    /// «التنظيم» in a later sentence of a story on ISIS is ISIS.
    var orgsInContext: Set<Int> = []
    /// The subject of the first verb of a sentence of the text, and that sentence's index: a
    /// sentence right after it opening with a verb and no subject of its own continues it
    /// (``CarriedSubject``).
    var carriedSubject: [FoundActor] = []
    /// Surnames given with a person's full name in an earlier sentence («نوري المالكي»): the word
    /// (with the article: «المالكي») → the person; a surname two people of the article share is
    /// nobody's (``ambiguousSurnames``).
    var surnames: [Word: Int] = [:]
    var ambiguousSurnames: Set<Word> = []
    var carriedSentence = -2
    /// The two states of the last meeting, call or visit (root 04) or symmetric act coded between
    /// two states, carried as ``CarriedSubject/carry`` carries a subject, and its sentence's index:
    /// «الجانبان» opening a later sentence are those two (``TwoSidesAreTheStates``).
    var lastParties: [FoundActor] = []
    var lastPartiesSentence = -10
    /// Offices and bodies an earlier sentence (or the headline) named with their state («نواب مجلس
    /// الأمة الكويتي», «سفير جيبوتي»): the office's key (``FoundActor/officeKey``) → that state. A
    /// later bare «النائب» of the article is of it, unless two states' holders were named
    /// (``ambiguousOffices``).
    var offices: [String: String] = [:]
    var ambiguousOffices: Set<String> = []
    /// The state of the first holder of an office the article named by its bare title, with no
    /// state in the mention's words (the press names its own state's ministers so, another state's
    /// with the state): a later bare title is that state's even when two states' holders were named.
    var bareOffices: [String: String] = [:]
    /// Whether a sentence so far (the headline too) told of a death in an accident or a disaster
    /// (cue accident-words): the story's later deaths with no agent are its toll.
    var accidentStory = false
    /// The bombing (183, 1831–1833) the headline or a sentence so far told of, with the cue entry
    /// that named its kind and where it was told: the part and the sentence's index.
    var bombStory: (code: String, location: String?, part: DocumentPart, index: Int)?

    init() {}

    mutating func saw(_ country: String, _ what: String) {
        if states[country] == nil { states[country] = what }
    }
}

import Lexicon

/// What one trigger leaves for the next ones in its sentence: the last subject (and whether it
/// was the subject of a reporting verb), the last target, the last attacker named, and the
/// triggers already coded by position and root.
struct Discourse {
    var lastSubject: [FoundActor] = []
    /// The last subject is the subject of a reporting verb (قال، أفادت).
    var lastSubjectReports = false
    /// The last subject is the subject of an event verb that is not violence (أدان، رحب، طالب).
    var lastSubjectOfWords = false
    /// The CAMEO root of the verb whose subject the last subject is.
    var lastSubjectRoot = ""
    /// The last reporting verb of the sentence (its first token) and its subject (none when it
    /// was dropped): a participle of state after its complement describes that subject.
    var lastReport: (at: Int, subject: [FoundActor])?
    /// A verb trigger of the sentence was framed already (the first one sets the carried subject).
    var sawVerb = false
    /// The sentence's first verb, a reporting verb opening it, took the subject carried from the
    /// sentence before.
    var reportCarried = false
    var lastTarget: [FoundActor] = []
    /// The object the last event verb with a subject took after it (framed, coded or not).
    var lastObject: [FoundActor] = []
    /// The agent named for the last violence trigger, coded or not.
    var lastAttacker: [FoundActor] = []
    /// The target named for the last violence trigger with a named agent (not the place).
    var lastAttackTarget: [FoundActor] = []
    /// The last violence trigger whose source was named for it (not carried over), with that
    /// source, of any kind («مسلحين»): a verb of a relative clause on its noun has its agent.
    var lastViolence: (trigger: FoundTrigger, source: [FoundActor])?
    /// The doer of the last condemned attack (111 by ``CondemnedAttackAgent``) that the sentence
    /// named («دان … جريمة حرق الرضيع … على يد مستوطنين إسرائيليين»).
    var lastCondemnedDoer: [FoundActor] = []
    /// The visitor (source) of the last visit or arrival (042) coded in the sentence: a meeting
    /// right after «حيث» with no subject of its own is his («خلال زيارة لوزير الدفاع الأميركي
    /// آشتون كارتر إلى بغداد حيث التقى برئيس الوزراء العراقي»).
    var lastVisitor: [FoundActor] = []
    /// Triggers already coded, by position and CAMEO root.
    var covered: [(position: Int, root: String)] = []
}

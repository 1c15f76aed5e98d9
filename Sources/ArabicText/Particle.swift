/// The closed-class words the coder's grammar names one by one — prepositions, the particle قد,
/// the article — normalised (the test `particlesAreNormalised` checks it). Word lists that a
/// linguist extends live in the lexicon (`cues.lex`); these are the grammar's fixed points.
public enum Particle {
    /// Prepositions as a mention's `prep` holds them (normalised).
    public static let min = "من"
    public static let fi = "في"
    public static let ila = "الي"
    public static let ala = "علي"
    public static let bayna = "بين"
    /// «حيث» "where": a clause after it tells more of the act before it.
    public static let haythu = "حيث"
    /// "with" (مع): the side fought, met or talked with.
    public static let maa = "مع"
    /// «لدى» (at, to: an envoy's posting).
    public static let lada = "لدي"
    /// "About", "from" (عن): also the second word of «نيابة عن» (on behalf of).
    public static let an = "عن"
    /// "As for" (أما): opens a topic the next clause (فـ…) comments on.
    public static let amma = "اما"
    /// The clitic prepositions لـ and بـ as `prep` values.
    public static let li = "ل"
    public static let bi = "ب"
    /// "By the hand of", "on the part of": the agent phrases after a passive or an attack.
    public static let byTheHandOf = "علي يد"
    public static let onThePartOf = "من قبل"
    /// The hand of "على يد", and its plural (على أيدي), which a preposition reads as the singular.
    public static let yad = "يد"
    public static let ayadi = "ايدي"
    /// The verbal particle قد (perfect: emphatic; imperfect: "may").
    public static let qad = "قد"
    /// The definite article.
    public static let article = "ال"
    /// و + the article, the start of a coordinated definite word.
    public static let andArticle = "وال"
    /// The future particle's clitic form (سـ).
    public static let future = "س"
    /// The first person singular suffix (ـي), in news almost always a nisba's ending instead.
    public static let firstPersonSuffix = "ي"
    /// Ta marbuta as printed (normalisation writes it ه): a word printed with it ends in a noun's
    /// feminine ending, never in the pronoun ـه (شعبة a department, not شعبه his people).
    public static let taMarbuta = "\u{0629}"
    /// The third person masculine suffix (ـه), written like a normalised ta marbuta.
    public static let hisSuffix = "ه"
    /// The oblique ending of the sound masculine plural (ـين): مسلحين, whose construct is مسلحي.
    public static let soundPluralOblique = "ين"
    /// The construct ending of a feminine dual (طائرتي تجسس «two spy planes»).
    public static let feminineDualConstruct = "تي"
    /// The first person plural suffix (ـنا).
    public static let ourSuffix = "نا"
    /// Object and possessive pronoun suffixes of the third person (ـه، ـها، ـهم، ـهما).
    public static let thirdPersonSuffixes: Set<String> = ["ه", "ها", "هم", "هما"]
    /// What may be attached to a verb trigger: conjunction, future س, subjunctive ل.
    public static let verbPrefixes: Set<String> = ["", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"]
    /// Endings of a nisba used as a noun for people: the masculine plurals and the dual
    /// (عراقيون، عراقيين، عراقيان).
    public static let nisbaPluralEndings = ["يون", "يين", "يان"]
    /// A nisba's singular ending (عراقي), and with the tanween alif of the accusative (عراقيا).
    public static let nisbaEnding = "ي"
    public static let nisbaAccusativeEnding = "يا"
    /// The feminine nisba adjective after normalisation (جوية → جويه).
    public static let nisbaFeminineEnding = "يه"
    /// The sound masculine plural endings with their ن (مسلحون، مسلحين), which a noun in construct drops.
    public static let soundPluralEndings = ["ون", "ين"]
    /// The third person masculine plural endings of a verb: the perfect's (قتلوا، تقدموا) and the
    /// imperfect's after its prefix (يدينون).
    public static let pluralPastVerbEnding = "وا"
    public static let pluralPresentVerbEnding = "ون"
    /// The imperfect's third person prefixes (يدينون، تدين).
    public static let thirdPersonImperfectPrefixes = ["ي", "ت"]
    /// The tanween alif of an indefinite accusative (موكباً → موكبا).
    public static let tanweenAlif = "ا"
    /// Names ending in الله (عبدالله، نصرالله) are names, whatever their last letters look like.
    public static let allah = "الله"
}

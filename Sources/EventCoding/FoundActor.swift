import Lexicon

/// One actor found in a sentence, resolved to a CAMEO code.
struct FoundActor {
    var from: Int
    var to: Int
    var code: String
    var country: String?
    var role: String?
    /// The governing preposition (normalised), nil when the mention is a bare noun phrase.
    var prep: String?
    /// Index of the coordination group (X و Y share a group).
    var group: Int
    /// Joined to the previous mention by و.
    var coordinated: Bool
    /// Its first word carries the conjunction و (whether or not a mention stands right before it).
    var conjoined = false
    /// A country name or capital: may be a place rather than an actor.
    var placeLike: Bool
    /// A city or region: only ever a place.
    var placeOnly = false
    /// A place named as a reference point, not where something happens (أفغانستان المجاورة،
    /// المحاذية لأفغانستان): it locates nothing.
    var reference = false
    var entries: [String]
    /// The title written with it and the office's country, for role checks.
    var title: (id: String, country: String?)?
    var person: Int?
    var personRoleReason: String?
    /// A title used as a past office ("الرئيس السابق").
    var former: Bool
    /// Whom a report came through («في نبأ أوردته وكالة أنباء البحرين»، «وفقاً لوكالة الأنباء
    /// القطرية»): it takes no part in the events (``ActorMentionFinder/markAttributions(_:_:)``).
    var attribution = false
    /// A weapon or craft (طائرات، قذائف): its country is its owner's, never the place it struck.
    var instrument = false
    /// A person named by nationality (سوري الجنسية): the state is his, no evidence of where the
    /// sentence's bodies belong (``ActorMentionFinder/onlyState(_:_:)``).
    var nationality = false
    /// The state the agent's name stands for alone (``AgentEntry/home``), if the lexicon gives one.
    var home: String?
    /// `home` applies only when nothing else gives the mention a state (``AgentEntry/homeLast``).
    var homeLast = false
    /// For a country name, capital or place of the lexicon: the key matched (normalised), what kind
    /// of key, and the state whose entry it is (before context or history changed `country`).
    var placeKey: (key: String, kind: PlaceKeyKind, entry: Int)?
    /// The country was taken from the sentence around the mention (a role noun located by a place or
    /// an earlier country), not named by it: it is no evidence of which state the sentence names.
    var countryInferred = false
    /// A subject carried from an earlier sentence of the article (``CarriedSubject``): its words
    /// and offsets in the text part, which the event reports instead of this sentence's tokens.
    var carried: (text: String, start: Int, end: Int)?

    /// The office or body the mention names, apart from its state: the title (and whether it is a
    /// former holder's), or the agent entry with the word that named it (`head`, the stem of the
    /// mention's first word: «النائب» and «النائب بمجلس الأمة الكويتي» share one; «الوزراء» and
    /// «المسؤولين», one agent entry, do not). Nil for civilians, attackers, armed forces and
    /// rebels (a war story's bare «القوات» may be either side's), states and places. An entry whose
    /// name opens with a one-word title (`headTitle`: «سفير خادم الحرمين الشريفين», an entry of its
    /// own) holds that title's office: a later «السفير فلان» of the article is the same state's; so
    /// does a person named with an IGO's office.
    func officeKey(head: Word, headTitle: String? = nil) -> String? {
        // (An IGO's officer has no role of his own: «الأمين العام لجامعة الدول العربية نبيل العربي», IGOARL.)
        guard role.map({ !["CVL", "UAF", "MIL", "REB"].contains($0) }) ?? ActorCode.isIGO(code), !placeLike, !placeOnly, !instrument, carried == nil
        else { return nil }
        if let t = title { return t.id + (former ? "/former" : "") }
        // (A person only as an IGO's officer: «الأمين العام لجامعة الدول العربية الدكتور نبيل العربي».)
        if let headTitle, person == nil || ActorCode.isIGO(code) { return headTitle + (former ? "/former" : "") }
        guard let e = entries.first, e.hasPrefix("agents.lex:") else { return nil }
        return e + " " + head.text
    }

    /// Whether the mention names someone an event-data user can place: a country (or its
    /// agent), an IGO, or a known group with a code of its own (IMGMOSISI, NGO…); not a bare
    /// role (GOV, CVL, UAF).
    var namesSomeone: Bool {
        country != nil || code.hasPrefix("IGO") || code.unicodeScalars.count > 3 && code != (role ?? "")
    }
}

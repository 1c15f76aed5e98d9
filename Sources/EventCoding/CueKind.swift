import Lexicon

/// Every kind of cue word the coder's rules ask for: one `[cue ID]` block in the lexicon each
/// (`cues.lex`). `lexicon check` reports a kind asked for that no lexicon file provides.
enum CueKind: Int, CaseIterable, Sendable {
    case prepositions
    case duringPronouns
    case twoSidesWords
    case timeReferenceWords
    case condemnedActNouns
    case verbPrepositions
    case neighbourWords
    case foreignWords
    case prayerWords
    case namedAfterHeads
    case adjectiveHeads
    case accidentWords
    case airStrikeWords
    case behalfWords
    case aircraftWords
    case bombWords
    case suicideBombWords
    case carBombWords
    case roadsideBombWords
    case woundedAlsoWords
    case relativePronouns
    case sportWords
    case peopleWords
    case reporterWords
    case patronymicWords
    case counterpartWords
    case appealWords
    case arrivalWords
    case placeNouns
    case stateNouns
    case quantityWords
    case femininePluralBodies
    case partitiveHeads
    case approximationWords
    case countGoverningPrepositions
    case belongingWords
    case formerWords
    case notName
    case pronounPrepositions
    case parentheticalOpeners
    case clauseWords
    case protestAddress
    case protestAddressee
    case protestGatheringVerbs
    case protestOngoingVerbs
    case carryingWords
    case sufferVerbs
    case lightVerbs
    case nationalityWords
    case agentVerbs
    case pronounComplementisers
    case resultWords
    case amongWords
    case scheduleCues
    case historicalCues
    case auxiliaryWords
    case duringWords
    case receivedWords
    case timeClauseWords
    case gateFirstPerson
    case gateHedges
    case gateReporting
    case negators
    case hedges
    case denials
    case causeCues
    case attributionPrepositions
    case mainAdjectiveTitles
    case addressHonorifics
    case homeHonorifics
    case honorifics
    case approximateCounts
    case ledBy
    case agentPhrases
    case agentPrepHeads
    case agentInstruments
    case futureParticles
    case titleNotEra
    case notTriggers
    case formulae
    case backgroundOpeners
    case backgroundPhrases
    case claimWords
    case casualtyNouns
    case sidePhrases
    case affiliationWords
    case casualtyVerbs
    case dayAheadWords
    case organisationHeads
    case constructTitles
    case surnameTitles
    case crimeWords
    case supportWords
    case seatNouns
    case deputyWords
    case pastMarkers
    case pastGovernors
    case locatives
    case nearWords
    case cityWords
    case capitalWords
    case passiveFollowers
    case complementisers
    case arrestVerbs
    case earlierAdjectives
    case afterWords
    case comesAfterVerbs
    case sinceWords
    case sincePeriods
    case superlatives
    case topicVerbs
    case callAdverbs
    case causeWords
    case idioms
    case agentGenitiveNouns
    case eventNameHeads
    case outcomeHeads
    case purposeHeads
    case adjectiveHomographs
    case nameAdjectiveHomographs
    case countryConstructHeads
    case citizenWords
    case causeOfHarmWords
    case loyaltyWords
    case elaborationWords
    case futureLookalikes
    case raidNouns
    case hostileNames
    case expressingVerbs
    case masdarAuxiliaries
    case agentGenitiveMasdars
    case longPeriods
    case fighterHeads
    case overWords
    case recentPeriods
    case wishWords
    case nextRoundWords
    case contrastWords
    case lamTimeWords
    case installationHeads
    case placeNameHeads
    case officialWords
    case totalityWords
    case judgedThings
    case givenThings
    case reportFrameNouns
    case continuationHeads
    case mannerAdverbs
    case anaphoricHonorifics

    /// The block id in the lexicon.
    var id: String {
        switch self {
        case .prepositions: "prepositions"
        case .duringPronouns: "during-pronouns"
        case .twoSidesWords: "two-sides-words"
        case .timeReferenceWords: "time-reference-words"
        case .condemnedActNouns: "condemned-act-nouns"
        case .verbPrepositions: "verb-prepositions"
        case .neighbourWords: "neighbour-words"
        case .foreignWords: "foreign-words"
        case .prayerWords: "prayer-words"
        case .namedAfterHeads: "named-after-heads"
        case .adjectiveHeads: "adjective-heads"
        case .accidentWords: "accident-words"
        case .airStrikeWords: "air-strike-words"
        case .behalfWords: "behalf-words"
        case .aircraftWords: "aircraft-words"
        case .bombWords: "bomb-words"
        case .suicideBombWords: "suicide-bomb-words"
        case .carBombWords: "car-bomb-words"
        case .roadsideBombWords: "roadside-bomb-words"
        case .woundedAlsoWords: "wounded-also-words"
        case .relativePronouns: "relative-pronouns"
        case .sportWords: "sport-words"
        case .peopleWords: "people-words"
        case .reporterWords: "reporter-words"
        case .patronymicWords: "patronymic-words"
        case .counterpartWords: "counterpart-words"
        case .appealWords: "appeal-words"
        case .arrivalWords: "arrival-words"
        case .placeNouns: "place-nouns"
        case .stateNouns: "state-nouns"
        case .quantityWords: "quantity-words"
        case .femininePluralBodies: "feminine-plural-bodies"
        case .partitiveHeads: "partitive-heads"
        case .approximationWords: "approximation-words"
        case .countGoverningPrepositions: "count-governing-prepositions"
        case .belongingWords: "belonging-words"
        case .formerWords: "former-words"
        case .notName: "not-name"
        case .pronounPrepositions: "pronoun-prepositions"
        case .parentheticalOpeners: "parenthetical-openers"
        case .clauseWords: "clause-words"
        case .protestAddress: "protest-address"
        case .protestAddressee: "protest-addressee"
        case .protestGatheringVerbs: "protest-gathering-verbs"
        case .protestOngoingVerbs: "protest-ongoing-verbs"
        case .carryingWords: "carrying-words"
        case .sufferVerbs: "suffer-verbs"
        case .lightVerbs: "light-verbs"
        case .nationalityWords: "nationality-words"
        case .agentVerbs: "agent-verbs"
        case .pronounComplementisers: "pronoun-complementisers"
        case .resultWords: "result-words"
        case .amongWords: "among-words"
        case .scheduleCues: "schedule-cues"
        case .historicalCues: "historical-cues"
        case .auxiliaryWords: "auxiliary-words"
        case .duringWords: "during-words"
        case .receivedWords: "received-words"
        case .timeClauseWords: "time-clause-words"
        case .gateFirstPerson: "gate-first-person"
        case .gateHedges: "gate-hedges"
        case .gateReporting: "gate-reporting"
        case .negators: "negators"
        case .hedges: "hedges"
        case .denials: "denials"
        case .causeCues: "cause-cues"
        case .attributionPrepositions: "attribution-prepositions"
        case .mainAdjectiveTitles: "main-adjective-titles"
        case .addressHonorifics: "address-honorifics"
        case .homeHonorifics: "home-honorifics"
        case .honorifics: "honorifics"
        case .approximateCounts: "approximate-counts"
        case .ledBy: "led-by"
        case .agentPhrases: "agent-phrases"
        case .agentPrepHeads: "agent-prep-heads"
        case .agentInstruments: "agent-instruments"
        case .futureParticles: "future-particles"
        case .titleNotEra: "title-not-era"
        case .notTriggers: "not-triggers"
        case .formulae: "formulae"
        case .backgroundOpeners: "background-openers"
        case .backgroundPhrases: "background-phrases"
        case .claimWords: "claim-words"
        case .casualtyNouns: "casualty-nouns"
        case .sidePhrases: "side-phrases"
        case .affiliationWords: "affiliation-words"
        case .casualtyVerbs: "casualty-verbs"
        case .dayAheadWords: "day-ahead-words"
        case .organisationHeads: "organisation-heads"
        case .constructTitles: "construct-titles"
        case .surnameTitles: "surname-titles"
        case .crimeWords: "crime-words"
        case .supportWords: "support-words"
        case .seatNouns: "seat-nouns"
        case .deputyWords: "deputy-words"
        case .pastMarkers: "past-markers"
        case .pastGovernors: "past-governors"
        case .locatives: "locatives"
        case .nearWords: "near-words"
        case .cityWords: "city-words"
        case .capitalWords: "capital-words"
        case .passiveFollowers: "passive-followers"
        case .complementisers: "complementisers"
        case .arrestVerbs: "arrest-verbs"
        case .earlierAdjectives: "earlier-adjectives"
        case .afterWords: "after-words"
        case .comesAfterVerbs: "comes-after-verbs"
        case .sinceWords: "since-words"
        case .sincePeriods: "since-periods"
        case .superlatives: "superlatives"
        case .topicVerbs: "topic-verbs"
        case .callAdverbs: "call-adverbs"
        case .causeWords: "cause-words"
        case .idioms: "idioms"
        case .agentGenitiveNouns: "agent-genitive-nouns"
        case .eventNameHeads: "event-name-heads"
        case .outcomeHeads: "outcome-heads"
        case .purposeHeads: "purpose-heads"
        case .adjectiveHomographs: "adjective-homographs"
        case .nameAdjectiveHomographs: "name-adjective-homographs"
        case .countryConstructHeads: "country-construct-heads"
        case .citizenWords: "citizen-words"
        case .causeOfHarmWords: "cause-of-harm-words"
        case .loyaltyWords: "loyalty-words"
        case .elaborationWords: "elaboration-words"
        case .futureLookalikes: "future-lookalikes"
        case .raidNouns: "raid-nouns"
        case .hostileNames: "hostile-names"
        case .expressingVerbs: "expressing-verbs"
        case .masdarAuxiliaries: "masdar-auxiliaries"
        case .agentGenitiveMasdars: "agent-genitive-masdars"
        case .longPeriods: "long-periods"
        case .fighterHeads: "fighter-heads"
        case .overWords: "over-words"
        case .recentPeriods: "recent-periods"
        case .wishWords: "wish-words"
        case .nextRoundWords: "next-round-words"
        case .contrastWords: "contrast-words"
        case .lamTimeWords: "lam-time-words"
        case .installationHeads: "installation-heads"
        case .placeNameHeads: "place-name-heads"
        case .officialWords: "official-words"
        case .totalityWords: "totality-words"
        case .judgedThings: "judged-things"
        case .givenThings: "given-things"
        case .reportFrameNouns: "report-frame-nouns"
        case .continuationHeads: "continuation-heads"
        case .mannerAdverbs: "manner-adverbs"
        case .anaphoricHonorifics: "anaphoric-honorifics"
        }
    }
}

import ArabicText
import EventCoding
import Store

/// The JSON shapes of the API (encoded with snake_case keys; see `openapi.json`).
enum API {
    struct Page<T: Encodable & Sendable>: Encodable, Sendable {
        var items: [T]
        /// The `after` value for the next page, or null on the last page.
        var next: Int64?
    }

    struct EventItem: Encodable, Sendable {
        var id: Int64
        var group: Int64
        var documentId: Int64
        var outlet: String?
        var url: String?
        var published: CalendarDay?
        var lexiconVersion: String
        var event: Event
        init(_ e: StoredEvent) {
            id = e.id
            group = e.group
            documentId = e.documentID
            outlet = e.outlet
            url = e.url
            published = e.published
            lexiconVersion = e.lexiconVersion
            event = e.event
        }
    }

    struct SentenceItem: Encodable, Sendable {
        var part: DocumentPart
        var index: Int
        var start: Int
        var end: Int
        var text: String
    }

    struct DocumentDetail: Encodable, Sendable {
        var document: DocumentSummary
        var text: String
        var dateSource: String
        var lexiconVersion: String
        var sentences: [SentenceItem]
        var events: [EventItem]
        /// Contradictions the story holds.
        var flags: [VerificationFlag]
        /// What the lexicon could not say: not the story's fault, not counted among the flags.
        var notes: [VerificationFlag]
    }

    struct FlagItem: Encodable, Sendable {
        var id: Int64
        var documentId: Int64
        var title: String?
        var source: String?
        var published: CalendarDay?
        var flag: VerificationFlag
        init(_ f: StoredFlag) {
            id = f.id
            documentId = f.documentID
            title = f.title
            source = f.source
            published = f.published
            flag = f.flag
        }
    }

    struct Relations: Encodable, Sendable {
        var source: String
        var target: String
        var by: String
        var from: CalendarDay?
        var to: CalendarDay?
        var rows: [RelationRow]
    }

    struct Role: Encodable, Sendable {
        var code: String
        var country: String?
        var office: String?
        var start: CalendarDay?
        var end: CalendarDay?
        var location: String
    }

    struct RoleOnDate: Encodable, Sendable {
        var code: String
        var reason: String
    }

    struct Person: Encodable, Sendable {
        var id: String
        var names: [String]
        var roles: [Role]
        /// The role that codes the person on the asked date (or the latest without one).
        var role: RoleOnDate?
    }

    struct Actors: Encodable, Sendable {
        var q: String?
        var date: CalendarDay?
        /// How the query resolves as a mention on the date, when it names an actor.
        var resolution: ActorResolution?
        var people: [Person]
    }

    struct CodeRequest: Decodable, Sendable {
        var title: String?
        var text: String
        var date: String?
    }

    struct IngestRequest: Decodable, Sendable {
        var id: String?
        var title: String?
        var text: String
        var date: String?
        var source: String?
        var url: String?
    }

    struct CodeResult: Encodable, Sendable {
        var date: CalendarDay?
        var dateSource: String
        var sentences: [SentenceRecord]
        var events: [Event]
        var flags: [VerificationFlag]
        var notes: [VerificationFlag]
    }

    struct IngestResult: Encodable, Sendable {
        var documentId: Int64?
        var inserted: Int
        var replaced: Int
        var unchanged: Int
        var events: Int
        var flags: Int
        var notes: Int
    }
}

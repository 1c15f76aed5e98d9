import EventCoding
import Lexicon
import Store

/// What the web app serves from: the store, the coder for `POST /code` and `POST /documents`,
/// the lexicon for `/api/actors`, and the write token (no token: `POST /documents` is off).
public struct WebSettings: Sendable {
    public var store: any BrowsableStore
    public var coder: DocumentCoder
    public var token: String?
    /// The largest request body accepted, in bytes (larger: 413).
    public var maxBodyBytes: Int
    /// How long a relations series is reused before it is read again, in seconds (0: never
    /// reused). The app's own writes clear it at once.
    public var relationsCacheSeconds: Double

    public init(store: any BrowsableStore, coder: DocumentCoder, token: String? = nil, maxBodyBytes: Int = 1 << 20, relationsCacheSeconds: Double = 5) {
        self.store = store
        self.coder = coder
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.relationsCacheSeconds = relationsCacheSeconds
    }

    public var lexicon: Lexicon { coder.verifier.coder.lexicon }
}

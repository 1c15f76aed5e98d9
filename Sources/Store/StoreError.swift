/// A store that cannot be opened, migrated, read or written; the message names the store.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let store: String
    public let message: String

    public init(store: String, message: String) {
        self.store = store
        self.message = message
    }

    public var description: String { "\(store): \(message)" }
}

import EventCoding
import Feeds
import Foundation

/// Reads a feed given as a string.
func readFeed(_ xml: String, name: String = "feed.xml", format: FeedFormat? = nil) -> [Result<Document, InputError>] {
    FeedReader.read(Data(xml.utf8), name: name, format: format)
}

/// The documents read, in order.
func documents(_ results: [Result<Document, InputError>]) -> [Document] {
    results.compactMap { try? $0.get() }
}

/// The errors, in order.
func failures(_ results: [Result<Document, InputError>]) -> [InputError] {
    results.compactMap { if case .failure(let e) = $0 { e } else { nil } }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}

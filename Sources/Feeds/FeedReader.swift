import ArabicText
import EventCoding
import Foundation

/// Turns RSS 2.0, Atom and PETRARCH XML into documents, one result per item, so that one bad
/// item (or a malformed tail) does not lose the rest.
public enum FeedReader {
    /// Reads every item of a feed.
    ///
    /// - Parameters:
    ///   - data: The feed's bytes (UTF-8, a BOM is fine).
    ///   - name: The input's name, used in errors and in ids made up for items without one.
    ///   - format: The format; nil sniffs it from the root element.
    ///   - maxTextBytes: The longest text (UTF-8 bytes) an item may have; a longer one is an
    ///     error for that item.
    /// - Returns: A document or an error per item in feed order (`place` "item N"); then, when the
    ///   XML is malformed, an error at "line L, column C". Input that can't be read at all gives
    ///   a single error. Never empty.
    public static func read(_ data: Data, name: String, format: FeedFormat? = nil, maxTextBytes: Int = DocumentReader.defaultMaxLineBytes) -> [Result<
        Document, InputError
    >] {
        func whole(_ message: String, at place: String = "") -> [Result<Document, InputError>] {
            [.failure(InputError(input: name, place: place, message: message))]
        }
        do {
            _ = try DocumentReader.decodeUTF8(data, name: name)
        } catch let e as InputError {
            return [.failure(e)]
        } catch {
            return whole("invalid UTF-8")
        }
        let bytes = Array(data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }) {
            return whole(emptyMessage)
        }
        // The parser must read the characters the checks below read: UTF-8, nothing else.
        if let nul = XMLProlog.firstNUL(bytes) {
            return whole("a NUL byte, which XML does not allow (UTF-16 or UCS-4 without a BOM?); only UTF-8 is read", at: "line \(nul.line), byte \(nul.byte)")
        }
        if let encoding = XMLProlog.declaredEncoding(bytes), !XMLProlog.acceptedEncodings.contains(encoding.lowercased()) {
            return whole("the feed declares encoding \"\(encoding)\"; only UTF-8 is read (convert it first, e.g. iconv -f \(encoding) -t UTF-8)", at: "line 1")
        }
        if let refusal = XMLProlog.entityDeclaration(bytes) {
            return whole(refusal.message, at: "line \(refusal.line)")
        }
        let rootName = XMLProlog.rootElementName(bytes)
        guard let format = format ?? rootName.flatMap(FeedFormat.format(rootElement:)) else {
            let root = rootName.map { "the root element is <\($0)>" } ?? "no root element found"
            return whole("not a feed: \(root); expected <rss>, <feed> or <Sentences>")
        }

        let tree = FeedTreeBuilder.parse(Data(XMLProlog.forParser(bytes)))
        var out: [Result<Document, InputError>] = []
        if let root = tree.root {
            if let found = FeedFormat.format(rootElement: root.name), found != format {
                return whole("expected \(format.displayName) but the root element is <\(root.name)>")
            }
            let mapper = ItemMapper(name: name, format: format, root: root)
            out = mapper.items.enumerated().map { n, item in
                mapper.document(item, number: n + 1).flatMap { d in
                    let size = d.text.utf8.count + (d.title?.utf8.count ?? 0)
                    guard size <= maxTextBytes else {
                        return .failure(
                            InputError(
                                input: name, place: "item \(n + 1)",
                                message: "the item's text is \(size) bytes, longer than the \(maxTextBytes)-byte limit; skipped"))
                    }
                    return .success(d)
                }
            }
        }
        if let e = tree.error {
            out.append(.failure(InputError(input: name, place: "line \(e.line), column \(e.column)", message: e.message)))
        } else if out.isEmpty {
            return whole(emptyMessage)
        }
        return out
    }

    static let emptyMessage = "empty feed: no items"
}

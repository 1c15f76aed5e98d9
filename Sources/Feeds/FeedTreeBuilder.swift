import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML into a `FeedElement` tree, stopping at the first error and keeping what was read.
final class FeedTreeBuilder: NSObject, XMLParserDelegate {
    /// Where parsing stopped and why.
    struct ParseError {
        let line: Int
        let column: Int
        let message: String
    }

    /// A holder for the root element(s).
    let document = FeedElement(name: "#document", attributes: [:], line: 0)
    private(set) var error: ParseError?
    private var stack: [FeedElement] = []
    private var undeclaredEntity: String?

    /// Parses `data`; external entities are never resolved.
    static func parse(_ data: Data) -> FeedTreeBuilder {
        let builder = FeedTreeBuilder()
        builder.stack = [builder.document]
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = builder
        _ = parser.parse()
        return builder
    }

    var root: FeedElement? { document.elements.first }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        guard error == nil, let top = stack.last else { return }
        let e = FeedElement(name: elementName, attributes: attributes, line: parser.lineNumber)
        top.append(e)
        stack.append(e)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard error == nil, stack.count > 1 else { return }
        stack.removeLast().isClosed = true
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard error == nil else { return }
        stack.last?.append(text: string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard error == nil else { return }
        stack.last?.append(text: String(decoding: CDATABlock, as: UTF8.self))
    }

    /// Called for an entity the document does not declare; noted for the error message, never loaded.
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        if undeclaredEntity == nil { undeclaredEntity = name }
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        // Namespace errors (libxml2 200–299), such as an undeclared `content:` prefix, leave the
        // document readable; feeds often forget a declaration.
        guard error == nil, !(200..<300).contains(code) else { return }
        error = ParseError(line: parser.lineNumber, column: parser.columnNumber, message: describe(code))
        parser.abortParsing()
    }

    /// A message for a libxml2 error code, naming the open element where that helps.
    private func describe(_ code: Int) -> String {
        let open = stack.count > 1 ? stack.last : nil
        let openDesc = open.map { "<\($0.name)> (opened on line \($0.line))" }
        switch code {
        case 4: return "malformed XML: no root element"
        case 5, 77:
            if let openDesc { return "malformed XML: the document ends before \(openDesc) is closed" }
            return "malformed XML: content after the end of the root element"
        case 76:
            if let openDesc { return "malformed XML: an end tag does not match \(openDesc); it is not closed" }
            return "malformed XML: an end tag does not match its start tag"
        case 26, 27:
            let name = undeclaredEntity ?? "…"
            return "malformed XML: undeclared entity &\(name); (in XML, HTML entities must be escaped: &amp;\(name);)"
        case 22, 23, 24, 25: return "malformed XML: a bare & not starting an entity (write &amp;)"
        case 68: return "malformed XML: a bare < not starting a tag (write &lt;), or a tag without a name"
        case 6, 7, 8, 9: return "malformed XML: a character not allowed in XML"
        case 38: return "malformed XML: < inside an attribute value"
        case 39, 40, 41: return "malformed XML: an attribute value is not quoted or not closed"
        case 42: return "malformed XML: an attribute is given twice"
        case 45: return "malformed XML: a comment is not closed"
        case 63: return "malformed XML: a CDATA section is not closed"
        case 73: return "malformed XML: a tag is not closed with >"
        case 86: return "malformed XML: content after the end of the root element"
        default: return "malformed XML (libxml2 error \(code))"
        }
    }
}

/// An element of a parsed feed: its name, attributes, text and child elements in order.
final class FeedElement {
    enum Child {
        case text(String)
        case element(FeedElement)
    }

    /// The qualified name as written (`content:encoded`).
    let name: String
    let attributes: [String: String]
    /// The line its start tag ends on.
    let line: Int
    private(set) var children: [Child] = []
    /// True once its end tag was read; an element cut off by an XML error stays false.
    var isClosed = false

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The name without its namespace prefix.
    var localName: Substring { name.split(separator: ":").last ?? Substring(name) }

    func append(_ child: FeedElement) { children.append(.element(child)) }

    func append(text: String) {
        // Popping the last text first leaves it uniquely referenced, so appending is amortised O(1)
        // however many chunks the parser delivers.
        if case .text = children.last, case .text(var t) = children.removeLast() {
            t += text
            children.append(.text(t))
        } else {
            children.append(.text(text))
        }
    }

    var elements: [FeedElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first closed child with this qualified name.
    func child(_ name: String) -> FeedElement? { elements.first { $0.isClosed && $0.name == name } }

    /// The first closed child with this local name, whatever its prefix.
    func child(local name: String) -> FeedElement? { elements.first { $0.isClosed && $0.localName == name } }

    /// The closed elements named `name` in document order, not looking inside a match.
    func descendants(local name: String) -> [FeedElement] {
        var out: [FeedElement] = []
        for e in elements {
            if e.localName == name {
                if e.isClosed { out.append(e) }
            } else {
                out += e.descendants(local: name)
            }
        }
        return out
    }

    /// Its text with child elements flattened; block-level (X)HTML elements become
    /// `HTMLText.structuralBreak`.
    var text: String {
        var out = ""
        for c in children {
            switch c {
            case .text(let t): out += t
            case .element(let e):
                let block = HTMLText.isBlock(e.localName.lowercased())
                if block { out.append(HTMLText.structuralBreak) }
                out += e.text
                if block { out.append(HTMLText.structuralBreak) }
            }
        }
        return out
    }
}

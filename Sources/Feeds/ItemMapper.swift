import ArabicText
import EventCoding

/// Maps the items of one parsed feed to documents, format by format.
struct ItemMapper {
    let name: String
    let format: FeedFormat
    /// The closed item elements (`item`, `entry`, `Sentence`) in document order.
    let items: [FeedElement]
    /// The feed's own title, used as every document's source.
    let feedTitle: String?

    init(name: String, format: FeedFormat, root: FeedElement) {
        self.name = name
        self.format = format
        switch format {
        case .rss:
            items = root.descendants(local: "item")
            feedTitle = root.child("channel")?.child("title").map { HTMLText.oneLine(HTMLText.plainText($0.text)) }
        case .atom:
            items = root.descendants(local: "entry")
            feedTitle = root.child(local: "title").map(Self.atomText).map(HTMLText.oneLine)
        case .petrarch:
            items = root.localName == "Sentence" ? (root.isClosed ? [root] : []) : root.descendants(local: "Sentence")
            feedTitle = nil
        }
    }

    func document(_ item: FeedElement, number n: Int) -> Result<Document, InputError> {
        switch format {
        case .rss: rss(item, n)
        case .atom: atom(item, n)
        case .petrarch: petrarch(item, n)
        }
    }

    private func fail(_ n: Int, _ message: String) -> Result<Document, InputError> {
        .failure(InputError(input: name, place: "item \(n)", message: message))
    }

    private func nonEmpty(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    private func rss(_ item: FeedElement, _ n: Int) -> Result<Document, InputError> {
        let title = nonEmpty(item.child("title").map { HTMLText.oneLine(HTMLText.plainText($0.text)) })
        let body = [item.child("content:encoded") ?? item.child(local: "encoded"), item.child("description")]
            .lazy.compactMap { $0.flatMap { nonEmpty(HTMLText.plainText($0.text)) } }.first
        let link = nonEmpty(item.child("link")?.text)
        let id = nonEmpty(item.child("guid")?.text) ?? link ?? "\(name)#item-\(n)"
        guard let body else {
            return fail(n, "no text: the item\(label(title, id)) has no <description> or <content:encoded>")
        }
        let date =
            (item.child("pubDate")?.text).flatMap(FeedDate.rfc822)
            ?? (item.child("dc:date")?.text).flatMap(FeedDate.iso8601)
        return .success(Document(id: id, title: title, text: body, date: date, source: feedTitle, url: link))
    }

    private func atom(_ item: FeedElement, _ n: Int) -> Result<Document, InputError> {
        let title = nonEmpty(item.child(local: "title").map { HTMLText.oneLine(Self.atomText($0)) })
        let body = [item.child(local: "content"), item.child(local: "summary")]
            .lazy.compactMap { $0.flatMap { nonEmpty(Self.atomText($0)) } }.first
        let links = item.elements.filter { $0.isClosed && $0.localName == "link" && $0.attributes["href"] != nil }
        let link = (links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first)?.attributes["href"]
        let id = nonEmpty(item.child(local: "id")?.text) ?? nonEmpty(link) ?? "\(name)#item-\(n)"
        guard let body else {
            return fail(n, "no text: the entry\(label(title, id)) has no <content> or <summary>")
        }
        let date = (item.child(local: "published") ?? item.child(local: "updated")).flatMap { FeedDate.iso8601($0.text) }
        return .success(Document(id: id, title: title, text: body, date: date, source: feedTitle, url: nonEmpty(link)))
    }

    private func petrarch(_ item: FeedElement, _ n: Int) -> Result<Document, InputError> {
        let id = nonEmpty(item.attributes["id"]) ?? "\(name)#item-\(n)"
        guard let text = nonEmpty(item.child(local: "Text").map { HTMLText.oneLine($0.text) }) else {
            return fail(n, "no text: the sentence \(id) has no <Text>")
        }
        let date = item.attributes["date"].flatMap(FeedDate.iso8601)
        return .success(Document(id: id, text: text, date: date, source: nonEmpty(item.attributes["source"])))
    }

    /// An Atom text construct's plain text: `type="html"` is stripped of tags; `text` and `xhtml`
    /// are already text.
    static func atomText(_ e: FeedElement) -> String {
        e.attributes["type"]?.lowercased() == "html" ? HTMLText.plainText(e.text) : HTMLText.tidy(e.text)
    }

    private func label(_ title: String?, _ id: String) -> String {
        if let title { return " «\(title)»" }
        return id.hasPrefix("\(name)#") ? "" : " \(id)"
    }
}

import ArabicText
import EventCoding
import Foundation
import Hummingbird
import Store

/// The dashboard: server-rendered pages, charts as inline SVG, no script.
struct Pages: Sendable {
    let routes: WebRoutes
    var store: any BrowsableStore { routes.store }
    let e = HTML.escape

    static func codeName(_ code: String) -> String { Ontology.shared.entry(code)?.name ?? "" }

    func options(_ values: [String], selected: String) -> String {
        values.map { "<option\($0 == selected ? " selected" : "")>\($0)</option>" }.joined()
    }

    // MARK: relations

    func relations(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["a", "b", "by", "from", "to"])
        let dyads = try await store.dyads(limit: 8)
        var rq = try WebRoutes.relationsQuery(q, a: "a", b: "b", required: false)
        if rq == nil {
            let givenA = try q.string("a"), givenB = try q.string("b")
            if givenA != nil || givenB != nil {
                throw WebError.badParameter(givenA == nil ? "a" : "b", "is required when the other actor is given")
            }
            let top = dyads.first
            rq = RelationsQuery(
                a: ActorSelector(top?.source ?? "SYR")!, b: ActorSelector(top?.target ?? "RUS")!, from: try q.day("from"), to: try q.day("to"),
                by: try q.period("by") ?? .month)
        }
        let query = rq!
        let rows = try await routes.cache.rows(query, store: store)
        let chart = RelationsChart(rows: rows, a: query.a.code, b: query.b.code, by: query.by)
        var s = "<h1>Relations \(e(query.a.code)) ⇄ \(e(query.b.code))</h1>"
        s += """
            <form method="get" action="/relations">
            <label>Actor A <input name="a" value="\(e(query.a.code))" size="8" required pattern="[A-Za-z0-9]{3,15}"></label>
            <label>Actor B <input name="b" value="\(e(query.b.code))" size="8" required pattern="[A-Za-z0-9]{3,15}"></label>
            <label>Period <select name="by">\(options(PeriodUnit.allCases.map(\.rawValue), selected: query.by.rawValue))</select></label>
            <label>From <input type="date" name="from" value="\(e(query.from?.iso ?? ""))"></label>
            <label>To <input type="date" name="to" value="\(e(query.to?.iso ?? ""))"></label>
            <button type="submit">Show</button>
            </form>
            """
        if !dyads.isEmpty {
            s += "<p class=\"muted\">Busiest pairs: " + dyads.map { d in
                "<a href=\"/relations\(e(HTML.query([("a", d.source), ("b", d.target), ("by", query.by.rawValue)])))\">\(e(d.source))→\(e(d.target))</a> (\(d.events))"
            }.joined(separator: ", ") + "</p>"
        }
        if rows.isEmpty {
            s += "<p>No dated events between \(e(query.a.code)) and \(e(query.b.code))\(query.from != nil || query.to != nil ? " in this period" : "").</p>"
        } else {
            s += "<h2>Events per quad class</h2>" + chart.countsSVG() + chart.legend()
            s += "<h2>Goldstein balance</h2>" + chart.goldsteinSVG()
            s += "<h2>Periods</h2><table><thead><tr><th>period</th><th>direction</th><th>events</th><th>q1</th><th>q2</th><th>q3</th><th>q4</th><th>Goldstein sum / mean</th><th>top types</th></tr></thead><tbody>"
            for r in rows {
                let link = RelationsChart.eventsLink(source: r.source, target: r.target, period: r.period, by: query.by)
                let top = r.top.map { "\(e($0.cameo)) \(e(Pages.codeName($0.cameo))) ×\($0.count)" }.joined(separator: "; ")
                s += "<tr><td><a href=\"\(e(link))\">\(e(r.period))</a></td><td>\(e(r.source))→\(e(r.target))</td><td><a href=\"\(e(link))\">\(r.events)</a></td>"
                s += r.quad.map { "<td>\($0)</td>" }.joined()
                s += "<td>\(String(format: "%.1f / %.2f", r.goldsteinSum, r.goldsteinMean))</td><td>\(top)</td></tr>"
            }
            s += "</tbody></table>"
        }
        return Reply.html(Page.layout(title: "Relations \(query.a.code)–\(query.b.code)", body: s))
    }

    // MARK: events

    func actorText(_ a: ActorMention?) -> String {
        guard let a else { return "—" }
        return "<code>\(e(a.code))</code> <span dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(a.text))</span>"
    }

    func events(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(Query.filterNames)
        let f = try q.eventFilter(defaultLimit: 100, maxLimit: 1000)
        let items = try await store.events(f)
        var s = "<h1>Events</h1><p class=\"muted\">"
        let described = Query.filterNames.sorted().compactMap { k in q.values[k].flatMap { $0.isEmpty ? nil : "\(k) = \(e($0))" } }
        s += described.isEmpty ? "All stored event reports." : described.joined(separator: ", ")
        s += "</p>"
        if items.isEmpty { s += "<p>No events.</p>" }
        s += "<table><thead><tr><th>#</th><th>date</th><th>source</th><th>event</th><th>target</th><th>trigger</th><th>outlet</th></tr></thead><tbody>"
        for x in items {
            let ev = x.event
            s += "<tr><td><a href=\"/events/\(x.id)\">\(x.id)</a></td><td>\(e(ev.date?.iso ?? "—"))</td><td>\(actorText(ev.source))</td>"
            s += "<td><code>\(e(ev.cameo))</code> \(e(Pages.codeName(ev.cameo)))\(ev.flags.isEmpty ? "" : " ⚑")</td><td>\(actorText(ev.target))</td>"
            s += "<td><span dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(ev.trigger.text))</span></td><td>\(e(x.outlet ?? ""))</td></tr>"
        }
        s += "</tbody></table>"
        if items.count == f.limit, let last = items.last {
            var pairs = Query.filterNames.sorted().filter { $0 != "after" }.map { ($0, q.values[$0]) }
            pairs.append(("after", String(last.id)))
            s += "<p><a href=\"/events\(e(HTML.query(pairs)))\">Next page →</a></p>"
        }
        return Reply.html(Page.layout(title: "Events", body: s))
    }

    func event(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        try Query(req.uri.query).allow([])
        let id = try WebRoutes.pathID(ctx, "event")
        guard let x = try await store.event(id: id) else { throw WebError.notFound("event \(id)") }
        guard let doc = try await store.document(id: x.documentID) else { throw WebError.notFound("document \(x.documentID)") }
        let group = try await store.groups(EventFilter(group: x.group)).first
        let ev = x.event
        var marks = [ArticleMarkup.Span(start: ev.trigger.start, end: ev.trigger.end, className: "trigger")]
        if let a = ev.source { marks.append(.init(start: a.start, end: a.end, className: "source")) }
        if let a = ev.target { marks.append(.init(start: a.start, end: a.end, className: "target")) }
        let evidence = ev.evidence.start..<ev.evidence.end
        func part(_ p: DocumentPart, _ text: String) -> String {
            p == ev.part ? ArticleMarkup.render(text, marks: marks, evidence: evidence) : e(text)
        }
        let entry = Ontology.shared.entry(ev.cameo)
        let quadNames = RelationsChart.quadNames
        var s = "<h1>Event \(x.id): <code>\(e(ev.cameo))</code> \(e(entry?.name ?? ""))</h1>"
        s += "<p class=\"legend\"><mark class=\"source\">source</mark> <mark class=\"trigger\">trigger</mark> <mark class=\"target\">target</mark> <span class=\"evidence\">evidence sentence</span></p>"
        s += "<article dir=\"rtl\" lang=\"ar\" class=\"ar\">"
        if let t = doc.summary.title { s += "<h2 class=\"ar\">\(part(.title, t))</h2>" }
        s += "<div class=\"ar\" style=\"white-space: pre-wrap\">\(part(.text, doc.text))</div></article>"
        s += "<h2>Codes</h2><dl>"
        s += "<dt>CAMEO</dt><dd><code>\(e(ev.cameo))</code> \(e(entry?.name ?? ""))</dd>"
        s += "<dt>root</dt><dd><code>\(e(ev.root))</code> \(e(Pages.codeName(ev.root)))</dd>"
        s += "<dt>PLOVER</dt><dd>\(e(ev.plover ?? "—"))\(ev.mode.map { " (" + e($0) + ")" } ?? "")</dd>"
        s += "<dt>Goldstein</dt><dd>\(ev.goldstein)</dd>"
        s += "<dt>quad class</dt><dd>\(ev.quad) \((1...4).contains(ev.quad) ? quadNames[ev.quad - 1] : "")</dd>"
        s += "<dt>date</dt><dd>\(e(ev.date?.iso ?? "—"))</dd>"
        s += "<dt>source</dt><dd>\(actorText(ev.source))\(ev.source?.role.map { " role " + e($0) } ?? "")</dd>"
        s += "<dt>target</dt><dd>\(actorText(ev.target))\(ev.target?.role.map { " role " + e($0) } ?? "")</dd>"
        s += "<dt>trigger</dt><dd><span dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(ev.trigger.text))</span></dd>"
        s += "<dt>article</dt><dd><a href=\"/documents/\(doc.summary.id)\">document \(doc.summary.id)</a> \(e(doc.summary.source ?? "")) \(e(doc.summary.published?.iso ?? ""))"
        // Only a web address is a link: `javascript:`, `data:` and the like are shown as text.
        if let u = x.url { s += HTML.isWebURL(u) ? " <a href=\"\(e(u))\" rel=\"noreferrer nofollow\">\(e(u))</a>" : " <span dir=\"ltr\">\(e(u))</span>" }
        s += "</dd><dt>lexicon</dt><dd><code>\(e(x.lexiconVersion))</code></dd></dl>"
        if let g = group {
            s += "<h2>Mentions</h2><p>This event (deduplicated #\(g.id)) has <strong>\(g.mentions)</strong> report\(g.mentions == 1 ? "" : "s") in \(g.articles) article\(g.articles == 1 ? "" : "s") from \(g.sources) outlet\(g.sources == 1 ? "" : "s")\(g.isRoot ? "; reported in a headline or lead sentence" : ""). Reports: "
            s += g.reports.map { $0 == x.id ? "<strong>\($0)</strong>" : "<a href=\"/events/\($0)\">\($0)</a>" }.joined(separator: ", ") + "</p>"
        }
        s += "<h2>Matched lexicon entries</h2>"
        s += ev.evidence.entries.isEmpty ? "<p>—</p>" : "<ul>" + ev.evidence.entries.map { "<li><code dir=\"auto\">\(e($0))</code></li>" }.joined() + "</ul>"
        s += "<h2>Flags</h2>"
        if ev.flags.isEmpty && doc.flags.isEmpty { s += "<p>None.</p>" }
        if !ev.flags.isEmpty { s += "<p>On this event: " + ev.flags.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + "</p>" }
        s += flagsHTML(doc.flags)
        return Reply.html(Page.layout(title: "Event \(x.id)", body: s))
    }

    func flagsHTML(_ flags: [VerificationFlag]) -> String {
        flags.map { f in
            "<div class=\"flag\"><strong><code>\(e(f.kind))</code></strong><p>\(e(f.explanation))</p>\(HTML.arabic(f.explanationArabic))"
                + (f.facts.isEmpty ? "" : "<p class=\"muted\">" + f.facts.map { "<code dir=\"auto\">\(e($0))</code>" }.joined(separator: "<br>") + "</p>") + "</div>"
        }.joined()
    }

    // MARK: documents, flags, search

    func document(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        try Query(req.uri.query).allow([])
        let id = try WebRoutes.pathID(ctx, "document")
        guard let doc = try await store.document(id: id) else { throw WebError.notFound("document \(id)") }
        let events = try await store.events(EventFilter(document: id))
        func marks(_ p: DocumentPart) -> [ArticleMarkup.Span] {
            events.filter { $0.event.part == p }.map { ArticleMarkup.Span(start: $0.event.trigger.start, end: $0.event.trigger.end, className: "trigger") }
        }
        var s = "<h1>Document \(id)</h1><p class=\"muted\">\(e(doc.summary.source ?? "")) \(e(doc.summary.published?.iso ?? "undated")) · \(e(doc.summary.externalID))</p>"
        s += "<article dir=\"rtl\" lang=\"ar\" class=\"ar\">"
        if let t = doc.summary.title { s += "<h2 class=\"ar\">\(ArticleMarkup.render(t, marks: marks(.title)))</h2>" }
        s += "<div class=\"ar\" style=\"white-space: pre-wrap\">\(ArticleMarkup.render(doc.text, marks: marks(.text)))</div></article>"
        s += "<h2>Events</h2>" + (events.isEmpty ? "<p>None.</p>" : "<ul>" + events.map { x in
            "<li><a href=\"/events/\(x.id)\">\(x.id)</a> <code>\(e(x.event.cameo))</code> \(e(Pages.codeName(x.event.cameo))): \(e(x.event.source?.code ?? "—")) → \(e(x.event.target?.code ?? "—"))</li>"
        }.joined() + "</ul>")
        s += "<h2>Flags</h2>" + (doc.flags.isEmpty ? "<p>None.</p>" : flagsHTML(doc.flags))
        return Reply.html(Page.layout(title: "Document \(id)", body: s))
    }

    func flags(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["page"])
        let page = try q.int("page", range: 1...100_000) ?? 1
        let per = 50
        let items = try await store.recentFlags(offset: (page - 1) * per, limit: per)
        var s = "<h1>Stories that contradict themselves</h1><p class=\"muted\">Newest articles first.</p>"
        if items.isEmpty { s += "<p>No flags.</p>" }
        for f in items {
            s += "<section class=\"flag\"><p><a href=\"/documents/\(f.documentID)\">\(e(f.published?.iso ?? "undated"))</a> \(e(f.source ?? ""))</p>"
            if let t = f.title { s += HTML.arabic(t, tag: "h3") }
            s += "<strong><code>\(e(f.flag.kind))</code></strong><p>\(e(f.flag.explanation))</p>\(HTML.arabic(f.flag.explanationArabic))</section>"
        }
        if items.count == per { s += "<p><a href=\"/flags?page=\(page + 1)\">Older →</a></p>" }
        return Reply.html(Page.layout(title: "Flags", body: s))
    }

    func search(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["q"])
        let text = try q.string("q", maxLength: 200)
        var s = """
            <h1>Search</h1>
            <form method="get" action="/search"><label>Words (tashkeel and tatweel do not matter)
            <input name="q" dir="auto" lang="ar" class="ar" value="\(e(text ?? ""))" size="30"></label><button type="submit">Search</button></form>
            """
        if let text {
            let hits = try await store.search(text, limit: 50)
            if hits.isEmpty { s += "<p>No article contains every word of three letters or more of «<span dir=\"rtl\" lang=\"ar\">\(e(text))</span>».</p>" }
            for h in hits {
                var snippet = "", piece = ""
                for c in h.snippet {
                    if c == SearchHit.markStart || c == SearchHit.markEnd {
                        snippet += e(piece) + (c == SearchHit.markStart ? "<mark class=\"hit\">" : "</mark>")
                        piece = ""
                    } else {
                        piece.append(c)
                    }
                }
                snippet += e(piece)
                s += "<section><p><a href=\"/documents/\(h.document.id)\">\(e(h.document.published?.iso ?? "undated")) · document \(h.document.id)</a> \(e(h.document.source ?? "")) · \(h.document.events) events</p>"
                if let t = h.document.title { s += HTML.arabic(t, tag: "h3") }
                s += "<p dir=\"rtl\" lang=\"ar\" class=\"ar\">\(snippet)</p></section>"
            }
        }
        return Reply.html(Page.layout(title: "Search", body: s))
    }
}

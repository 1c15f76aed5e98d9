import ArabicText
import EventCoding
import Foundation
import Hummingbird
import Store

/// The dashboard: server-rendered pages, charts as inline SVG, no script, in Arabic or English
/// (`Lang`): every piece of text that can hold the other direction goes through `HTML.text`.
struct Pages: Sendable {
    let routes: WebRoutes
    var store: any BrowsableStore { routes.store }
    let e = HTML.escape

    typealias Handler = @Sendable (Request, BasicRequestContext, Lang) async throws -> Response

    func options(_ values: [(String, String)], selected: String) -> String {
        values.map { "<option value=\"\(e($0.0))\"\($0.0 == selected ? " selected" : "")>\(e($0.1))</option>" }.joined()
    }

    /// A code (actor, CAMEO) as a left-to-right island in either language.
    func code(_ s: String) -> String { "<code dir=\"ltr\">\(e(s))</code>" }

    /// "SYR→RUS" in English, "SYR←RUS" (read right to left: SYR, then RUS) in Arabic.
    func dyad(_ source: String, _ target: String, _ lang: Lang) -> String {
        "<bdi dir=\"ltr\">\(e(source))</bdi>\(lang.arrow)<bdi dir=\"ltr\">\(e(target))</bdi>"
    }

    // MARK: relations

    func relations(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allowPage(["a", "b", "by", "from", "to"])
        let dyads = try await store.dyads(limit: 8)
        var rq = try WebRoutes.relationsQuery(q, a: "a", b: "b", required: false)
        if rq == nil {
            let givenA = try q.string("a")
            let givenB = try q.string("b")
            if givenA != nil || givenB != nil {
                throw WebError.badParameter(givenA == nil ? "a" : "b", "is required when the other actor is given")
            }
            let top = dyads.first
            rq = RelationsQuery(
                a: ActorSelector(top?.source ?? "SYR")!, b: ActorSelector(top?.target ?? "RUS")!, from: try q.day("from"), to: try q.day("to"),
                by: try q.period("by") ?? .month)
        }
        let query = rq!
        let a = query.a.code
        let b = query.b.code
        let rows = try await routes.cache.rows(query, store: store)
        let chart = RelationsChart(rows: rows, a: a, b: b, by: query.by, lang: lang)
        let periodNames: [(String, String)] = PeriodUnit.allCases.map { p in
            switch p {
            case .day: ("day", lang("day", "يوم"))
            case .week: ("week", lang("week", "أسبوع"))
            case .month: ("month", lang("month", "شهر"))
            case .year: ("year", lang("year", "سنة"))
            }
        }
        var s = "<h1>\(lang("Relations", "العلاقات بين")) \(code(a)) ⇄ \(code(b))</h1>"
        s += """
            <form method="get" action="/relations">
            <label>\(lang("Actor A", "الطرف الأول")) <input name="a" value="\(e(a))" size="8" required pattern="[A-Za-z0-9]{3,15}" dir="ltr"></label>
            <label>\(lang("Actor B", "الطرف الثاني")) <input name="b" value="\(e(b))" size="8" required pattern="[A-Za-z0-9]{3,15}" dir="ltr"></label>
            <label>\(lang("Period", "الفترة")) <select name="by">\(options(periodNames, selected: query.by.rawValue))</select></label>
            <label>\(lang("From", "من")) <input type="date" name="from" value="\(e(query.from?.iso ?? ""))"></label>
            <label>\(lang("To", "إلى")) <input type="date" name="to" value="\(e(query.to?.iso ?? ""))"></label>
            <input type="hidden" name="lang" value="\(lang.rawValue)">
            <button type="submit">\(lang("Show", "اعرض"))</button>
            </form>
            """
        if !dyads.isEmpty {
            s +=
                "<p class=\"muted\">\(lang("Busiest pairs", "أنشط الثنائيات")): "
                + dyads.map { d in
                    "<a href=\"/relations\(e(HTML.query([("a", d.source), ("b", d.target), ("by", query.by.rawValue)])))\">\(dyad(d.source, d.target, lang))</a> (\(lang.number(d.events)))"
                }.joined(separator: lang(", ", "، ")) + "</p>"
        }
        if rows.isEmpty {
            let period = query.from != nil || query.to != nil
            s +=
                "<p>"
                + lang(
                    "No dated events between \(code(a)) and \(code(b))\(period ? " in this period" : "").",
                    "لا أحداث مؤرخة بين \(code(a)) و\(code(b))\(period ? " في هذه الفترة" : ".")") + "</p>"
        } else {
            s += "<h2>\(lang("Events per quad class", "الأحداث حسب الفئة"))</h2>" + chart.countsSVG() + chart.legend()
            s += "<h2>\(lang("Goldstein balance", "ميزان غولدستين"))</h2>" + chart.goldsteinSVG()
            s += "<h2>\(lang("Periods", "الفترات"))</h2><table><thead><tr>"
            let heads =
                [lang("period", "الفترة"), lang("direction", "الاتجاه"), lang("events", "الأحداث")]
                + (1...4).map { lang("q", "ف") + lang.number($0) }
                + [lang("Goldstein sum / mean", "مجموع غولدستين / متوسطه"), lang("top types", "أبرز الأنواع")]
            s += heads.map { "<th>\($0)</th>" }.joined()
            s += "</tr></thead><tbody>"
            for r in rows {
                let link = RelationsChart.eventsLink(source: r.source, target: r.target, period: r.period, by: query.by)
                let top = r.top.map { "\(code($0.cameo)) \(HTML.text(Vocabulary.codeName($0.cameo, lang), lang)) ×\(lang.number($0.count))" }.joined(
                    separator: lang("; ", "؛ "))
                s +=
                    "<tr><td><a href=\"\(e(link))\">\(e(lang.period(r.period, by: query.by)))</a></td><td>\(dyad(r.source, r.target, lang))</td><td><a href=\"\(e(link))\">\(lang.number(r.events))</a></td>"
                s += r.quad.map { "<td>\(lang.number($0))</td>" }.joined()
                s += "<td>\(lang.number(r.goldsteinSum, places: 1)) / \(lang.number(r.goldsteinMean, places: 2))</td><td>\(top)</td></tr>"
            }
            s += "</tbody></table>"
        }
        return Reply.html(Page.layout(title: lang("Relations \(a)–\(b)", "العلاقات \(a)–\(b)"), body: s, lang: lang, req: req))
    }

    // MARK: map

    /// The deduplicated events of a filter (the events page's) as points on the world outline, and
    /// the places with the most events.
    func map(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allowPage(Query.filterNames)
        let f = try q.eventFilter(defaultLimit: 5000, maxLimit: 20000)
        let groups = try await store.groups(f)
        let map = WorldMap(groups: groups, lang: lang)
        let placed = map.points.reduce(0) { $0 + $1.count }
        var s = "<h1>\(lang("Map", "الخريطة"))</h1><p class=\"muted\">"
        s += lang(
            "\(placed) of \(groups.count) events have a place (where the act happened, else the article's dateline).",
            "\(lang.number(placed)) من \(lang.number(groups.count)) من الأحداث لها مكان (حيث وقع الفعل، وإلا مكان الخبر في رأسه).")
        s += "</p>"
        s += "<figure class=\"map\">" + map.svg() + "</figure>"
        s += map.legend()
        if !map.points.isEmpty {
            s += "<h2>\(lang("Places", "الأماكن"))</h2><table><thead><tr>"
            s += [lang("place", "المكان"), lang("country", "الدولة"), lang("events", "الأحداث")].map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
            for p in map.points.prefix(30) {
                let link = "/events" + HTML.query([("where", p.country)])
                s += "<tr><td><bdi dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(p.arabic))</bdi> <span class=\"muted\">\(e(p.english))</span></td>"
                s += "<td><a href=\"\(e(link))\">\(code(p.country))</a></td><td>\(lang.number(p.count))</td></tr>"
            }
            s += "</tbody></table>"
        }
        return Reply.html(Page.layout(title: lang("Map", "الخريطة"), body: s, lang: lang, req: req))
    }

    // MARK: events

    func actorText(_ a: ActorMention?) -> String {
        guard let a else { return "—" }
        return "\(code(a.code)) <bdi dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(a.text))</bdi>"
    }

    func events(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allowPage(Query.filterNames)
        let f = try q.eventFilter(defaultLimit: 100, maxLimit: 1000)
        let items = try await store.events(f)
        var s = "<h1>\(lang("Events", "الأحداث"))</h1><p class=\"muted\">"
        let described = Query.filterNames.sorted().compactMap { k in
            q.values[k].flatMap { $0.isEmpty ? nil : "<bdi dir=\"ltr\">\(e(k))</bdi> = <bdi dir=\"auto\">\(e($0))</bdi>" }
        }
        s += described.isEmpty ? lang("All stored event reports.", "كل تقارير الأحداث المخزنة.") : described.joined(separator: lang(", ", "، "))
        s += "</p>"
        if items.isEmpty { s += "<p>\(lang("No events.", "لا أحداث."))</p>" }
        s +=
            "<table><thead><tr>"
            + [
                "#", lang("date", "التاريخ"), lang("source", "المصدر"), lang("event", "الحدث"), lang("target", "الهدف"),
                lang("trigger", "الفعل"), lang("outlet", "الوسيلة"),
            ].map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
        for x in items {
            let ev = x.event
            s +=
                "<tr><td><a href=\"/events/\(x.id)\">\(lang.number(Int(x.id)))</a></td><td>\(e(lang.date(ev.date, none: "—")))</td><td>\(actorText(ev.source))</td>"
            s +=
                "<td>\(code(ev.cameo)) \(HTML.text(Vocabulary.codeName(ev.cameo, lang), lang))\(ev.flags.isEmpty ? "" : " ⚑")</td><td>\(actorText(ev.target))</td>"
            s += "<td><bdi dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(ev.trigger.text))</bdi></td><td><bdi dir=\"auto\">\(e(x.outlet ?? ""))</bdi></td></tr>"
        }
        s += "</tbody></table>"
        if items.count == f.limit, let last = items.last {
            var pairs = Query.filterNames.sorted().filter { $0 != "after" }.map { ($0, q.values[$0]) }
            pairs.append(("after", String(last.id)))
            s += "<p><a href=\"/events\(e(HTML.query(pairs)))\">\(lang("Next page →", "الصفحة التالية ←"))</a></p>"
        }
        return Reply.html(Page.layout(title: lang("Events", "الأحداث"), body: s, lang: lang, req: req))
    }

    func event(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        try Query(req.uri.query).allowPage([])
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
        let name = HTML.text(Vocabulary.codeName(ev.cameo, lang), lang)
        var s = "<h1>\(lang("Event", "الحدث")) \(lang.number(Int(x.id))): \(code(ev.cameo)) \(name)</h1>"
        s += "<p class=\"legend\"><mark class=\"source\">\(lang("source", "المصدر"))</mark> <mark class=\"trigger\">\(lang("trigger", "الفعل"))</mark> "
        s += "<mark class=\"target\">\(lang("target", "الهدف"))</mark> <span class=\"evidence\">\(lang("evidence sentence", "جملة الدليل"))</span></p>"
        s += "<article dir=\"rtl\" lang=\"ar\" class=\"ar\">"
        if let t = doc.summary.title { s += "<h2 class=\"ar\">\(part(.title, t))</h2>" }
        s += "<div class=\"ar\" style=\"white-space: pre-wrap\">\(part(.text, doc.text))</div></article>"
        s += "<h2>\(lang("Codes", "الرموز"))</h2><dl>"
        s +=
            "<dt>CAMEO</dt><dd>\(code(ev.cameo)) \(name)\(lang == .ar ? " <bdi class=\"muted\">(\(e(Ontology.shared.entry(ev.cameo)?.name ?? "")))</bdi>" : "")</dd>"
        s += "<dt>\(lang("root", "الجذر"))</dt><dd>\(code(ev.root)) \(HTML.text(Vocabulary.codeName(ev.root, lang), lang))</dd>"
        s += "<dt>PLOVER</dt><dd>\(code(ev.plover ?? "—"))\(ev.mode.map { " (" + code($0) + ")" } ?? "")</dd>"
        s += "<dt>\(lang("Goldstein", "غولدستين"))</dt><dd>\(lang.number(ev.goldstein, places: 1))</dd>"
        s += "<dt>\(lang("quad class", "الفئة"))</dt><dd>\(lang.number(ev.quad)) \(Vocabulary.quadName(ev.quad, lang))</dd>"
        s += "<dt>\(lang("date", "التاريخ"))</dt><dd>\(e(lang.date(ev.date, none: "—")))</dd>"
        s += "<dt>\(lang("source", "المصدر"))</dt><dd>\(actorText(ev.source))\(ev.source?.role.map { " " + lang("role", "الدور") + " " + code($0) } ?? "")</dd>"
        s += "<dt>\(lang("target", "الهدف"))</dt><dd>\(actorText(ev.target))\(ev.target?.role.map { " " + lang("role", "الدور") + " " + code($0) } ?? "")</dd>"
        s += "<dt>\(lang("trigger", "الفعل"))</dt><dd><bdi dir=\"rtl\" lang=\"ar\" class=\"ar\">\(e(ev.trigger.text))</bdi></dd>"
        s +=
            "<dt>\(lang("article", "المقال"))</dt><dd><a href=\"/documents/\(doc.summary.id)\">\(lang("document", "المستند")) \(lang.number(Int(doc.summary.id)))</a> "
        s += "<bdi dir=\"auto\">\(e(doc.summary.source ?? ""))</bdi> \(e(doc.summary.published.map { lang.date($0) } ?? ""))"
        // Only a web address is a link: `javascript:`, `data:` and the like are shown as text.
        if let u = x.url {
            s += HTML.isWebURL(u) ? " <a href=\"\(e(u))\" rel=\"noreferrer nofollow\" dir=\"ltr\">\(e(u))</a>" : " <bdi dir=\"ltr\">\(e(u))</bdi>"
        }
        s += "</dd><dt>\(lang("lexicon", "المعجم"))</dt><dd>\(code(x.lexiconVersion))</dd></dl>"
        if let g = group {
            s += "<h2>\(lang("Mentions", "التغطية"))</h2><p>"
            s += lang(
                "This event (deduplicated #\(g.id)) has <strong>\(g.mentions)</strong> report\(g.mentions == 1 ? "" : "s") in \(g.articles) article\(g.articles == 1 ? "" : "s") from \(g.sources) outlet\(g.sources == 1 ? "" : "s")\(g.isRoot ? "; reported in a headline or lead sentence" : ""). Reports: ",
                "لهذا الحدث (الموحَّد رقم \(lang.number(Int(g.id)))) <strong>\(lang.number(g.mentions))</strong> من التقارير في \(lang.number(g.articles)) من المقالات من \(lang.number(g.sources)) من الوسائل\(g.isRoot ? "، وورد في عنوان أو جملة افتتاحية" : ""). التقارير: "
            )
            s +=
                g.reports.map { $0 == x.id ? "<strong>\(lang.number(Int($0)))</strong>" : "<a href=\"/events/\($0)\">\(lang.number(Int($0)))</a>" }.joined(
                    separator: lang(", ", "، ")) + "</p>"
        }
        s += "<h2>\(lang("Matched lexicon entries", "مداخل المعجم المطابقة"))</h2>"
        s += ev.evidence.entries.isEmpty ? "<p>—</p>" : "<ul>" + ev.evidence.entries.map { "<li><code dir=\"auto\">\(e($0))</code></li>" }.joined() + "</ul>"
        s += "<h2>\(lang("Flags", "التنبيهات"))</h2>"
        if ev.flags.isEmpty && doc.flags.isEmpty { s += "<p>\(lang("None.", "لا شيء."))</p>" }
        if !ev.flags.isEmpty {
            s +=
                "<p>\(lang("On this event", "على هذا الحدث")): "
                + ev.flags.map { "<code dir=\"auto\">\(e($0.rawValue))</code>" }.joined(separator: lang(", ", "، ")) + "</p>"
        }
        s += flagsHTML(doc.flags, lang)
        s += notesHTML(doc.notes, lang)
        return Reply.html(Page.layout(title: lang("Event \(x.id)", "الحدث \(lang.number(Int(x.id)))"), body: s, lang: lang, req: req))
    }

    /// One flag: its name, its explanation in the page's language (the other one below, smaller),
    /// and the lexicon facts behind it.
    func flagHTML(_ f: VerificationFlag, _ lang: Lang) -> String {
        let (first, second) = lang == .ar ? (f.explanationArabic, f.explanation) : (f.explanation, f.explanationArabic)
        var s = "<strong>\(e(Vocabulary.flagName(f.kind.rawValue, lang)))</strong> \(code(f.kind.rawValue))"
        s += "<p class=\"explanation\">\(HTML.text(first, lang))</p>"
        s += "<p class=\"muted\" dir=\"\(lang.other.dir)\" lang=\"\(lang.other.rawValue)\">\(HTML.text(second, lang.other))</p>"
        if !f.facts.isEmpty { s += "<p class=\"muted\">" + f.facts.map { "<code dir=\"auto\">\(e($0))</code>" }.joined(separator: "<br>") + "</p>" }
        return s
    }

    func flagsHTML(_ flags: [VerificationFlag], _ lang: Lang) -> String {
        flags.map { "<div class=\"flag\">\(flagHTML($0, lang))</div>" }.joined()
    }

    /// Notes, under their own heading and apart from the flags: what the lexicon could not say,
    /// not a fault of the story (nothing when there are none).
    func notesHTML(_ notes: [VerificationFlag], _ lang: Lang) -> String {
        guard !notes.isEmpty else { return "" }
        var s = "<section class=\"notes\"><h2>\(lang("Notes on the lexicon", "ملاحظات على المعجم"))</h2>"
        s +=
            "<p class=\"muted\">\(lang("What the lexicon could not say: not a fault of the story, and not counted among the flags.", "ما لم يعرفه المعجم: ليس خطأً في الخبر، ولا يُعدّ من التنبيهات."))</p>"
        s += notes.map { "<div class=\"note\">\(flagHTML($0, lang))</div>" }.joined()
        return s + "</section>"
    }

    // MARK: documents, flags, search

    func document(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        try Query(req.uri.query).allowPage([])
        let id = try WebRoutes.pathID(ctx, "document")
        guard let doc = try await store.document(id: id) else { throw WebError.notFound("document \(id)") }
        let events = try await store.events(EventFilter(document: id))
        func marks(_ p: DocumentPart) -> [ArticleMarkup.Span] {
            events.filter { $0.event.part == p }.map { ArticleMarkup.Span(start: $0.event.trigger.start, end: $0.event.trigger.end, className: "trigger") }
        }
        var s = "<h1>\(lang("Document", "المستند")) \(lang.number(Int(id)))</h1><p class=\"muted\"><bdi dir=\"auto\">\(e(doc.summary.source ?? ""))</bdi> "
        s += "\(e(lang.date(doc.summary.published, none: lang("undated", "غير مؤرخ")))) · <bdi dir=\"auto\">\(e(doc.summary.externalID))</bdi></p>"
        s += "<article dir=\"rtl\" lang=\"ar\" class=\"ar\">"
        if let t = doc.summary.title { s += "<h2 class=\"ar\">\(ArticleMarkup.render(t, marks: marks(.title)))</h2>" }
        s += "<div class=\"ar\" style=\"white-space: pre-wrap\">\(ArticleMarkup.render(doc.text, marks: marks(.text)))</div></article>"
        s +=
            "<h2>\(lang("Events", "الأحداث"))</h2>"
            + (events.isEmpty
                ? "<p>\(lang("None.", "لا شيء."))</p>"
                : "<ul>"
                    + events.map { x in
                        "<li><a href=\"/events/\(x.id)\">\(lang.number(Int(x.id)))</a> \(code(x.event.cameo)) \(HTML.text(Vocabulary.codeName(x.event.cameo, lang), lang)): "
                            + dyad(x.event.source?.code ?? "—", x.event.target?.code ?? "—", lang) + "</li>"
                    }.joined() + "</ul>")
        s += "<h2>\(lang("Flags", "التنبيهات"))</h2>" + (doc.flags.isEmpty ? "<p>\(lang("None.", "لا شيء."))</p>" : flagsHTML(doc.flags, lang))
        s += notesHTML(doc.notes, lang)
        return Reply.html(Page.layout(title: lang("Document \(id)", "المستند \(lang.number(Int(id)))"), body: s, lang: lang, req: req))
    }

    func flags(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allowPage(["page"])
        let page = try q.int("page", range: 1...100_000) ?? 1
        let per = 50
        let items = try await store.recentFlags(offset: (page - 1) * per, limit: per)
        var s =
            "<h1>\(lang("Stories that contradict themselves", "أخبار تناقض نفسها"))</h1><p class=\"muted\">\(lang("Newest articles first.", "الأحدث أولاً."))</p>"
        if items.isEmpty { s += "<p>\(lang("No flags.", "لا تنبيهات."))</p>" }
        for f in items {
            s +=
                "<section class=\"flag\"><p><a href=\"/documents/\(f.documentID)\">\(e(lang.date(f.published, none: lang("undated", "غير مؤرخ"))))</a> <bdi dir=\"auto\">\(e(f.source ?? ""))</bdi></p>"
            if let t = f.title { s += HTML.arabic(t, tag: "h3") }
            s += flagHTML(f.flag, lang) + "</section>"
        }
        if items.count == per { s += "<p><a href=\"/flags?page=\(page + 1)\">\(lang("Older →", "الأقدم ←"))</a></p>" }
        return Reply.html(Page.layout(title: lang("Flags", "التنبيهات"), body: s, lang: lang, req: req))
    }

    func search(_ req: Request, _ ctx: BasicRequestContext, _ lang: Lang) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allowPage(["q"])
        let text = try q.string("q", maxLength: 200)
        var s = """
            <h1>\(lang("Search", "البحث"))</h1>
            <form method="get" action="/search"><label>\(lang("Words (tashkeel and tatweel do not matter)", "كلمات (لا أثر للتشكيل ولا للتطويل)"))
            <input name="q" dir="auto" lang="ar" class="ar" value="\(e(text ?? ""))" size="30"></label>
            <input type="hidden" name="lang" value="\(lang.rawValue)"><button type="submit">\(lang("Search", "ابحث"))</button></form>
            """
        if let text {
            let hits = try await store.search(text, limit: 50)
            if hits.isEmpty {
                let words = "«<bdi dir=\"auto\">\(e(text))</bdi>»"
                s +=
                    "<p>\(lang("No article contains every word of three letters or more of \(words).", "لا مقال يحوي كل كلمة من ثلاثة أحرف أو أكثر من \(words)."))</p>"
            }
            for h in hits {
                var snippet = ""
                var piece = ""
                for c in h.snippet {
                    if c == SearchHit.markStart || c == SearchHit.markEnd {
                        snippet += e(piece) + (c == SearchHit.markStart ? "<mark class=\"hit\">" : "</mark>")
                        piece = ""
                    } else {
                        piece.append(c)
                    }
                }
                snippet += e(piece)
                let published = lang.date(h.document.published, none: lang("undated", "غير مؤرخ"))
                s +=
                    "<section><p><a href=\"/documents/\(h.document.id)\">\(e(published)) · \(lang("document", "المستند")) \(lang.number(Int(h.document.id)))</a> "
                s += "<bdi dir=\"auto\">\(e(h.document.source ?? ""))</bdi> · \(lang.number(h.document.events)) \(lang("events", "من الأحداث"))</p>"
                if let t = h.document.title { s += HTML.arabic(t, tag: "h3") }
                s += "<p dir=\"rtl\" lang=\"ar\" class=\"ar\">\(snippet)</p></section>"
            }
        }
        return Reply.html(Page.layout(title: lang("Search", "البحث"), body: s, lang: lang, req: req))
    }
}

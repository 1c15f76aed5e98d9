import ArabicText
import Lexicon

/// Codes documents into events: each sentence goes through the pipeline of declared stages
/// (``SentencePipeline``): tokens, dates, actors, triggers, clauses, then for each trigger its
/// modality, arguments, gate, date and events.
///
/// Rules only: every event names the lexicon entries that produced it (`evidence.entries`) and
/// the rules that set its roles. The coder is a value with no mutable state, safe to share
/// across threads.
public struct EventCoder: Sendable {
    public let lexicon: Lexicon
    public let ontology: Ontology

    /// Learned sentence gates by PLOVER type (see `SentenceGate`); empty = rules only.
    public let gates: [String: SentenceGate]
    let context: CodingContext
    let pipeline = SentencePipeline.standard

    /// The place resolution the coder uses (`tawthiq place`).
    public var placeResolver: PlaceResolver { context.places }

    /// - Parameter background: emit acts told as background or history (flagged `background`),
    ///   which are left out by default: event data is the story's news.
    public init(lexicon: Lexicon, ontology: Ontology = .shared, gates: [String: SentenceGate] = SentenceGate.bundled, background: Bool = false) {
        self.lexicon = lexicon
        self.ontology = ontology
        self.gates = gates
        let cues = Cues(lexicon)
        let sole = CodingContext.soleContextOrgs(lexicon)
        context = CodingContext(
            lexicon: lexicon, cues: cues, ontology: ontology, gates: gates, keepBackground: background, places: PlaceResolver(lexicon: lexicon, cues: cues),
            soleContextOrgs: sole, contextWordOrgs: cues.readings.contextWordOrgs)
    }

    /// The gate features of every sentence of a text that has a candidate trigger of PLOVER type
    /// `plover` (for training the gate); nil for sentences with no such candidate. The features
    /// are the ones the coder computes when it asks the gate (the same pipeline, the same date).
    public func gateFeatures(text: String, plover: String, date: CalendarDay? = nil) -> [Set<Word>?] {
        let doc = Document(id: "", text: text, date: date)
        var article = articlePlaces(doc)
        return EventCoder.sentences(text).enumerated().map { k, span in
            var s = SentenceState(span, index: k, part: .text, doc: doc, article: article)
            pipeline.run(&s, context, sentenceOnly: true)
            article = s.article
            guard !s.finished, s.triggers.contains(where: { context.plover(lexicon.events[$0.pattern].code) == plover }) else { return nil }
            return s.gateFeatures?.features
        }
    }

    /// Problems of the lexicon that only the coder can see: cue kinds it asks for that no file
    /// provides.
    public static func lexiconProblems(_ lexicon: Lexicon) -> [LexiconError] {
        Cues.missingKinds(in: lexicon).map {
            LexiconError(file: "cues.lex", line: 0, message: "cue kind '\($0)' is asked for by the coder but no lexicon file has a [cue \($0)] block")
        }
    }

    /// Codes a whole article: the headline (part `title`) and the body (part `text`), kept apart.
    public func code(_ doc: Document) -> [Event] {
        guard doc.title.map({ !$0.isEmpty }) ?? false else { return code(part: doc.text, kind: .text, doc: doc) }
        var analysis = analyse(doc)
        headlineNamesTheHolder(&analysis, date: doc.date)
        return analysis.events
    }

    /// When the headline names the person who holds an office on the story's date and the body
    /// gives that office, by title, to someone else ("الرئيس السوري بشار الأسد" under a headline
    /// naming al-Sharaa), the body's title is right and its name is the error: its events are coded
    /// by the office (SYRGOV), flagged `headline-body-conflict`.
    func headlineNamesTheHolder(_ analysis: inout DocumentAnalysis, date: CalendarDay?) {
        guard let date else { return }
        var holders: [String: String] = [:]  // "office country" → person id named in the headline
        for m in analysis.mentions where m.part == .title && !m.former {
            guard let id = m.person, let p = lexicon.personByID[id].map({ lexicon.people[$0] }) else { continue }
            for r in p.roles where r.holds(on: date) {
                if let o = r.office, let c = r.country { holders[o + " " + c] = id }
            }
        }
        guard !holders.isEmpty else { return }
        for (k, m) in analysis.mentions.enumerated() where m.part == .text && !m.former && !m.historical {
            guard let id = m.person, let office = m.office, let country = m.officeCountry,
                let holder = holders[office + " " + country], holder != id,
                let t = lexicon.titleByID[office].map({ lexicon.titles[$0] })
            else { continue }
            let code = country + t.role
            // The mention itself is coded by the office too, so that what verification says of
            // it matches its events.
            analysis.mentions[k].code = code
            for i in analysis.events.indices where analysis.events[i].part == .text && analysis.events[i].sentence == m.sentence {
                var e = analysis.events[i]
                var touched = false
                if var a = e.source, a.start < m.end, m.start < a.end {
                    a.code = code
                    a.role = t.role
                    e.source = a
                    touched = true
                }
                if var a = e.target, a.start < m.end, m.start < a.end {
                    a.code = code
                    a.role = t.role
                    e.target = a
                    touched = true
                }
                if touched {
                    if !e.flags.contains(.headlineBodyConflict) { e.flags.append(.headlineBodyConflict) }
                    analysis.events[i] = e
                }
            }
        }
    }

    /// Codes an article and keeps what verification needs: every office or person mention and
    /// every relative date, with their places in the text.
    public func analyse(_ doc: Document) -> DocumentAnalysis {
        var out = DocumentAnalysis(events: [], mentions: [], dates: [])
        var article = articlePlaces(doc)
        for (kind, text) in [(DocumentPart.title, doc.title ?? ""), (.text, doc.text)] where !text.isEmpty {
            for (k, s) in EventCoder.sentences(text).enumerated() {
                out.sentences.append((kind, s))
                let a = analyseSentence(s, index: k, part: kind, doc: doc, forVerification: true, article: &article)
                out.events += a.events
                out.mentions += a.mentions
                out.dates += a.dates
            }
        }
        return out
    }

    /// Codes one piece of text as the body of a document with the given publication date.
    public func code(text: String, date: CalendarDay?, doc: String = "") -> [Event] {
        code(part: text, kind: .text, doc: Document(id: doc, text: text, date: date))
    }

    func code(part: String, kind: DocumentPart, doc: Document) -> [Event] {
        var out: [Event] = []
        var article = articlePlaces(doc)
        for (k, s) in EventCoder.sentences(part).enumerated() {
            out += analyseSentence(s, index: k, part: kind, doc: doc, article: &article).events
        }
        return out
    }

    /// What the sentences of an article start from: nothing yet; the dateline's place is read from
    /// the head of its text when a sentence first has a trigger (``PlaceStage``).
    func articlePlaces(_ doc: Document) -> ArticlePlaces { ArticlePlaces() }

    /// The longest stretch coded as one sentence, in Unicode scalars. Longer "sentences" (text
    /// with no stops) are cut at spaces: coding stays linear in the text's length.
    static let maxSentenceScalars = 2_000

    /// The sentences of a part, overlong ones cut at spaces; offsets stay in the part.
    public static func sentences(_ part: String) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        for s in SentenceSplitter.split(part) {
            // A span's offsets count its scalars.
            guard s.end - s.start > maxSentenceScalars else {
                out.append(s)
                continue
            }
            let scalars = Array(s.text.unicodeScalars)
            var from = 0
            while from < scalars.count {
                var to = min(scalars.count, from + maxSentenceScalars)
                if to < scalars.count, let space = scalars[(from + maxSentenceScalars / 2)..<to].lastIndex(where: { $0 == " " }) { to = space }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[from..<to])
                out.append(SentenceSpan(text: String(v), start: s.start + from, end: s.start + to))
                from = to
            }
        }
        return out
    }

    /// The events of a text and also the acts found whose actors name no country, IGO or known
    /// group, and those told as background (which `code` does not emit): what a sentence-level
    /// detection task asks (the GSR: does the sentence tell of an attack?).
    public func detect(text: String, date: CalendarDay?) -> [Event] {
        let doc = Document(id: "", text: text, date: date)
        var out: [Event] = []
        var article = articlePlaces(doc)
        for (k, span) in EventCoder.sentences(text).enumerated() {
            var s = SentenceState(span, index: k, part: .text, doc: doc, article: article)
            pipeline.run(&s, context)
            article = s.article
            out += s.events + s.unplacedEvents + (context.keepBackground ? [] : s.backgroundEvents)
        }
        return out
    }

    func analyseSentence(
        _ span: SentenceSpan, index: Int, part: DocumentPart, doc: Document, forVerification: Bool = false, article: inout ArticlePlaces
    ) -> SentenceAnalysis {
        var s = SentenceState(span, index: index, part: part, doc: doc, forVerification: forVerification, article: article)
        pipeline.run(&s, context)
        article = s.article
        return SentenceAnalysis(events: s.events, mentions: s.mentions, dates: s.relativeDates)
    }
}

import ArabicText
import Lexicon

/// Resolves one actor mention («الرئيس السوري», «بشار الأسد», «الكرملين») to its CAMEO code on a
/// date, with the same matcher the coder uses, and says which lexicon entries decided it.
///
/// A title of a country written without a name («الرئيس السوري» on 2012-01-01) is coded from the
/// title and the country (SYRGOV); the resolver also names the person who held that office of
/// that country on the date (bashar-al-assad), found by scanning the people's dated roles.
public struct ActorResolver: Sendable {
    public let lexicon: Lexicon
    let cues: Cues

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        cues = Cues(lexicon)
    }

    /// The first actor found in `mention`, coded for `date` (nil: people take their latest role),
    /// or nil when nothing in the mention is an actor of the lexicon.
    public func resolve(_ mention: String, date: CalendarDay?) -> ActorResolution? {
        let toks = TokenInfo.tokens(of: NormalizedText(mention), cues: cues)
        let finder = ActorMentionFinder(lexicon: lexicon, cues: cues)
        guard let m = finder.find(toks, date: date).first else { return nil }
        let scalars = Array(mention.unicodeScalars)
        func text(_ from: Int, _ to: Int) -> String {
            guard from < to, to <= toks.count else { return "" }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[toks[from].token.start..<toks[to - 1].token.end])
            return String(v)
        }

        // What matched, left to right: the head entry, then modifiers (nisba, country, second
        // title, name), then words the lexicon does not know.
        var parts: [String] = []
        var j = m.from
        var unknownFrom: Int?
        func flushUnknown(_ end: Int) {
            guard let u = unknownFrom else { return }
            let words = text(u, end)
            if m.former, end - u == 1, toks[u].spelled(cues[.formerWords]) {
                parts.append("«\(words)» marks a former office-holder (ELI)")
            } else if !words.isEmpty {
                parts.append("«\(words)» (not in the lexicon)")
            }
            unknownFrom = nil
        }
        while j < m.to {
            if toks[j].isWord, let r = finder.rawMatch(toks, at: j), r.to <= m.to {
                flushUnknown(j)
                parts.append(describe(r, text(r.from, r.to), m, finder, toks))
                j = r.to
            } else {
                if unknownFrom == nil, toks[j].isWord { unknownFrom = j }
                j += 1
            }
        }
        flushUnknown(m.to)
        var reason = parts.joined(separator: " + ") + " → \(m.code)"
        if let r = m.personRoleReason { reason += "; by date: " + r }

        var person: PersonEntry?
        var office = m.title?.id
        if let p = m.person {
            person = lexicon.people[p]
            if office == nil { office = lexicon.people[p].role(on: date)?.role.office }
        }
        var holderID: String?
        if m.person == nil, let t = m.title {
            let scope = holderScope(title: t.id, country: t.country, code: m.code)
            if m.former {
                reason += "; a former holder is meant, so no holder is named"
            } else if scope.country == nil && scope.code == nil {
                reason += "; no country is named, so no holder"
            } else if let (p, role) = holder(office: t.id, country: scope.country, code: scope.code, on: date) {
                holderID = lexicon.people[p].id
                if let date {
                    reason += "; on \(date.iso) the office was held by \(lexicon.people[p].id) (\(role.location))"
                } else {
                    reason += "; no date given: the latest holder of the office is \(lexicon.people[p].id) (\(role.location))"
                }
            } else {
                let of = scope.country ?? scope.code ?? ""
                reason += "; the lexicon has no holder of \(t.id) of \(of)" + (date.map { " on \($0.iso)" } ?? "")
            }
        }
        return ActorResolution(
            mention: mention, matched: text(m.from, m.to), date: date?.iso, code: m.code, country: m.country, role: m.role,
            person: person?.id, personName: person?.names.first, office: office, holder: holderID, reason: reason)
    }

    /// Whose office a title is: a country's (SYR) or an organisation's (IGOUNO, when the title
    /// was written with an organisation: «الأمين العام للأمم المتحدة»).
    func holderScope(title: String, country: String?, code: String) -> (country: String?, code: String?) {
        if let country { return (country, nil) }
        let role = lexicon.titleByID[title].map { lexicon.titles[$0].role }
        return code == role ? (nil, nil) : (nil, code)
    }

    /// The person holding `office` of `country` (or with the code `code`) on `day`: the
    /// latest-starting such role that holds on the day; without a day, the latest-starting one.
    func holder(office: String, country: String?, code: String?, on day: CalendarDay?) -> (Int, DatedRole)? {
        var best: (Int, DatedRole)?
        for (i, p) in lexicon.people.enumerated() {
            for r in p.roles where r.office == office {
                if let country, r.country != country { continue }
                if let code, r.code != code { continue }
                if let day, !r.holds(on: day) { continue }
                let s = r.start?.daysSinceEpoch ?? Int.min
                if best.map({ s > ($0.1.start?.daysSinceEpoch ?? Int.min) }) ?? true { best = (i, r) }
            }
        }
        return best
    }

    /// One matched entry in words: its kind, id or code, the text and the file:line.
    func describe(_ r: ActorMentionFinder.Raw, _ text: String, _ m: FoundActor, _ finder: ActorMentionFinder, _ toks: [TokenInfo]) -> String {
        switch r.ref {
        case .countryName(let c):
            return "country \(lexicon.countries[c].code) «\(text)» (\(lexicon.countries[c].location))"
        case .capital(let c):
            return "capital «\(text)» of \(lexicon.countries[c].code) (\(lexicon.countries[c].location))"
        case .seat(let c):
            return "seat of power «\(text)» of \(lexicon.countries[c].code) (\(lexicon.countries[c].location))"
        case .place(let c):
            return "place «\(text)» in \(lexicon.countries[c].code), which locates events and does not act (\(lexicon.countries[c].location))"
        case .nisba(let c):
            return "nisba «\(text)» of \(lexicon.countries[c].code) (\(lexicon.countries[c].location))"
        case .organisation(let o):
            return "organisation \(lexicon.organisations[o].code) «\(text)» (\(lexicon.organisations[o].location))"
        case .agent(let a):
            return "agent \(lexicon.agents[a].role) «\(text)» (\(lexicon.agents[a].location))"
        case .title(let t):
            return "title \(lexicon.titles[t].id) «\(text)» (\(lexicon.titles[t].location))"
        case .person(let p), .personShort(let p):
            let chosen = m.person ?? p
            let e = lexicon.people[chosen]
            var s = "person \(e.id) «\(text)» (\(e.location))"
            let others = finder.peopleNamed(by: r, toks).filter { $0 != chosen }.map { lexicon.people[$0].id }
            if !others.isEmpty {
                s += ", a name shared with \(others.joined(separator: ", ")) that the date decides"
            }
            return s
        }
    }
}

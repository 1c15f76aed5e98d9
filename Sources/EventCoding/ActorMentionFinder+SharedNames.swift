import ArabicText
import Lexicon

extension ActorMentionFinder {
    /// The people that the phrase matched by `r` names: more than one when a name or a short form
    /// is shared on purpose (الشرع: Farouk and Ahmed; الأسد: Hafez and Bashar; الحوثي: Hussein and
    /// Abdul-Malik; خادم الحرمين الشريفين: the Saudi kings). In lexicon order.
    func peopleNamed(by r: Raw, _ toks: [TokenInfo]) -> [Int] {
        let n = r.to - r.from
        let a = r.analysis
        let firsts = a.hasArticle ? [a.stem, a.stemWithArticle] : [a.stem]
        var out: [Int] = []
        for first in firsts {
            for ph in lexicon.actorIndex.phrases(startingWith: first) where ph.words.count == n {
                let p: Int
                switch ph.ref {
                case .person(let i), .personShort(let i): p = i
                default: continue
                }
                guard !out.contains(p), (1..<max(n, 1)).allSatisfy({ toks[r.from + $0].normWord == ph.words[$0] }) else { continue }
                out.append(p)
            }
        }
        return out.sorted()
    }

    /// Among the people a shared name names, the one the story's date points at: someone holding a
    /// role on the day (the latest-starting role wins, as in `PersonEntry.role(on:)`); else the
    /// one whose role ended last before the day; without a date, the one with the latest role.
    /// Ties keep `p`, the reading the matcher chose.
    func datedPerson(_ p: Int, _ r: Raw, _ toks: [TokenInfo], date: CalendarDay?) -> Int {
        let candidates = peopleNamed(by: r, toks)
        guard candidates.count > 1 else { return p }
        func start(_ role: DatedRole) -> Int { role.start?.daysSinceEpoch ?? Int.min }
        func score(_ q: Int) -> (Int, Int) {
            let roles = lexicon.people[q].roles
            guard let date else { return (0, roles.map(start).max() ?? Int.min) }
            if let s = roles.filter({ $0.holds(on: date) }).map(start).max() { return (2, s) }
            if let e = roles.compactMap({ $0.end }).filter({ $0 <= date }).map(\.daysSinceEpoch).max() { return (1, e) }
            return (0, Int.min)
        }
        var best = p
        var bestScore = score(p)
        for q in candidates where q != p {
            let s = score(q)
            if s > bestScore {
                best = q
                bestScore = s
            }
        }
        return best
    }
}

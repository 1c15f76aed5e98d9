/// The actors one write saw, merged per code before they reach the `actors` table: the first
/// country, role and label written, and the earliest and latest day (ISO dates order as text).
struct ActorSightings {
    struct Sighting {
        let code: String
        let country: String?
        let role: String?
        let label: String
        var first: String?
        var last: String?
    }

    private(set) var ordered: [Sighting] = []
    private var index: [String: Int] = [:]

    mutating func saw(code: String, country: String?, role: String?, label: String, day: String?) {
        guard let k = index[code] else {
            index[code] = ordered.count
            ordered.append(Sighting(code: code, country: country, role: role, label: label, first: day, last: day))
            return
        }
        guard let day else { return }
        if ordered[k].first.map({ day < $0 }) ?? true { ordered[k].first = day }
        if ordered[k].last.map({ day > $0 }) ?? true { ordered[k].last = day }
    }
}

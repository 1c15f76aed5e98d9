import ArabicText
import EventCoding

/// The layouts `tawthiq export` writes, one deduplicated event a row.
///
/// - `jsonl`: one object an event, with its counts and the ids and URLs of its reports;
/// - `csv`: the GDELT 2.0 event-table columns, comma separated, quoted per RFC 4180;
/// - `gdelt`: the same 61 columns tab separated, as GDELT's own files;
/// - `phoenix`: the Phoenix (OEDA) daily-file columns, tab separated.
/// A field Tawthiq cannot know (tone, the actors' own geography, ethnicity, religion) is empty, never
/// invented. The action's geography is the event's place (docs/places.md).
public enum ExportFormat: String, Sendable, CaseIterable {
    case jsonl, csv, gdelt, phoenix

    /// The header row, or nil for JSONL.
    public var header: String? {
        switch self {
        case .jsonl: return nil
        case .csv: return ExportFormat.gdeltColumns.joined(separator: ",")
        case .gdelt: return ExportFormat.gdeltColumns.joined(separator: "\t")
        case .phoenix: return ExportFormat.phoenixColumns.joined(separator: "\t")
        }
    }

    public func row(_ g: EventGroup) -> String {
        switch self {
        case .jsonl: return ExportFormat.json(g)
        case .csv: return ExportFormat.gdeltFields(g).map(CSVField.csv).joined(separator: ",")
        case .gdelt: return ExportFormat.gdeltFields(g).map(CSVField.tsv).joined(separator: "\t")
        case .phoenix: return ExportFormat.phoenixFields(g).map(CSVField.tsv).joined(separator: "\t")
        }
    }

    /// GDELT 2.0 event table, in its order (61 columns).
    public static let gdeltColumns = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]

    /// Phoenix (Open Event Data Alliance) daily files, in their order.
    public static let phoenixColumns = [
        "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
        "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
        "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
        "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    ]

    static func compact(_ d: CalendarDay) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// GDELT's FractionDate: the year plus the share of it gone by that day (4 decimals).
    static func fractionDate(_ d: CalendarDay) -> String {
        let jan1 = CalendarDay(year: d.year, month: 1, day: 1)!
        let length = CalendarDay.daysIn(month: 2, year: d.year) == 29 ? 366.0 : 365.0
        let f = Double(d.year) + Double(d.daysSinceEpoch - jan1.daysSinceEpoch) / length
        return String(format4: f)
    }

    /// GDELT's geography type of a place: 1 a state, 2 a US state, 3 a US town, 4 a town elsewhere,
    /// 5 a first-level division (here: a region located by hand) elsewhere.
    static func geoType(_ p: PlaceMention) -> Int {
        switch p.kind {
        case .state: return 1
        case .town: return p.country == "USA" ? 3 : 4
        case .region: return p.country == "USA" ? 2 : 5
        }
    }

    /// The 8 GDELT geography fields of a place (Type, FullName, CountryCode, ADM1Code, ADM2Code,
    /// Lat, Long, FeatureID): FIPS country and ADM1 codes (FIPS + GeoNames' admin1), coordinates as
    /// numbers, the GeoNames id as the feature (GDELT's own ids are GNS's), the FIPS code for a state.
    static func geoFields(_ p: PlaceMention?) -> [String] {
        guard let p else { return Array(repeating: "", count: 8) }
        let fips = p.fips ?? ""
        let adm1: String =
            switch p.kind {
            case .state: fips
            case .town: p.admin1.map { fips.isEmpty ? "" : fips + $0 } ?? fips
            case .region: fips
            }
        let feature: String =
            switch p.kind {
            case .state: fips
            case .town, .region: p.geonameid.map(String.init) ?? ""
            }
        return [String(geoType(p)), p.fullName, fips, adm1, "", EventJSON.coordinate(p.lat), EventJSON.coordinate(p.lon), feature]
    }

    /// The 61 GDELT fields of an event; the actors' geography, tone, groups, ethnicity and religion stay empty.
    static func gdeltFields(_ g: EventGroup) -> [String] {
        let day = g.day
        let date = day.map(compact) ?? ""
        let added = g.added.filter { $0.isNumber }
        func actor(_ code: String?, _ name: String?, _ country: String?, _ role: String?) -> [String] {
            guard let code else { return Array(repeating: "", count: 10) }
            return [code, name ?? "", country ?? "", "", "", "", "", role ?? "", "", ""]
        }
        var f: [String] = [String(g.id), date, day.map { _ in String(date.prefix(6)) } ?? "", day.map { String($0.year) } ?? "", day.map(fractionDate) ?? ""]
        f += actor(g.sourceCode, g.sourceName, g.sourceCountry, g.sourceRole)
        f += actor(g.targetCode, g.targetName, g.targetCountry, g.targetRole)
        let base = String(g.cameo.prefix(3))
        f += [g.isRoot ? "1" : "0", g.cameo, base, g.root, String(g.quad), String(g.goldstein)]
        f += [String(g.mentions), String(g.sources), String(g.articles), ""]
        f += Array(repeating: "", count: 16)  // the actors' geographies (8 fields each): not coded
        f += geoFields(g.place)
        f += [added, g.urls.first ?? ""]
        return f
    }

    static func phoenixFields(_ g: EventGroup) -> [String] {
        let d = g.day
        return [
            String(g.id), d.map(compact) ?? "", d.map { String($0.year) } ?? "", d.map { String($0.month) } ?? "",
            d.map { String($0.day) } ?? "",
            g.sourceCode ?? "", g.sourceCountry ?? "", g.sourceRole ?? "", "",
            g.targetCode ?? "", g.targetCountry ?? "", g.targetRole ?? "", "",
            g.cameo, g.root, String(g.quad), String(g.goldstein), "",
            g.place.map { EventJSON.coordinate($0.lat) } ?? "", g.place.map { EventJSON.coordinate($0.lon) } ?? "",
            g.place.map { $0.fullName.split(separator: ",").first.map(String.init) ?? $0.fullName } ?? "",
            "", g.place?.country ?? "",
            g.firstSentence, g.urls.joined(separator: ";"), g.outlets.joined(separator: ";"),
        ]
    }

    static func json(_ g: EventGroup) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.int("id", Int(g.id))
        w.string("date", g.day?.iso)
        for (key, code, country, role, name) in [
            ("source", g.sourceCode, g.sourceCountry, g.sourceRole, g.sourceName),
            ("target", g.targetCode, g.targetCountry, g.targetRole, g.targetName),
        ] {
            if let code {
                w.beginObject(key)
                w.string("code", code)
                w.string("country", country)
                w.string("role", role)
                w.string("name", name)
                w.endObject()
            } else {
                w.raw(key, "null")
            }
        }
        EventJSON.place(&w, g.place)
        w.string("cameo", g.cameo)
        w.string("root", g.root)
        w.string("plover", g.plover)
        w.int("quad", g.quad)
        w.double("goldstein", g.goldstein)
        w.int("mentions", g.mentions)
        w.int("sources", g.sources)
        w.int("articles", g.articles)
        w.raw("root_event", g.isRoot ? "true" : "false")
        w.beginArray("reports")
        for r in g.reports { w.raw(nil, String(r)) }
        w.endArray()
        w.beginArray("urls")
        for u in g.urls { w.string(nil, u) }
        w.endArray()
        w.beginArray("outlets")
        for o in g.outlets { w.string(nil, o) }
        w.endArray()
        w.string("added", g.added)
        w.endObject()
        return w.out
    }
}

extension String {
    /// Four decimals without Foundation's locale-dependent formatting.
    init(format4 v: Double) {
        let scaled = Int((v * 10000).rounded())
        let frac = scaled % 10000
        let f = String(frac)
        self = "\(scaled / 10000)." + String(repeating: "0", count: 4 - f.count) + f
    }
}

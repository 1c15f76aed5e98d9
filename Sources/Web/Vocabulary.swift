import EventCoding

/// The names the dashboard shows for codes, in both languages. The ontology table names every
/// CAMEO code in English (the codebook's wording); an Arabic page names a code by its root, in
/// Arabic, with the code beside it.
enum Vocabulary {
    static let rootsArabic: [String: String] = [
        "01": "الإدلاء بتصريح علني", "02": "مناشدة", "03": "إبداء نية التعاون", "04": "تشاور", "05": "تعاون دبلوماسي",
        "06": "تعاون مادي", "07": "تقديم مساعدات", "08": "تنازل", "09": "تحقيق", "10": "مطالبة",
        "11": "استنكار", "12": "رفض", "13": "تهديد", "14": "احتجاج", "15": "استعراض القوة",
        "16": "تقليص العلاقات", "17": "إكراه", "18": "اعتداء", "19": "قتال", "20": "عنف جماعي غير تقليدي",
    ]

    static let quadNames = [
        Lang.en: ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"],
        Lang.ar: ["تعاون لفظي", "تعاون مادي", "صراع لفظي", "صراع مادي"],
    ]

    static let flagNames: [String: (en: String, ar: String)] = [
        "role-outside-term": ("an office outside its holder's term", "منصب خارج ولاية صاحبه"),
        "headline-body-conflict": ("the headline and the body disagree", "العنوان يخالف متن الخبر"),
        "date-unresolvable": ("dates that cannot be resolved", "تواريخ لا يمكن تحديدها"),
        "date-after-publication": ("an act dated after publication", "فعل مؤرخ بعد النشر"),
        "unknown-office-holder": ("an office whose holder is unknown", "منصب شاغله غير معروف"),
        "other-office": ("a person called by another office of the same state", "شخص يُذكر بمنصب آخر في الدولة نفسها"),
    ]

    /// The name of a CAMEO code: the codebook's in English; in Arabic, its root's.
    static func codeName(_ code: String, _ lang: Lang) -> String {
        guard let entry = Ontology.shared.entry(code) else { return "" }
        return lang == .ar ? rootsArabic[entry.root] ?? entry.name : entry.name
    }

    static func quadName(_ quad: Int, _ lang: Lang) -> String {
        (1...4).contains(quad) ? quadNames[lang]![quad - 1] : ""
    }

    static func flagName(_ kind: String, _ lang: Lang) -> String {
        flagNames[kind].map { lang($0.en, $0.ar) } ?? kind
    }
}

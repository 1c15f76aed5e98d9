/// Word lists for `DateExpressions`. Written with hamza and ta marbuta as in print; every
/// key is normalised when the table is built, so hamza, tashkeel and ة/ه variants match.
enum DateVocabulary {
    static func table(_ pairs: [(String, Int)]) -> [String: Int] {
        Dictionary(pairs.map { (ArabicNormalizer.normalize($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    static func set(_ words: [String]) -> Set<String> { Set(words.map(ArabicNormalizer.normalize)) }

    /// One-word month names of every system.
    static let months: [String: Int] = table([
        // Egyptian / Gulf
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4),
        ("مايو", 5), ("يونيو", 6), ("يونية", 6), ("يوليو", 7), ("يوليه", 7), ("يولية", 7),
        ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10),
        ("نوفمبر", 11), ("ديسمبر", 12),
        // Levantine / Iraqi (one-word names; كانون and تشرين are two words, below)
        ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7),
        ("آب", 8), ("أيلول", 9),
        // Maghreb (Morocco)
        ("ماي", 5), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
        // Algeria / Tunisia
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
    ])

    /// Month names that are also ordinary words (آب = father): a bare month only after شهر.
    static let ambiguousMonths: Set<String> = set(["آب"])

    /// First word of the two-word Levantine months, and the second word's value.
    static let twoWordMonthHeads: Set<String> = set(["كانون", "تشرين"])
    static let twoWordMonths: [String: Int] = table([
        ("كانون الثاني", 1), ("كانون ثاني", 1), ("كانون الأول", 12), ("كانون أول", 12),
        ("تشرين الأول", 10), ("تشرين أول", 10), ("تشرين الثاني", 11), ("تشرين ثاني", 11),
    ])

    /// 0 = Sunday … 6 = Saturday.
    static let weekdays: [String: Int] = table([
        ("الأحد", 0), ("الاثنين", 1), ("الإثنين", 1), ("الأثنين", 1), ("الثلاثاء", 2),
        ("الثلاثا", 2), ("الثلثاء", 2), ("الأربعاء", 3), ("الاربعا", 3), ("الخميس", 4),
        ("الجمعة", 5), ("السبت", 6),
    ])

    /// Ordinal day words standing alone.
    static let ordinals: [String: Int] = table([
        ("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
        ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("العشرين", 20),
        ("الثلاثين", 30),
    ])
    /// Units that combine with عشر / والعشرين / والثلاثين.
    static let ordinalUnits: [String: Int] = table([
        ("الحادي", 1), ("الواحد", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5),
        ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9),
    ])
    static let ordinalTens: [String: Int] = table([
        ("عشر", 10), ("والعشرين", 20), ("والثلاثين", 30),
    ])

    /// Cardinal number words for "N days ago" (up to ten).
    static let numberWords: [String: Int] = table([
        ("واحد", 1), ("يومين", 2), ("اثنين", 2), ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4),
        ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8),
        ("ثماني", 8), ("ثمان", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10),
    ])
    static let dayUnits: Set<String> = set(["أيام", "يوما", "يوماً", "يوم"])

    /// Words naming a part of a day, allowed before a day expression.
    static let timeOfDay: Set<String> = set([
        "يوم", "مساء", "صباح", "فجر", "ليلة", "ليل", "ظهر", "عصر", "ظهيرة", "صبيحة", "ضحى",
    ])

    static let past: Set<String> = set([
        "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة",
    ])
    static let future: Set<String> = set(["المقبل", "المقبلة", "القادم", "القادمة"])
    static let current: Set<String> = set(["الجاري", "الجارية", "الحالي", "الحالية"])

    static let yearWords: Set<String> = set(["عام", "العام", "سنة", "السنة", "لعام", "لسنة"])
    static let eraWords: Set<String> = set(["م", "ميلادي", "ميلادية", "للميلاد"])

    static let today: Set<String> = set(["اليوم"])
    /// Words after اليوم that make it "that day", not today.
    static let notTodayAfter: Set<String> = set([
        "التالي", "السابق", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
        "الثامن", "التاسع", "العاشر", "الأخير", "الوطني",
        "العالمي", "الدولي", "نفسه", "ذاته", "الموعود", "المحدد", "الذي", "التالية", "المشهود",
    ])
    static let notTodayBefore: Set<String> = set(["ذلك", "نفس", "ذات", "تلك"])
    static let yesterday: Set<String> = set(["أمس", "الأمس", "البارحة"])
    static let tomorrow: Set<String> = set(["غدا", "غداً", "الغد"])
    static let bareTomorrow: Set<String> = set(["غد"])
    static let dayBefore: Set<String> = set(["أول"])
    static let tonight: Set<String> = set(["الليلة"])
    static let ago: Set<String> = set(["قبل", "منذ"])
    static let after: Set<String> = set(["بعد"])
    /// After "قبل يومين …": the count is relative to something else, not to publication.
    static let notAgoAfter: Set<String> = set(["من", "على", "علي"])

    static let periods: Set<String> = set([
        "الأسبوع", "الشهر", "العام", "السنة", "الأسابيع", "الأشهر", "الشهور", "الأيام", "الأعوام",
        "السنوات", "الفترة",
    ])
    static let periodRecent: Set<String> = set(["الأخيرة", "الأخير"])
    static let periodOpeners: Set<String> = set([
        "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "مطلع",
    ])
    static let this: Set<String> = set(["هذا", "هذه"])
    static let monthWord: Set<String> = set(["شهر"])
    static let monthContext: Set<String> = set([
        "في", "خلال", "منذ", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "حتى",
    ])
    static let vagueDays: Set<String> = set(["أيام"])
    static let few: Set<String> = set(["بضعة", "بضع", "عدة"])
    static let week: [String: Int] = table([("أسبوع", 7), ("أسبوعين", 14)])
    static let weeks: Set<String> = set(["أسابيع"])

    /// Every word that can start an expression (UTF-8 bytes), for `DateScanner.canStart`.
    static let startBytes: Set<[UInt8]> = {
        var words: Set<String> = []
        words.formUnion(months.keys)
        words.formUnion(twoWordMonthHeads)
        words.formUnion(weekdays.keys)
        words.formUnion(ordinals.keys)
        words.formUnion(ordinalUnits.keys)
        words.formUnion(timeOfDay)
        words.formUnion(yearWords)
        words.formUnion(today)
        words.formUnion(yesterday)
        words.formUnion(tomorrow)
        words.formUnion(dayBefore)
        words.formUnion(tonight)
        words.formUnion(ago)
        words.formUnion(after)
        words.formUnion(periods)
        words.formUnion(periodOpeners)
        words.formUnion(this)
        words.formUnion(monthWord)
        return Set(words.map { Array($0.utf8) })
    }()
}

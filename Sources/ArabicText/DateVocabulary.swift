/// Word lists for `DateExpressions`. Written with hamza and ta marbuta as in print; every
/// key is normalised when the table is built, so hamza, tashkeel and ة/ه variants match.
enum DateVocabulary {
    /// Keys longer than `WordKey.capacity` would not be exact, so they are left out (none are).
    static func table(_ pairs: [(String, Int)]) -> [WordKey: Int] {
        let keyed = pairs.map { (WordKey(ArabicNormalizer.normalize($0.0)), $0.1) }.filter { $0.0.fitsExactly }
        return Dictionary(keyed, uniquingKeysWith: { a, _ in a })
    }

    static func set(_ words: [String]) -> Set<WordKey> {
        Set(words.map { WordKey(ArabicNormalizer.normalize($0)) }.filter(\.fitsExactly))
    }

    /// One-word month names of every system.
    static let months: [WordKey: Int] = table([
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

    /// Hijri month names (one or two words; the second word of a two-word name after its head).
    static let hijriMonths: [WordKey: Int] = table([
        ("محرم", 1), ("صفر", 2), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ])
    static let hijriMonthHeads: Set<WordKey> = set(["ربيع", "جمادى", "جمادي", "ذو", "ذي"])
    static let hijriTwoWordMonths: [WordKey: Int] = table([
        ("ربيع الأول", 3), ("ربيع أول", 3), ("ربيع الثاني", 4), ("ربيع الآخر", 4), ("ربيع ثاني", 4),
        ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادى الآخرة", 6), ("جمادى الثانية", 6), ("جمادى الآخر", 6),
        ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    ])

    /// Month names that are also ordinary words (آب = father): a bare month only after شهر.
    static let ambiguousMonths: Set<WordKey> = set(["آب"])

    /// First word of the two-word Levantine months, and the second word's value.
    static let twoWordMonthHeads: Set<WordKey> = set(["كانون", "تشرين"])
    static let twoWordMonths: [WordKey: Int] = table([
        ("كانون الثاني", 1), ("كانون ثاني", 1), ("كانون الأول", 12), ("كانون أول", 12),
        ("تشرين الأول", 10), ("تشرين أول", 10), ("تشرين الثاني", 11), ("تشرين ثاني", 11),
    ])

    /// 0 = Sunday … 6 = Saturday.
    static let weekdays: [WordKey: Int] = table([
        ("الأحد", 0), ("الاثنين", 1), ("الإثنين", 1), ("الأثنين", 1), ("الثلاثاء", 2),
        ("الثلاثا", 2), ("الثلثاء", 2), ("الأربعاء", 3), ("الاربعا", 3), ("الخميس", 4),
        ("الجمعة", 5), ("السبت", 6),
    ])

    /// Ordinal day words standing alone.
    static let ordinals: [WordKey: Int] = table([
        ("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
        ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("العشرين", 20),
        ("الثلاثين", 30),
    ])
    /// Units that combine with عشر / والعشرين / والثلاثين.
    static let ordinalUnits: [WordKey: Int] = table([
        ("الحادي", 1), ("الواحد", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5),
        ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9),
    ])
    static let ordinalTens: [WordKey: Int] = table([
        ("عشر", 10), ("والعشرين", 20), ("والثلاثين", 30),
    ])

    /// Cardinal number words for "N days ago" (up to ten).
    static let numberWords: [WordKey: Int] = table([
        ("واحد", 1), ("يومين", 2), ("اثنين", 2), ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4),
        ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8),
        ("ثماني", 8), ("ثمان", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10),
    ])
    static let dayUnits: Set<WordKey> = set(["أيام", "يوما", "يوماً", "يوم"])

    /// Words naming a part of a day, allowed before a day expression.
    static let timeOfDay: Set<WordKey> = set([
        "يوم", "مساء", "صباح", "فجر", "ليلة", "ليل", "ظهر", "عصر", "ظهيرة", "صبيحة", "ضحى",
    ])

    static let past: Set<WordKey> = set([
        "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة",
    ])
    static let future: Set<WordKey> = set(["المقبل", "المقبلة", "القادم", "القادمة"])
    static let current: Set<WordKey> = set(["الجاري", "الجارية", "الحالي", "الحالية"])

    static let corresponding: Set<WordKey> = set(["الموافق", "الموافقة"])
    static let yearWords: Set<WordKey> = set(["عام", "العام", "سنة", "السنة", "لعام", "لسنة"])
    static let eraWords: Set<WordKey> = set(["م", "ميلادي", "ميلادية", "للميلاد", "هـ", "ه", "هجري", "هجرية", "للهجرة"])

    static let today: Set<WordKey> = set(["اليوم"])
    /// Words after اليوم that make it "that day", not today.
    static let notTodayAfter: Set<WordKey> = set([
        "التالي", "السابق", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
        "الثامن", "التاسع", "العاشر", "الأخير", "الوطني",
        "العالمي", "الدولي", "نفسه", "ذاته", "الموعود", "المحدد", "الذي", "التالية", "المشهود",
    ])
    static let notTodayBefore: Set<WordKey> = set(["ذلك", "نفس", "ذات", "تلك"])
    static let yesterday: Set<WordKey> = set(["أمس", "الأمس", "البارحة"])
    static let tomorrow: Set<WordKey> = set(["غدا", "غداً", "الغد"])
    static let bareTomorrow: Set<WordKey> = set(["غد"])
    static let dayBefore: Set<WordKey> = set(["أول"])
    static let tonight: Set<WordKey> = set(["الليلة"])
    static let ago: Set<WordKey> = set(["قبل", "منذ"])
    static let after: Set<WordKey> = set(["بعد"])
    /// After "قبل يومين …": the count is relative to something else, not to publication.
    static let notAgoAfter: Set<WordKey> = set(["من", "على", "علي"])

    /// The month as a period («الشهر الماضي»).
    static let monthPeriod: Set<WordKey> = set(["الشهر"])
    static let yearPeriod: Set<WordKey> = set(["العام", "السنة"])
    static let periods: Set<WordKey> = set([
        "الأسبوع", "الشهر", "العام", "السنة", "الأسابيع", "الأشهر", "الشهور", "الأيام", "الأعوام",
        "السنوات", "الفترة",
    ])
    static let periodRecent: Set<WordKey> = set(["الأخيرة", "الأخير"])
    static let periodOpeners: Set<WordKey> = set([
        "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "مطلع",
    ])
    /// Openers of a period's first days («مطلع الشهر الحالي»).
    static let periodStarts: Set<WordKey> = set(["مطلع", "أوائل", "بداية", "مستهل"])
    static let this: Set<WordKey> = set(["هذا", "هذه"])
    static let monthWord: Set<WordKey> = set(["شهر"])
    static let monthContext: Set<WordKey> = set([
        "في", "خلال", "منذ", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "حتى",
        // (with the conjunction: «وفي يوليو، تبنّى تنظيم داعش هجوما»)
        "وفي", "ففي", "وخلال", "ومنذ", "وحتى",
    ])
    static let vagueDays: Set<WordKey> = set(["أيام"])
    static let few: Set<WordKey> = set(["بضعة", "بضع", "عدة"])
    static let week: [WordKey: Int] = table([("أسبوع", 7), ("أسبوعين", 14)])
    static let weeks: Set<WordKey> = set(["أسابيع"])
    /// «قبل شهر»، «قبل عامين»: a month or a year ago, in days (singular and dual).
    static let longPeriod: [WordKey: Int] = table([("شهر", 30), ("شهرين", 60), ("عام", 365), ("عامين", 730), ("سنة", 365), ("سنتين", 730)])
    /// «قبل ثلاثة أشهر»، «قبل خمس سنوات»: months and years after a count, in days.
    static let longUnits: [WordKey: Int] = table([("أشهر", 30), ("شهور", 30), ("سنوات", 365), ("أعوام", 365), ("سنين", 365)])
    /// «قبل حوالي ثلاثة أشهر»: a word of approximation between «قبل» and the count.
    static let about: Set<WordKey> = set(["حوالي", "حوالى", "نحو", "قرابة", "زهاء"])

    /// Every word that can start an expression, for `DateScanner.canStart`.
    static let startWords: Set<WordKey> = {
        var words: Set<WordKey> = []
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
        // («رمضان الماضي»، «ربيع الآخر الماضي»: a Hijri month with «الماضي».)
        words.formUnion(hijriMonths.keys)
        words.formUnion(hijriMonthHeads)
        return words
    }()
}

import Testing

@testable import ArabicText

/// Publication date for most cases: Wednesday 2024-05-15.
let wednesday = CalendarDay(iso: "2024-05-15")!

struct DateCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let mention: String
    let kind: DateMention.Kind
    let day: String?
    let publication: CalendarDay?
    init(
        _ sentence: String, _ mention: String, _ kind: DateMention.Kind, _ day: String?,
        published: CalendarDay? = wednesday
    ) {
        self.sentence = sentence
        self.mention = mention
        self.kind = kind
        self.day = day
        self.publication = published
    }
    var testDescription: String { mention }
}

let dateGolden: [DateCase] = [
    // today
    DateCase("وصل الوفد اليوم إلى القاهرة", "اليوم", .today, "2024-05-15"),
    // (A weekday one or two days before the day the word names is the day: wire copy of Tuesday
    // in Wednesday's paper. Further off, the word wins: «مساء أمس الخميس» below.)
    DateCase("وقال اليومَ الثلاثاء إن الاتفاق قريب", "اليومَ الثلاثاء", .today, "2024-05-14"),
    DateCase("وقال اليوم الأربعاء إن الاتفاق قريب", "اليوم الأربعاء", .today, "2024-05-15"),
    DateCase("ومساء اليوم يجتمع المجلس", "ومساء اليوم", .today, "2024-05-15"),
    DateCase("قال صباح اليوم", "صباح اليوم", .today, "2024-05-15"),
    DateCase("وشنت الطائرات غارات فجر اليوم", "فجر اليوم", .today, "2024-05-15"),
    // yesterday
    DateCase("وقعت الانفجارات ليلة أمس", "ليلة أمس", .yesterday, "2024-05-14"),
    DateCase("كما حدث في الأمس", "الأمس", .yesterday, "2024-05-14"),
    DateCase("قُتل ثلاثة أشخاص أمس في بغداد", "أمس", .yesterday, "2024-05-14"),
    DateCase("وصل امس الى عمان", "امس", .yesterday, "2024-05-14"),
    DateCase("وقال أَمْسِ الأحد إن", "أَمْسِ الأحد", .yesterday, "2024-05-12"),
    DateCase("وقال أمس الثلاثاء إن", "أمس الثلاثاء", .yesterday, "2024-05-14"),
    DateCase("اندلعت الاشتباكات مساء أمس الخميس", "مساء أمس الخميس", .yesterday, "2024-05-14"),
    DateCase("وكان قد التقى بالأمس نظيره", "بالأمس", .yesterday, "2024-05-14"),
    DateCase("ووصل يوم أمس", "يوم أمس", .yesterday, "2024-05-14"),
    DateCase("هاجم مسلحون القرية الليلة الماضية", "الليلة الماضية", .yesterday, "2024-05-14"),
    // day before yesterday
    DateCase("التقى أول أمس رئيس الوزراء", "أول أمس", .dayBeforeYesterday, "2024-05-13"),
    DateCase("وأعلن أول من أمس", "أول من أمس", .dayBeforeYesterday, "2024-05-13"),
    DateCase("سقطت القذائف الليلة قبل الماضية", "الليلة قبل الماضية", .dayBeforeYesterday, "2024-05-13"),
    DateCase("ووقع الهجوم مساء أول أمس", "مساء أول أمس", .dayBeforeYesterday, "2024-05-13"),
    // tomorrow
    DateCase("يصل غداً إلى الرياض", "غداً", .tomorrow, "2024-05-16"),
    DateCase("تبدأ المحادثات غدا", "غدا", .tomorrow, "2024-05-16"),
    DateCase("تعقد الجلسة يوم غد", "يوم غد", .tomorrow, "2024-05-16"),
    DateCase("تصدر النتائج بعد غد", "بعد غد", .tomorrow, "2024-05-17"),
    // days ago
    DateCase("أُعلن قبل يومين", "قبل يومين", .daysAgo, "2024-05-13"),
    DateCase("وقع الانفجار قبل ثلاثة أيام", "قبل ثلاثة أيام", .daysAgo, "2024-05-12"),
    DateCase("غادر قبل 5 أيام", "قبل 5 أيام", .daysAgo, "2024-05-10"),
    DateCase("غادر قبل ٤ أيام", "قبل ٤ أيام", .daysAgo, "2024-05-11"),
    DateCase("بدأ الإضراب قبل عشرة أيام", "قبل عشرة أيام", .daysAgo, "2024-05-05"),
    DateCase("معتقل منذ يومين", "منذ يومين", .daysAgo, "2024-05-13"),
    DateCase("اختطف قبل 12 يوما", "قبل 12 يوما", .daysAgo, "2024-05-03"),
    DateCase("عاد قبل أسبوع", "قبل أسبوع", .daysAgo, "2024-05-08"),
    DateCase("أفرج عنه قبل ثمانية أيام", "قبل ثمانية أيام", .daysAgo, "2024-05-07"),
    DateCase("أفرج عنه قبل ٧ أيام", "قبل ٧ أيام", .daysAgo, "2024-05-08"),
    // a month or a year ago, also «حوالي» before the count (30 and 365 days)
    DateCase("ووقع هجوم مماثل قبل حوالي ثلاثة أشهر في متحف باردو", "قبل حوالي ثلاثة أشهر", .daysAgo, "2024-02-15"),
    DateCase("قتل مسلحون قبل شهر 20 شخصا", "قبل شهر", .daysAgo, "2024-04-15"),
    DateCase("تواجه القاهرة منذ عامين موجة عنف", "منذ عامين", .daysAgo, "2022-05-16"),
    DateCase("سقطت المدينة قبل خمس سنوات", "قبل خمس سنوات", .daysAgo, "2019-05-17"),
    // weekdays
    DateCase("وفي يوم الجمعة خرجت مظاهرات", "يوم الجمعة", .weekday, "2024-05-10"),
    DateCase("وصباح الإثنين الماضي", "وصباح الإثنين الماضي", .weekday, "2024-05-13"),
    DateCase("اجتمع الأحد الماضي مع الوفد", "الأحد الماضي", .weekday, "2024-05-12"),
    DateCase("اجتمع الأربعاء الماضي", "الأربعاء الماضي", .weekday, "2024-05-08"),
    DateCase("وصل يوم الأحد إلى دمشق", "يوم الأحد", .weekday, "2024-05-12"),
    DateCase("وصل يوم الأربعاء", "يوم الأربعاء", .weekday, "2024-05-15"),
    DateCase("وقال الوزير الاثنين إن", "الاثنين", .weekday, "2024-05-13"),
    DateCase("تبدأ الجولة الجمعة المقبلة", "الجمعة المقبلة", .weekday, "2024-05-17"),
    DateCase("يعقد الأربعاء المقبل", "الأربعاء المقبل", .weekday, "2024-05-22"),
    DateCase("يصل الخميس القادم", "الخميس القادم", .weekday, "2024-05-16"),
    DateCase("ومساء السبت الماضي", "ومساء السبت الماضي", .weekday, "2024-05-11"),
    DateCase("وقع الاتفاق الثلاثاء قبل الماضي", "الثلاثاء قبل الماضي", .weekday, "2024-05-07"),
    // explicit dates
    DateCase(
        "وقع في 27 كانون الأول الماضي", "27 كانون الأول الماضي", .explicit, "2018-12-27",
        published: CalendarDay(iso: "2019-01-03")),
    DateCase("في السادس من أغسطس 2004", "السادس من أغسطس 2004", .explicit, "2004-08-06"),
    DateCase("في السادس من اغسطس عام 2004", "السادس من اغسطس عام 2004", .explicit, "2004-08-06"),
    DateCase("في ٢٧ أيار ٢٠٢٣", "٢٧ أيار ٢٠٢٣", .explicit, "2023-05-27"),
    DateCase("يوم الحادي والثلاثين من ديسمبر", "يوم الحادي والثلاثين من ديسمبر", .explicit, "2023-12-31"),
    DateCase("الخامس عشر من مايو", "الخامس عشر من مايو", .explicit, "2024-05-15"),
    DateCase("منذ 20 مايو", "20 مايو", .explicit, "2023-05-20"),
    DateCase("بتاريخ 1 يناير (كانون الثاني) 2020", "1 يناير (كانون الثاني) 2020", .explicit, "2020-01-01"),
    DateCase("في 3 كانون الثاني/يناير 2021", "3 كانون الثاني/يناير 2021", .explicit, "2021-01-03"),
    DateCase("في 15 تشرين الثاني 2022", "15 تشرين الثاني 2022", .explicit, "2022-11-15"),
    DateCase("في 9 نيسان 2003 سقطت", "9 نيسان 2003", .explicit, "2003-04-09"),
    DateCase("في 3 آذار 2021", "3 آذار 2021", .explicit, "2021-03-03"),
    DateCase("في 14 تموز 1958", "14 تموز 1958", .explicit, "1958-07-14"),
    DateCase("في 12 شتنبر 2023", "12 شتنبر 2023", .explicit, "2023-09-12"),
    DateCase("في 14 غشت", "14 غشت", .explicit, "2023-08-14"),
    DateCase("في 10 دجنبر 2020", "10 دجنبر 2020", .explicit, "2020-12-10"),
    DateCase("في 20 يوليوز 2019", "20 يوليوز 2019", .explicit, "2019-07-20"),
    DateCase("في 8 نونبر 2019", "8 نونبر 2019", .explicit, "2019-11-08"),
    DateCase("في 3 جويلية 2022", "3 جويلية 2022", .explicit, "2022-07-03"),
    DateCase("في 5 جوان 2021", "5 جوان 2021", .explicit, "2021-06-05"),
    DateCase("في 7 أوت 2019", "7 أوت 2019", .explicit, "2019-08-07"),
    DateCase("في الأول من أفريل 2022", "الأول من أفريل 2022", .explicit, "2022-04-01"),
    DateCase("في 2 جانفي 2020", "2 جانفي 2020", .explicit, "2020-01-02"),
    DateCase("في 29 فيفري 2020", "29 فيفري 2020", .explicit, "2020-02-29"),
    DateCase("في 17 ماي 2018", "17 ماي 2018", .explicit, "2018-05-17"),
    DateCase("في 30 يونيو 2013", "30 يونيو 2013", .explicit, "2013-06-30"),
    DateCase("في 30 يونية 2013", "30 يونية 2013", .explicit, "2013-06-30"),
    DateCase("في 23 يوليه 1952", "23 يوليه 1952", .explicit, "1952-07-23"),
    DateCase("في 6 أكتوبر 1973", "6 أكتوبر 1973", .explicit, "1973-10-06"),
    DateCase("في 11 سبتمبر 2001", "11 سبتمبر 2001", .explicit, "2001-09-11"),
    DateCase("في 25 إبريل", "25 إبريل", .explicit, "2024-04-25"),
    DateCase("في 9 شباط 2022", "9 شباط 2022", .explicit, "2022-02-09"),
    DateCase("في 21 أيلول 2022", "21 أيلول 2022", .explicit, "2022-09-21"),
    DateCase("في 2 آب 1990", "2 آب 1990", .explicit, "1990-08-02"),
    DateCase("في 5 حزيران 1967", "5 حزيران 1967", .explicit, "1967-06-05"),
    DateCase("في 1 تشرين الأول 2019", "1 تشرين الأول 2019", .explicit, "2019-10-01"),
    DateCase("في 20 نوفمبر 2019م", "20 نوفمبر 2019م", .explicit, "2019-11-20"),
    DateCase("الأحد 5 مايو 2024", "الأحد 5 مايو 2024", .explicit, "2024-05-05"),
    DateCase("يوم الأحد الموافق 5 مايو 2024", "يوم الأحد الموافق 5 مايو 2024", .explicit, "2024-05-05"),
    DateCase("في التاسع عشر من نوفمبر", "التاسع عشر من نوفمبر", .explicit, "2023-11-19"),
    DateCase("في الخامس والعشرين من ديسمبر", "الخامس والعشرين من ديسمبر", .explicit, "2023-12-25"),
    DateCase("في 10 يونيو المقبل", "10 يونيو المقبل", .explicit, "2024-06-10"),
    DateCase("في الخامس من الشهر الجاري", "الخامس من الشهر الجاري", .explicit, "2024-05-05"),
    DateCase("في 12 الشهر الجاري", "12 الشهر الجاري", .explicit, "2024-05-12"),
    DateCase("في 3 مارس من العام الماضي", "3 مارس من العام الماضي", .explicit, "2023-03-03"),
    DateCase("بتاريخ 27/12/2019", "27/12/2019", .explicit, "2019-12-27"),
    // Hijri (Umm al-Qura): numeric with its era mark, a named month with and without its year
    DateCase("بتاريخ 14 / 10 / 1436هـ", "14 / 10 / 1436هـ", .explicit, "2015-07-30"),
    DateCase("وصل في 20 شوال 1436 إلى الرياض", "20 شوال 1436", .explicit, "2015-08-05"),
    DateCase(
        "وصل في الخامس من ذي القعدة إلى الرياض", "الخامس من ذي القعدة", .explicit, "2015-08-20",
        published: CalendarDay(iso: "2015-08-25")!),
    DateCase("في 1 رمضان 1445 أعلن", "1 رمضان 1445", .explicit, "2024-03-11"),
    // vague
    DateCase("وقع عام 2004 في بغداد", "عام 2004", .vague, nil),
    DateCase("خلال الأسبوع الماضي", "الأسبوع الماضي", .vague, nil),
    DateCase("تبدأ الشهر المقبل", "الشهر المقبل", .vague, nil),
    DateCase("في مايو 2019 أعلن", "مايو 2019", .vague, nil),
    DateCase("وصلت التعزيزات قبل أيام", "قبل أيام", .vague, nil),
]

@Test(arguments: dateGolden)
func dateGoldenCase(_ c: DateCase) {
    let found = DateExpressions.find(in: c.sentence, publication: c.publication)
    let m = found.first { $0.text == c.mention }
    #expect(m != nil, "found: \(found.map(\.text))")
    #expect(found.count == 1, "found: \(found.map(\.text))")
    guard let m else { return }
    #expect(m.kind == c.kind)
    #expect(m.day?.iso == c.day)
    let scalars = Array(c.sentence.unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[m.start..<m.end])
    #expect(String(v) == m.text)
}

@Test func explicitDatesWithAYearAreNotRelative() {
    let m = DateExpressions.find(in: "في السادس من أغسطس 2004", publication: nil)
    #expect(m.count == 1)
    #expect(m.first?.day?.iso == "2004-08-06")
    #expect(m.first?.isRelative == false)
}

@Test func relativeMentionsWithoutPublicationHaveNoDay() {
    let s = "وصل أمس وقال اليوم إنه سيغادر غداً، بعد لقاء الأحد الماضي في 20 مايو وقبل يومين"
    let m = DateExpressions.find(in: s, publication: nil)
    #expect(m.map(\.kind) == [.yesterday, .today, .tomorrow, .weekday, .explicit, .daysAgo])
    #expect(m.allSatisfy { $0.day == nil && $0.isRelative })
}

@Test func vaguePeriodsHaveNoDay() {
    let m = DateExpressions.find(in: "في عام 2004 والأسبوع الماضي والشهر المقبل", publication: wednesday)
    #expect(m.map(\.kind) == [.vague, .vague, .vague])
    #expect(m.allSatisfy { $0.day == nil })
    #expect(m.first?.isRelative == false)
    #expect(m.dropFirst().allSatisfy { $0.isRelative })
}

/// A month with no day names a period; its last day is told when the month can be placed: with
/// its year, or without one this year's up to the publication's month, last year's after «الماضي»;
/// a later month with no year may be ahead («سيزور المملكة في سبتمبر»).
@Test func vagueMonthsEndOnTheirLastDay() {
    func end(_ s: String) -> String? { DateExpressions.find(in: s, publication: wednesday).first?.periodEnd?.iso }
    #expect(end("هاجمها مسلحون في كانون الثاني/يناير") == "2024-01-31")
    #expect(end("يشن التحالف غارات منذ أغسطس آب 2014") == "2014-08-31")
    #expect(end("اعتقل في نوفمبر الماضي") == "2023-11-30")
    #expect(end("سيزور المملكة في سبتمبر") == nil)
    #expect(end("في الأسبوع الماضي") == nil)
    // Without «في»: a month marked «الماضي» is a date all the same («زيارته إلى روسيا يونيو الماضي»).
    #expect(end("خلال زيارة الأمير إلى روسيا يناير الماضي") == "2024-01-31")
    // A month of a year told relative to the story's, and last year itself.
    #expect(end("وفي سبتمبر العام الماضي وقعت المالديف اتفاقا") == "2023-09-30")
    #expect(end("في مارس من العام الجاري") == "2024-03-31")
    #expect(end("وقعت الاتفاقية العام الماضي") == "2023-12-31")
    // The first days of the story's month end on the tenth, when the story is later in it.
    #expect(end("وفي مطلع الشهر الحالي، قتل 33 شخصا") == "2024-05-10")
}

@Test func notDates() {
    let cases = [
        "في اليوم التالي غادر الوفد",
        "في ذلك اليوم",
        "قبل يومين من الانتخابات",
        "قبل يوم الأحد",
        "وصل 35 شخصا",
        "كتاب الأب",
        "أمسية شعرية",
        "وجبة الغداء",
        // (not a month's name, a year, nor an approximate week: «منذ نحو أسبوع» names no day)
        "زار الملك مصر قبل شهر رمضان",
        "يقاتل منذ عام 2014",
        "الغارات باتت يومية منذ نحو أسبوع",
    ]
    for s in cases {
        let m = DateExpressions.find(in: s, publication: wednesday)
        #expect(!m.contains { $0.kind != .weekday && $0.kind != .vague }, "\(s): \(m.map(\.text))")
    }
    #expect(DateExpressions.find(in: "قبل يوم الأحد", publication: wednesday).map(\.kind) == [.weekday])
    #expect(DateExpressions.find(in: "في اليوم التالي", publication: wednesday).isEmpty)
}

@Test func februaryTwentyNinthWithoutAYearGoesBackToALeapYear() {
    let m = DateExpressions.find(in: "في 29 فبراير", publication: CalendarDay(iso: "2023-06-01"))
    #expect(m.first?.day?.iso == "2020-02-29")
}

@Test func mentionsDoNotOverlapAndAreOrdered() {
    let s = "قال أمس الأحد إنه سيزور عمان في 27 كانون الأول الماضي ثم يعود الخميس المقبل"
    let m = DateExpressions.find(in: s, publication: CalendarDay(iso: "2019-01-03"))
    #expect(m.map(\.text) == ["أمس الأحد", "27 كانون الأول الماضي", "الخميس المقبل"])
    #expect(zip(m, m.dropFirst()).allSatisfy { $0.end <= $1.start })
}

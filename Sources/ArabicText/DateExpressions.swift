/// Finds date expressions in Arabic news text and resolves them against the publication date.
///
/// Works on tokens of the normalised view, so hamza, tashkeel and tatweel variants match;
/// the first word of an expression may carry و/ف and ب/ل/ك ("وأمس", "بالأمس"). A part of
/// the day (يوم مساء صباح فجر ليلة ليل ظهر عصر …) before an expression belongs to it.
///
/// - today: اليوم (not "اليوم التالي" / "ذلك اليوم"), "اليوم الثلاثاء"; tonight is not a day.
/// - yesterday: أمس, الأمس, البارحة, "أمس الأحد", "مساء أمس الخميس", "الليلة الماضية".
/// - dayBeforeYesterday: أول أمس, أول من أمس, "الليلة قبل الماضية".
/// - tomorrow: غداً, الغد, "يوم غد"; "بعد غد" is kind tomorrow resolved to publication + 2.
/// - daysAgo: قبل/منذ + يوم / يومين / N أيام (digits or number words up to ten, N يوما for
///   larger numbers) / أسبوع / أسبوعين / N أسابيع; a month or a year (شهر، شهرين، عام، عامين،
///   N أشهر، N سنوات: 30 and 365 days, the story's own rough reckoning), optionally after حوالي/نحو
///   ("قبل حوالي ثلاثة أشهر"); not when followed by من/على ("قبل يومين من …"), not «قبل شهر رمضان»
///   or «منذ عام 2014».
/// - weekday: "<weekday> الماضي" = most recent strictly before publication ("… قبل الماضي"
///   one week earlier); "<weekday> المقبل/القادم" = next strictly after; a weekday alone
///   (with ال, optionally after يوم) = most recent on or before publication.
/// - explicit: day (digits, Arabic-Indic digits, or ordinal words الأول … الحادي والثلاثين)
///   [من] [شهر] month [year]; months of the Egyptian/Gulf, Levantine/Iraqi, Moroccan and
///   Algerian/Tunisian systems, also combined "يناير (كانون الثاني)" or "يناير/كانون الثاني";
///   year as 4 digits, ", 2004", "عام 2004", "من عام 2004", optionally followed by م;
///   "من العام الماضي/الجاري" and "من الشهر الجاري/الماضي" resolve relative to publication.
///   Without a year: the latest occurrence on or before publication (after الماضي too),
///   the earliest on or after it after المقبل/القادم. Numeric d/m/yyyy, d-m-yyyy,
///   d.m.yyyy and yyyy-mm-dd are explicit too. A weekday before a date joins it
///   ("الأحد 5 مايو", "الأحد، 5 مايو", "يوم الأحد الموافق 5 مايو").
/// - vague (day nil): a year ("عام 2004", "2004م"), a month with a year but no day,
///   "شهر مايو", a month after في/خلال/منذ/مطلع…, "الأسبوع الماضي", "الشهر المقبل",
///   "العام الجاري", "الأيام الأخيرة", "هذا الأسبوع", "قبل أيام".
///
/// Without a publication date relative mentions have day nil and `isRelative` true;
/// explicit dates with a year still resolve.
public enum DateExpressions {
    public static func find(in s: String, publication: CalendarDay?) -> [DateMention] {
        find(in: NormalizedText(s), publication: publication)
    }

    /// Reuses an existing normalised view; offsets are original scalar offsets.
    public static func find(in t: NormalizedText, publication: CalendarDay?) -> [DateMention] {
        find(in: t, tokens: Tokenizer.tokenize(t), publication: publication)
    }

    /// Reuses a view and its tokens (`Tokenizer.tokenize(t)`) that the caller already has.
    public static func find(in t: NormalizedText, tokens: [Token], publication: CalendarDay?) -> [DateMention] {
        let scanner = DateScanner(tokens: tokens, publication: publication)
        var out: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let hit = scanner.match(at: i) {
                let start = tokens[hit.first].start
                let end = tokens[hit.last].end
                out.append(
                    DateMention(
                        text: t.originalText(start..<end), start: start, end: end, kind: hit.kind,
                        day: hit.day, isRelative: hit.isRelative, periodEnd: hit.periodEnd, yearAlone: hit.yearAlone,
                        laterMonthEnd: hit.laterMonthEnd))
                i = hit.last + 1
            } else {
                i += 1
            }
        }
        return out
    }
}

/// Token-level matcher behind `DateExpressions` (see there for what it covers).
struct DateScanner {
    typealias V = DateVocabulary

    struct Hit {
        var first: Int
        var last: Int
        var kind: DateMention.Kind
        var day: CalendarDay?
        var isRelative: Bool
        /// The last day of the month a vague mention names, when it can be told.
        var periodEnd: CalendarDay? = nil
        /// A year alone after a word of time.
        var yearAlone = false
        /// A later month than the publication's, unmarked: its last occurrence's end.
        var laterMonthEnd: CalendarDay? = nil
    }

    enum Mode { case onOrBefore, strictlyBefore, onOrAfter, strictlyAfter }

    let tokens: [Token]
    let pub: CalendarDay?
    /// Each token's normalised text as a key, and the same without a leading و/ف or
    /// ب/ل/ك (`bare1`) and without both (`bare2`); `WordKey.none` where nothing strips.
    let keys: [WordKey]
    let bare1: [WordKey]
    let bare2: [WordKey]

    init(tokens: [Token], publication: CalendarDay?) {
        self.tokens = tokens
        self.pub = publication
        var keys: [WordKey] = []
        var bare1: [WordKey] = []
        var bare2: [WordKey] = []
        keys.reserveCapacity(tokens.count)
        bare1.reserveCapacity(tokens.count)
        bare2.reserveCapacity(tokens.count)
        for t in tokens {
            let u = t.norm.utf8
            keys.append(WordKey(bytes: u))
            var b1 = WordKey.none
            var b2 = WordKey.none
            if t.kind == .word {
                var rest = u[...]
                var stripped = 0
                // و ف (D9 88, D9 81), then ب ل ك (D8 A8, D9 84, D9 83): two UTF-8 bytes each;
                // at least two letters must remain.
                if rest.count > 4, Self.isConjunction(rest) {
                    rest = rest.dropFirst(2)
                    stripped += 1
                    b1 = WordKey(bytes: rest)
                }
                if rest.count > 4, Self.isPreposition(rest) {
                    rest = rest.dropFirst(2)
                    if stripped == 0 { b1 = WordKey(bytes: rest) } else { b2 = WordKey(bytes: rest) }
                }
            }
            bare1.append(b1)
            bare2.append(b2)
        }
        self.keys = keys
        self.bare1 = bare1
        self.bare2 = bare2
    }

    private static func isConjunction(_ s: Substring.UTF8View) -> Bool {
        let i = s.startIndex
        let j = s.index(after: i)
        return s[i] == 0xD9 && (s[j] == 0x88 || s[j] == 0x81)
    }

    private static func isPreposition(_ s: Substring.UTF8View) -> Bool {
        let i = s.startIndex
        let j = s.index(after: i)
        return (s[i] == 0xD8 && s[j] == 0xA8) || (s[i] == 0xD9 && (s[j] == 0x84 || s[j] == 0x83))
    }

    /// Whether an expression can start at token `i`: a number, or a word of the date
    /// vocabulary (possibly behind و/ف/ب/ل/ك).
    func canStart(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        switch tokens[i].kind {
        case .number: return true
        case .punctuation: return false
        case .word:
            return V.startWords.contains(keys[i]) || V.startWords.contains(bare1[i])
                || V.startWords.contains(bare2[i])
        }
    }

    // MARK: - Token access

    func norm(_ k: Int) -> WordKey? { k >= 0 && k < tokens.count ? keys[k] : nil }

    func isIn(_ k: Int, _ set: Set<WordKey>) -> Bool {
        guard let w = norm(k) else { return false }
        return set.contains(w)
    }

    /// Looks the token up with and without leading clitics (for the first word).
    func firstIn(_ k: Int, _ set: Set<WordKey>) -> Bool {
        guard k >= 0 && k < tokens.count else { return false }
        return set.contains(keys[k]) || set.contains(bare1[k]) || set.contains(bare2[k])
    }

    func firstLookup(_ k: Int, _ table: [WordKey: Int]) -> Int? {
        guard k >= 0 && k < tokens.count else { return nil }
        return table[keys[k]] ?? table[bare1[k]] ?? table[bare2[k]]
    }

    /// Value of a number token made of ASCII digits only (normalised), with its digit count.
    func number(_ k: Int) -> (value: Int, digits: Int)? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number else { return nil }
        let w = tokens[k].norm.utf8
        guard w.count <= 9, w.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return (w.reduce(0) { $0 * 10 + Int($1 - 0x30) }, w.count)
    }

    /// Key of two consecutive tokens joined by a space ("كانون الثاني").
    func pairKey(_ k: Int) -> WordKey? {
        guard k >= 0, k + 1 < tokens.count else { return nil }
        return WordKey(tokens[k].norm + " " + tokens[k + 1].norm)
    }

    // MARK: - Entry

    func match(at i: Int) -> Hit? {
        guard canStart(i) else { return nil }
        if firstIn(i, V.timeOfDay) {
            if isIn(i + 1, V.bareTomorrow) {
                return withWeekday(Hit(first: i, last: i + 1, kind: .tomorrow, day: shift(1), isRelative: true))
            }
            if var h = core(i + 1), h.kind != .vague {
                h.first = i
                return h
            }
        }
        return core(i)
    }

    func core(_ i: Int) -> Hit? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number {
            return hijriDate(i) ?? explicitDate(i) ?? numericDate(i) ?? vague(i)
        }
        if let h = hijriDate(i) ?? explicitDate(i) { return h }
        if let h = numericDate(i) { return h }
        if let h = relativeDay(i) { return h }
        if let h = weekday(i) { return h }
        return vague(i)
    }

    // MARK: - Relative days

    private func shift(_ n: Int) -> CalendarDay? { pub?.adding(days: n) }

    /// Swallows a weekday in apposition ("أمس الأحد", "اليوم الثلاثاء"). A weekday one or two days
    /// before the day the word names is the day: wire copy filed on Thursday says «اليوم الخميس» in
    /// Friday's paper, and the weekday, written by the reporter, is the surer of the two.
    private func withWeekday(_ h: Hit) -> Hit {
        var h = h
        if let w = norm(h.last + 1), let wd = V.weekdays[w] {
            h.last += 1
            if h.kind == .today || h.kind == .yesterday, let d = h.day {
                let back = (d.weekday - wd + 7) % 7
                if back == 1 || back == 2 { h.day = d.adding(days: -back) }
            }
        }
        return h
    }

    private func relativeDay(_ i: Int) -> Hit? {
        if firstIn(i, V.today) {
            if isIn(i + 1, V.notTodayAfter) || isIn(i - 1, V.notTodayBefore) { return nil }
            return withWeekday(Hit(first: i, last: i, kind: .today, day: shift(0), isRelative: true))
        }
        if firstIn(i, V.yesterday) {
            return withWeekday(Hit(first: i, last: i, kind: .yesterday, day: shift(-1), isRelative: true))
        }
        if firstIn(i, V.dayBefore) {
            if isIn(i + 1, V.yesterday) {
                return withWeekday(
                    Hit(first: i, last: i + 1, kind: .dayBeforeYesterday, day: shift(-2), isRelative: true))
            }
            if norm(i + 1) == "من", isIn(i + 2, V.yesterday) {
                return withWeekday(
                    Hit(first: i, last: i + 2, kind: .dayBeforeYesterday, day: shift(-2), isRelative: true))
            }
        }
        if firstIn(i, V.tonight) {
            if isIn(i + 1, V.past) || isIn(i + 1, V.yesterday) {
                return Hit(first: i, last: i + 1, kind: .yesterday, day: shift(-1), isRelative: true)
            }
            if norm(i + 1) == "قبل", isIn(i + 2, V.past) {
                return Hit(first: i, last: i + 2, kind: .dayBeforeYesterday, day: shift(-2), isRelative: true)
            }
        }
        if firstIn(i, V.tomorrow) {
            return withWeekday(Hit(first: i, last: i, kind: .tomorrow, day: shift(1), isRelative: true))
        }
        if firstIn(i, V.after), isIn(i + 1, V.tomorrow) || isIn(i + 1, V.bareTomorrow) {
            return Hit(first: i, last: i + 1, kind: .tomorrow, day: shift(2), isRelative: true)
        }
        if firstIn(i, V.ago) { return daysAgo(i) }
        return nil
    }

    private func daysAgo(_ i: Int) -> Hit? {
        // («قبل حوالي ثلاثة أشهر»: a word of approximation before the count.)
        let p = isIn(i + 1, V.about) ? i + 2 : i + 1
        var days: Int?
        var last = p
        if let w = norm(p), let v = V.week[w] {
            days = v
        } else if let w = norm(p), let v = V.longPeriod[w] {
            // «قبل شهر»، «قبل عامين»; not «قبل شهر رمضان»، «منذ عام 2014»، «قبل عام من …».
            if let n = norm(p + 1), V.months[n] != nil || V.hijriMonths[n] != nil || V.hijriMonthHeads.contains(n) { return nil }
            if let (_, digits) = number(p + 1), digits == 4 { return nil }
            days = v
        } else if norm(p) == "يوم" {
            if norm(p + 1) == "واحد" { last = p + 1 }
            if let w = norm(last + 1), V.weekdays[w] != nil { return nil }
            days = 1
        } else if isIn(p, V.vagueDays) {
            if isIn(p + 1, V.notAgoAfter) { return nil }
            return Hit(first: i, last: p, kind: .vague, day: nil, isRelative: true)
        } else if isIn(p, V.few), isIn(p + 1, V.vagueDays) {
            if isIn(p + 2, V.notAgoAfter) { return nil }
            return Hit(first: i, last: p + 1, kind: .vague, day: nil, isRelative: true)
        } else if let w = norm(p), w == "يومين" {
            days = 2
        } else {
            var n: Int?
            if let (v, _) = number(p) { n = v } else if let w = norm(p), let v = V.numberWords[w] { n = v }
            guard let n, n > 0, n <= 3660 else { return nil }
            if isIn(p + 1, V.dayUnits) {
                days = n
                last = p + 1
            } else if isIn(p + 1, V.weeks) {
                days = 7 * n
                last = p + 1
            } else if let w = norm(p + 1), let unit = V.longUnits[w] {
                days = unit * n
                last = p + 1
            } else {
                return nil
            }
        }
        guard let days else { return nil }
        if isIn(last + 1, V.notAgoAfter) { return nil }
        // (An approximate count names no day: «منذ نحو أسبوع» is not last week's day; «قبل حوالي
        // ثلاثة أشهر» still dates an act months back.)
        if p > i + 1, days <= 14 { return nil }
        return Hit(first: i, last: last, kind: .daysAgo, day: shift(-days), isRelative: true)
    }

    // MARK: - Weekdays

    private func weekday(_ i: Int) -> Hit? {
        guard let w = firstLookup(i, V.weekdays) else { return nil }
        // A weekday in front of a full date joins it.
        var p = i + 1
        if norm(p) == "," { p += 1 }
        if isIn(p, V.corresponding) { p += 1 }  // "الأحد الموافق 5 مايو"
        if var h = explicitDate(p) ?? numericDate(p) {
            h.first = i
            return h
        }
        if isIn(i + 1, V.past) {
            return Hit(first: i, last: i + 1, kind: .weekday, day: resolveWeekday(w, .strictlyBefore), isRelative: true)
        }
        if norm(i + 1) == "قبل", isIn(i + 2, V.past) {
            let d = resolveWeekday(w, .strictlyBefore)?.adding(days: -7)
            return Hit(first: i, last: i + 2, kind: .weekday, day: d, isRelative: true)
        }
        if isIn(i + 1, V.future) {
            return Hit(first: i, last: i + 1, kind: .weekday, day: resolveWeekday(w, .strictlyAfter), isRelative: true)
        }
        return Hit(first: i, last: i, kind: .weekday, day: resolveWeekday(w, .onOrBefore), isRelative: true)
    }

    private func resolveWeekday(_ w: Int, _ mode: Mode) -> CalendarDay? {
        guard let pub else { return nil }
        switch mode {
        case .onOrBefore, .strictlyBefore:
            var delta = (pub.weekday - w + 7) % 7
            if delta == 0 && mode == .strictlyBefore { delta = 7 }
            return pub.adding(days: -delta)
        case .onOrAfter, .strictlyAfter:
            var delta = (w - pub.weekday + 7) % 7
            if delta == 0 && mode == .strictlyAfter { delta = 7 }
            return pub.adding(days: delta)
        }
    }

    // MARK: - Explicit dates

    /// A day of the month at `i`: digits 1–31 or an ordinal word; returns its last token.
    private func dayNumber(_ i: Int) -> (day: Int, last: Int)? {
        if let (v, digits) = number(i) {
            return digits <= 2 && (1...31).contains(v) ? (v, i) : nil
        }
        if let u = firstLookup(i, V.ordinalUnits), let w = norm(i + 1), let tens = V.ordinalTens[w] {
            let d = tens + u
            if d <= 31 && !(tens == 10 && u == 0) { return (d, i + 1) }
        }
        if let d = firstLookup(i, V.ordinals) { return (d, i) }
        return nil
    }

    /// A month name at `i` (one or two words, with an optional equivalent in parentheses, after a
    /// slash or right after it); returns the month and its last token.
    func month(_ i: Int) -> (month: Int, last: Int)? {
        var m: Int?
        var last = i
        if let w = norm(i), V.twoWordMonthHeads.contains(w), let pair = pairKey(i), let v = V.twoWordMonths[pair] {
            m = v
            last = i + 1
        } else if let w = norm(i), let v = V.months[w] {
            m = v
        }
        guard let m else { return nil }
        // Combined forms: "يناير (كانون الثاني)", "كانون الثاني/يناير".
        if norm(last + 1) == "(", let (m2, l2) = monthName(last + 2), m2 == m, norm(l2 + 1) == ")" {
            last = l2 + 1
        } else if norm(last + 1) == "/" || norm(last + 1) == "-", let (m2, l2) = monthName(last + 2), m2 == m {
            last = l2
        } else if let (m2, l2) = monthName(last + 1), m2 == m {
            // "أغسطس آب 2014", "يونيو حزيران": the two names side by side.
            last = l2
        }
        return (m, last)
    }

    private func monthName(_ i: Int) -> (Int, Int)? {
        if let w = norm(i), V.twoWordMonthHeads.contains(w), let pair = pairKey(i), let v = V.twoWordMonths[pair] {
            return (v, i + 1)
        }
        if let w = norm(i), let v = V.months[w] { return (v, i) }
        return nil
    }

    /// A year after a month: "2004", ", 2004", "عام 2004", "من عام 2004", optionally "م".
    private func year(after k: Int) -> (year: Int, last: Int)? {
        var p = k + 1
        if norm(p) == "," { p += 1 }
        if norm(p) == "من", isIn(p + 1, V.yearWords) {
            p += 2
        } else if isIn(p, V.yearWords) {
            p += 1
        }
        guard let (v, digits) = number(p), digits == 4, (1000...2999).contains(v) else { return nil }
        var last = p
        if isIn(p + 1, V.eraWords) { last = p + 1 }
        return (v, last)
    }

    /// "من العام الماضي", "العام الجاري": a year relative to publication (offset from it).
    private func relativeYear(after k: Int) -> (offset: Int, last: Int)? {
        var p = k + 1
        if norm(p) == "من" { p += 1 }
        guard let w = norm(p), w == "العام" || w == "السنه" else { return nil }
        if isIn(p + 1, V.past) { return (-1, p + 1) }
        if isIn(p + 1, V.current) { return (0, p + 1) }
        if isIn(p + 1, V.future) { return (1, p + 1) }
        return nil
    }

    private func explicitDate(_ i: Int) -> Hit? {
        guard let (d, dl) = dayNumber(i) else { return nil }
        var p = dl + 1
        if norm(p) == "من" { p += 1 }
        if norm(p) == "شهر" { p += 1 }
        if let (m, ml) = month(p) {
            if let (y, yl) = year(after: ml) {
                return Hit(
                    first: i, last: yl, kind: .explicit, day: CalendarDay(year: y, month: m, day: d), isRelative: false)
            }
            if let (off, yl) = relativeYear(after: ml) {
                let day = pub.flatMap { CalendarDay(year: $0.year + off, month: m, day: d) }
                return Hit(first: i, last: yl, kind: .explicit, day: day, isRelative: true)
            }
            if isIn(ml + 1, V.past) {
                return Hit(first: i, last: ml + 1, kind: .explicit, day: resolve(d, m, .onOrBefore), isRelative: true)
            }
            if isIn(ml + 1, V.future) {
                return Hit(first: i, last: ml + 1, kind: .explicit, day: resolve(d, m, .onOrAfter), isRelative: true)
            }
            if isIn(ml + 1, V.current) {
                let day = pub.flatMap { CalendarDay(year: $0.year, month: m, day: d) }
                return Hit(first: i, last: ml + 1, kind: .explicit, day: day, isRelative: true)
            }
            return Hit(first: i, last: ml, kind: .explicit, day: resolve(d, m, .onOrBefore), isRelative: true)
        }
        // "الخامس من الشهر الجاري/الماضي/المقبل", "في 12 الشهر الجاري"
        let monthWord = norm(dl + 1) == "من" ? dl + 2 : dl + 1
        if let w = norm(monthWord), w == "الشهر" {
            var off: Int?
            if isIn(monthWord + 1, V.current) {
                off = 0
            } else if isIn(monthWord + 1, V.past) {
                off = -1
            } else if isIn(monthWord + 1, V.future) {
                off = 1
            }
            guard let off else { return nil }
            var day: CalendarDay?
            if let pub {
                let months = pub.year * 12 + (pub.month - 1) + off
                day = CalendarDay(year: months / 12, month: months % 12 + 1, day: d)
            }
            return Hit(first: i, last: monthWord + 1, kind: .explicit, day: day, isRelative: true)
        }
        return nil
    }

    /// "20 شوال 1436هـ"، "الخامس من ذي القعدة": a day of a Hijri month, with its year or, without one,
    /// the latest such day on or before publication.
    private func hijriDate(_ i: Int) -> Hit? {
        guard let (d, dl) = dayNumber(i) else { return nil }
        var p = dl + 1
        if norm(p) == "من" { p += 1 }
        if norm(p) == "شهر" { p += 1 }
        var m: Int?
        var last = p
        if let w = norm(p), V.hijriMonthHeads.contains(w), let pair = pairKey(p), let v = V.hijriTwoWordMonths[pair] {
            m = v
            last = p + 1
        } else if let w = norm(p), let v = V.hijriMonths[w] {
            m = v
        }
        guard let m else { return nil }
        if let (y, _) = number(last + 1).map({ ($0.value, $0.digits) }), HijriCalendar.years.contains(y) {
            let yl = isIn(last + 2, V.eraWords) ? last + 2 : last + 1
            return Hit(first: i, last: yl, kind: .explicit, day: HijriCalendar.day(year: y, month: m, day: d), isRelative: false)
        }
        var day: CalendarDay?
        if let pub, let hy = HijriCalendar.year(of: pub) {
            day = [hy, hy - 1].lazy.compactMap { HijriCalendar.day(year: $0, month: m, day: d) }.first { $0 <= pub }
        }
        return Hit(first: i, last: last, kind: .explicit, day: day, isRelative: true)
    }

    /// Day and month without a year: latest occurrence on or before publication, or
    /// earliest on or after it.
    private func resolve(_ d: Int, _ m: Int, _ mode: Mode) -> CalendarDay? {
        guard let pub, d <= 31 else { return nil }
        let forward = mode == .onOrAfter || mode == .strictlyAfter
        for k in 0...8 {
            let y = forward ? pub.year + k : pub.year - k
            guard let c = CalendarDay(year: y, month: m, day: d) else { continue }
            if forward ? c >= pub : c <= pub { return c }
        }
        return nil
    }

    /// d/m/yyyy, d-m-yyyy, d.m.yyyy (one number token) and yyyy-mm-dd.
    private func numericDate(_ i: Int) -> Hit? {
        guard i < tokens.count, tokens[i].kind == .number else { return nil }
        var parts: [String] = []
        var last = i
        let w = tokens[i].norm
        if w.contains(".") {
            parts = w.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        } else if number(i) != nil, let sep = norm(i + 1), sep == "/" || sep == "-",
            number(i + 2) != nil, norm(i + 3) == sep, number(i + 4) != nil
        {
            parts = [w, tokens[i + 2].norm, tokens[i + 4].norm]
            last = i + 4
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        let nums = parts.compactMap { Int($0) }
        guard nums.count == 3 else { return nil }
        var day: CalendarDay?
        // (A year in the Hijri range is Hijri: 14 / 10 / 1436هـ is 30 July 2015.)
        func civil(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay? {
            HijriCalendar.years.contains(y) ? HijriCalendar.day(year: y, month: m, day: d) : CalendarDay(year: y, month: m, day: d)
        }
        if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            day = civil(nums[2], nums[1], nums[0])
        } else if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            day = civil(nums[0], nums[1], nums[2])
        }
        if day != nil, isIn(last + 1, V.eraWords) { last += 1 }
        guard let day else { return nil }
        return Hit(first: i, last: last, kind: .explicit, day: day, isRelative: false)
    }

    // MARK: - Vague periods

    private func vague(_ i: Int) -> Hit? {
        // «في 2012»، «أواخر 2012»، «منذ 2011»: a year alone after a word that opens a time.
        // («في» starts no scan: the year is found from its number, after it.)
        if firstIn(i, V.monthContext), let (v, digits) = number(i + 1), digits == 4, (1900...2100).contains(v) {
            let last = isIn(i + 2, V.eraWords) ? i + 2 : i + 1
            return Hit(first: i, last: last, kind: .vague, day: nil, isRelative: false, periodEnd: monthEnd(12, v), yearAlone: true)
        }
        if firstIn(i - 1, V.monthContext), let (v, digits) = number(i), digits == 4, (1900...2100).contains(v) {
            let last = isIn(i + 1, V.eraWords) ? i + 1 : i
            return Hit(first: i, last: last, kind: .vague, day: nil, isRelative: false, periodEnd: monthEnd(12, v), yearAlone: true)
        }
        var p = i
        if firstIn(i, V.periodOpeners) { p = i + 1 }
        // "الأسبوع الماضي", "الأيام الأخيرة"
        if p == i ? firstIn(p, V.periods) : isIn(p, V.periods),
            isIn(p + 1, V.past) || isIn(p + 1, V.future) || isIn(p + 1, V.current) || isIn(p + 1, V.periodRecent)
        {
            // («وفي الشهر الماضي، وقّعت بعض الفصائل اتفاقا»: last month ended with the month before
            // the story's.)
            var end: CalendarDay?
            if isIn(p, V.monthPeriod), isIn(p + 1, V.past), let pub {
                end = pub.month == 1 ? monthEnd(12, pub.year - 1) : monthEnd(pub.month - 1, pub.year)
            }
            // («العام الماضي»، «السنة الماضية»: last year ended on the 31st of December before the
            // story's year.)
            if isIn(p, V.yearPeriod), isIn(p + 1, V.past), let pub { end = monthEnd(12, pub.year - 1) }
            // («وفي مطلع الشهر الحالي، قتل 33 شخصا»: the first ten days of the story's month, ended
            // when the story is later in the month.)
            if p > i, firstIn(i, V.periodStarts), isIn(p, V.monthPeriod), isIn(p + 1, V.current), let pub, pub.day > 10 {
                end = CalendarDay(year: pub.year, month: pub.month, day: 10)
            }
            return Hit(first: i, last: p + 1, kind: .vague, day: nil, isRelative: true, periodEnd: end)
        }
        // "هذا الأسبوع"
        if p == i, firstIn(i, V.this), isIn(i + 1, V.periods) {
            return Hit(first: i, last: i + 1, kind: .vague, day: nil, isRelative: true)
        }
        // "عام 2004", "سنة 2004م"
        if p == i, firstIn(i, V.yearWords), let (v, digits) = number(i + 1), digits == 4, (1000...2999).contains(v) {
            let last = isIn(i + 2, V.eraWords) ? i + 2 : i + 1
            return Hit(first: i, last: last, kind: .vague, day: nil, isRelative: false)
        }
        // "2004م"
        if p == i, let (v, digits) = number(i), digits == 4, (1000...2999).contains(v), norm(i + 1) == "م" {
            return Hit(first: i, last: i + 1, kind: .vague, day: nil, isRelative: false)
        }
        // "شهر مايو [2019]", "مطلع مايو", "في مايو 2019"
        var q = p
        if isIn(q, V.monthWord) { q += 1 }
        if let (m, ml) = month(q) {
            if let (y, yl) = year(after: ml) {
                return Hit(first: i, last: yl, kind: .vague, day: nil, isRelative: false, periodEnd: monthEnd(m, y))
            }
            // «في سبتمبر العام الماضي»، «مايو من العام الجاري»: the month of a year told relative to
            // the story's.
            if let (offset, rl) = relativeYear(after: ml), let pub {
                return Hit(first: i, last: rl, kind: .vague, day: nil, isRelative: true, periodEnd: monthEnd(m, pub.year + offset))
            }
            let named = q > p || p > i
            let inContext = isIn(i - 1, V.monthContext) && !isIn(q, V.ambiguousMonths)
            // «يوليو الماضي»، «خلال زيارته إلى روسيا يونيو الماضي»: a month with «الماضي» or
            // «المقبل» after it is a date without «في» (an adverbial accusative).
            let marked = isIn(ml + 1, V.past) || isIn(ml + 1, V.future)
            if named || inContext || marked {
                var last = ml
                if isIn(ml + 1, V.past) || isIn(ml + 1, V.future) || isIn(ml + 1, V.current) { last = ml + 1 }
                // (With no year: this year's if it is not after the publication's month, last
                // year's if «الماضي» says so of this month or a later one; a later month may be
                // ahead: «سيزوره في سبتمبر».)
                var end: CalendarDay?
                var later: CalendarDay?
                if let pub, !isIn(ml + 1, V.future) {
                    let past = isIn(last, V.past)
                    if m < pub.month || m == pub.month && !past {
                        end = monthEnd(m, pub.year)
                    } else if past {
                        end = monthEnd(m, pub.year - 1)
                    } else if !isIn(last, V.current) {
                        later = monthEnd(m, pub.year - 1)
                    }
                }
                return Hit(first: i, last: last, kind: .vague, day: nil, isRelative: true, periodEnd: end, laterMonthEnd: later)
            }
        }
        // «أثناء زيارته للمملكة في شهر ربيع الآخر الماضي»، «خلال رمضان الماضي»: a Hijri month with
        // «الماضي» is the last one that ended before the story's day.
        if let (hm, hl) = hijriMonth(q), isIn(hl + 1, V.past), let pub, let hy = HijriCalendar.year(of: pub) {
            let end = [hy, hy - 1].lazy.compactMap { y -> CalendarDay? in
                let next = hm == 12 ? HijriCalendar.day(year: y + 1, month: 1, day: 1) : HijriCalendar.day(year: y, month: hm + 1, day: 1)
                return next.flatMap { $0 <= pub ? $0.adding(days: -1) : nil }
            }.first
            return Hit(first: i, last: hl + 1, kind: .vague, day: nil, isRelative: true, periodEnd: end)
        }
        return nil
    }

    /// A Hijri month's name at `i` (one word or two): the month and its last token.
    private func hijriMonth(_ i: Int) -> (Int, Int)? {
        if let w = norm(i), V.hijriMonthHeads.contains(w), let pair = pairKey(i), let v = V.hijriTwoWordMonths[pair] { return (v, i + 1) }
        if let w = norm(i), let v = V.hijriMonths[w] { return (v, i) }
        return nil
    }

    private func monthEnd(_ m: Int, _ y: Int) -> CalendarDay? {
        (1...12).contains(m) ? CalendarDay(year: y, month: m, day: CalendarDay.daysIn(month: m, year: y)) : nil
    }
}

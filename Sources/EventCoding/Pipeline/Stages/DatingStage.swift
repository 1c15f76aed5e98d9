import ArabicText
import Lexicon

/// The act's date: the date expression nearest the trigger, else the publication date; a relative
/// date that cannot be resolved leaves it unknown (flag `date-unresolvable`). An intent (03) is
/// dated by its statement, not by the future act it announces.
///
/// And whether the act is background rather than the story's news (flag `background`): the
/// sentence opens with a background marker (يذكر أن، وسبق أن), a phrase of past time stands by the
/// trigger (منذ سنوات، قبل أشهر، العام الماضي), its only date is a past year (عام 1993) or a month
/// that ended more than two weeks before the story (في يناير), or its own
/// day is more than two weeks before the story's (``newsWindowDays``). A
/// background act keeps its own date, or none. A pluperfect (وكانت القوات قد قصفت) is an earlier
/// act of the story, not background: it keeps its own date, or none.
struct DatingStage: TriggerStage {
    /// How many days before the story an act dated in it is still its news.
    static let newsWindowDays = 14
    let name = "dating"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .dates, .clauses, .modality, .article]
    let writes: Set<PipelineSlot> = [.eventDate, .modality]

    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext) {
        let trigStart = s.tokens[t.trigger.from].token.start
        let publication = s.doc.date
        t.date = publication
        let candidates = s.dates.filter { d in
            !(t.code.hasPrefix("03") && (d.day.map { day in publication.map { day > $0 } ?? false } ?? false))
        }
        // A date in the trigger's own clause dates it; else the nearest in the sentence that is not
        // a later day (a later day in another clause — «… أن ينعكس على الاجتماع المقبل في 27 أغسطس»
        // — is another act's).
        var pool = candidates
        if let clauses = s.clauses, !s.tokens.isEmpty {
            let lo = s.tokens[clauses.start(t.trigger.from)].token.start
            let hi = s.tokens[max(0, min(s.tokens.count, clauses.end(t.trigger.to)) - 1)].token.end
            let inClause = candidates.filter { $0.start >= lo && $0.end <= hi }
            pool = !inClause.isEmpty ? inClause : candidates.filter { d in !(d.day.map { day in publication.map { day > $0 } ?? false } ?? false) }
        }
        // (A day the expression itself puts ahead — «6 أغسطس المقبل» — is not the day of an act
        // told in the past: «أعلنت … مع اقتراب موعد الافتتاح المحدد له يوم 6 أغسطس المقبل».)
        if isPastVerb(t, s, c), let pub = publication {
            pool.removeAll { d in d.pointsForward && (d.day.map { $0 > pub } ?? false) }
        }
        let nearest = pool.min(by: { abs($0.start - trigStart) < abs($1.start - trigStart) })
        // A sentence of the body with no date at all goes on with the story's day, the last day
        // of the past week an earlier sentence named («… عقب صلاة عصر أمس … وعقب الصلاة نقل
        // التعازي»: yesterday, not the publication day).
        if s.dates.isEmpty, s.part == .text, let day = s.article.storyDay { t.date = day }
        if let d = nearest, d.kind != .vague {
            if let day = d.day {
                t.date = comingWeekday(d, day, t, s, c) ?? day
            } else if d.isRelative {
                t.date = nil
                t.flags.append(.dateUnresolvable)
            }
        }
        // An act the story announces for a later day (يبحثون غداً، زيارته المرتقبة الأحد المقبل) is a plan,
        // not an act done: a meeting is an intent to meet (036) dated by the announcement; other
        // plans are not events. (A past verb dated after the story is a misdating, left for
        // verification to flag.)
        // (So is a verb dated by a period still to come, «يزور إيران الأسبوع المقبل», in its clause;
        // not a verbal noun, whose clause may date its object: «خلال اجتماعهما … تدريبات مشتركة
        // خلال العام المقبل».)
        let aheadPeriod = t.trigger.isVerb && (nearest.map { $0.kind == .vague && $0.pointsForward } ?? false)
        if let d = aheadPeriod ? publication.map({ $0.adding(days: 1) }) : t.date, let pub = publication, d > pub, !t.code.hasPrefix("03"),
            !isPastVerb(t, s, c)
        {
            if t.root == "04" {
                t.code = "036"
                t.future = true
                t.date = pub
            } else {
                t.dropped = "a plan for \(d.iso), after the story's date"
                return
            }
        }
        guard let clauses = s.clauses else { return }
        // A pluperfect (وكانت القوات قد قصفت) tells an earlier act of the story: its own date if
        // the sentence gives one, else unknown — not the publication day.
        if isPluperfect(t, s, clauses, c) && (nearest == nil || nearest?.kind == .vague) { t.date = nil }
        if isBackground(t, s, clauses, nearest, c) {
            t.background = true
            t.flags.append(.background)
            // Its own date if it has one, else none: the publication day is not its day.
            t.date = nearest?.kind == .vague ? nil : nearest?.day
        }
    }

    func isBackground(_ t: TriggerState, _ s: SentenceState, _ clauses: Clauses, _ nearest: DateMention?, _ c: CodingContext) -> Bool {
        let toks = s.tokens
        let trig = t.trigger
        // A sentence opening with a background marker (يذكر أن، ويشار إلى أن، وسبق أن). The article's
        // dateline is not its opening: «سبق - جدة: استقبل …» is the outlet Sabq's news.
        let datelineEnd = s.part == .text && s.index == 0 ? s.article.datelineEnd - s.span.start : 0
        let opening = datelineEnd <= 0 ? toks[...] : toks.drop(while: { $0.token.end <= datelineEnd }).drop(while: { $0.token.kind == .punctuation })
        if opening.prefix(3).contains(where: { $0.matches(c.cues[.backgroundOpeners]) }) { return true }
        // «1977 - ملكة بريطانيا تزور بلفاست»: a line of «this day in history» opens with its year.
        if let first = opening.first, let second = opening.dropFirst().first, first.token.kind == .number, second.token.normIs("-"),
            let year = Int(first.token.norm), let pub = s.doc.date, year >= 1000, year < pub.year
        {
            return true
        }
        // A verb right after a relative pronoun describes the noun before it («المواطن الذي تعرض
        // لإطلاق نار»، «رجال الأمن الذين ألقوا القبض»): the story's news is elsewhere. (Not a meeting:
        // «استقبل السفير الذي بحث معه …» is how the press tells the talks of the visit it reports.)
        if trig.isVerb, trig.from > 0, toks[trig.from - 1].matches(c.cues[.relativePronouns]), t.root != "04" { return true }
        // «الزيارة السابقة»، «لقاء سابق»: an act named with an adjective of earlier time is one
        // the story recalls.
        if !trig.isVerb, trig.to < toks.count, toks[trig.to].matches(c.cues[.earlierAdjectives]) { return true }
        // «ويأتي الحادث بعد يوم من مقتل 32 شخصا»، «وتأتي زيارة فابيوس بعد زيارة نائب المستشارة»:
        // what the story's act «comes after» is an earlier act, told to place it.
        if let after = (max(0, trig.from - 12)..<trig.from).last(where: { toks[$0].matchesAnyReading(c.cues[.afterWords]) }),
            (max(0, after - 4)..<after).contains(where: { toks[$0].matchesAnyReading(c.cues[.comesAfterVerbs]) })
        {
            return true
        }
        let cs = clauses.start(trig.from)
        // «وقتل 19 شخصا من قوات الأمن في هجمات … منذ بدء …»، «شنت آلاف الغارات منذ عام»: an act
        // counted or going on «since» an onset or a long period is a tally or a state of things,
        // not the story's act (cue since-periods after «منذ»). Not «the first since» (أول زيارة
        // منذ بدء النزاع, cue superlatives before «منذ»): that is news.
        let ce = clauses.end(trig.to)
        // (Violence counted, to the sentence's end when no clause opens between: «قتل 25 جندياً …
        // وأصيب 35 آخرون، جراء الاشتباكات … مع قوات مجلس شورى ثوار بنغازي منذ بداية الشهر الجاري»;
        // not «غارات على مواقع للمتمردين حيث يتمركزون منذ سنوات».)
        let near = min(ce, trig.to + 14)
        let sinceEnd =
            c.isViolent(t.code) ? (near..<toks.count).first(where: { toks[$0].matches(c.cues[.clauseWords]) }) ?? toks.count : near
        if let since = (max(cs, trig.from - 6)..<max(near, sinceEnd)).first(where: { toks[$0].matches(c.cues[.sinceWords]) }),
            (since + 1..<min(toks.count, since + 3)).contains(where: { toks[$0].matchesAnyReading(c.cues[.sincePeriods]) }),
            !(max(0, since - 8)..<since).contains(where: { toks[$0].matchesAnyReading(c.cues[.superlatives]) })
        {
            return true
        }
        // «وتشن تركيا في الأسابيع الأخيرة غارات»، «تجري مباحثات مكثفة مع إسرائيل في الأشهر الأخيرة»،
        // «وشنت تركيا منذ ذلك الحين سلسلة من الغارات … تستهدف»: an act told over a stretch of
        // recent time (cue recent-periods) in its clause is going on or habitual, not the story's
        // act. Not praise or thanks: «نظير الجهود المبذولة خلال الفترة الماضية» dates what is praised.
        if t.root != "05",
            (max(cs, trig.from - 8)..<min(ce, trig.to + 12)).contains(where: { ArgumentStage.phraseAt(c.cues[.recentPeriods], toks, $0) })
        {
            return true
        }
        // «قتلت 3042 من تنظيم داعش … خلال 10 أشهر»، «750 شخصا قتلوا في معارك عدن خلال 3 أشهر»: so
        // is violence counted over a long period (cue over-words, then a long period within four
        // words; not «أشاد … بدعم المملكة على مدى السنوات»).
        if c.isViolent(t.code),
            let over = (max(cs, trig.from - 6)..<min(ce, trig.to + 14)).first(where: {
                toks[$0].matches(c.cues[.overWords]) || ArgumentStage.phraseAt(c.cues[.overWords], toks, $0)
            }),
            (over + 1..<min(toks.count, over + 5)).contains(where: { toks[$0].matchesAnyReading(c.cues[.longPeriods]) })
        {
            return true
        }
        // «وكانت المجموعة تسعى»، «وكانت الطائرات تقلع»: كان before an imperfect tells what went on
        // or used to, not an act of the story (a pluperfect, كان … قد + perfect, is one).
        if isPastProgressive(t, s, cs, c) { return true }
        // «وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات»، «وينتقد معظم سكان أوكيناوا الوجود
        // العسكري»، «وتنفي روسيا والمتمردون أية مسؤولية»: an accusation, a criticism or a denial in
        // the imperfect opening a sentence of the story's body with «و» is a standing position the
        // story recalls, not an act of the day (a headline's imperfect is its news; so is one
        // after «إن»: «قال إن الولايات المتحدة تدين»).
        // (Or a clause after a comma: «…، وتنفي روسيا والمتمردون أية مسؤولية»; not the first person
        // of a quoted statement, which is the act: «ونحمّل إسرائيل المسؤولية».)
        if trig.isVerb, s.part == .text, ["11", "12"].contains(t.root) || t.code == "016", trig.analysis.hasConjunction,
            toks[..<trig.from].allSatisfy({ !$0.isWord })
                || trig.from > 0 && [",", "،"].contains(toks[trig.from - 1].token.norm) && !Self.firstPerson(toks[trig.from].token.norm),
            isImperfect(t, s, c)
        {
            return true
        }
        // A recent date (today, yesterday, a weekday of the last week) makes it news.
        let recent = s.dates.contains { d in
            guard let day = d.day, let pub = s.doc.date else { return false }
            return abs(day.daysSinceEpoch - pub.daysSinceEpoch) <= 7
        }
        // A phrase of past time around the trigger (منذ سنوات، قبل أشهر، العام الماضي).
        // (After a verb, to the end of its clause: «وانسحب معظم أفراد القوات الأمريكية والأجنبية في
        // نهاية العام الماضي».)
        let around = max(cs, trig.from - 6)..<min(toks.count, trig.isVerb ? max(trig.to + 6, min(clauses.end(trig.to), trig.to + 12)) : trig.to + 6)
        // (A single word too: «التي طالما استخدمها بهجمات».)
        if !recent,
            around.contains(where: { i in
                toks[i].matches(c.cues[.backgroundPhrases]) || c.cues[.backgroundPhrases].phrases.contains { p in phrase(p, at: i, toks) }
            })
        {
            return true
        }
        // Only a year before the story's (في عام 1993): history. So is a month that ended before
        // it («هاجمها مسلحون في كانون الثاني/يناير»، «منذ أغسطس 2014»، «وفي يوليو قتل 27 شخصاً» in
        // August): news dates its acts by the day; a month names a past one (a toll, a recap).
        // (Not a plan with a day after the story in the sentence, which its date left out: «يزور
        // أوباما غدا الخميس للمرة الأولى منذ انتخابه في 2008 كينيا».)
        let storyDay = t.code.hasPrefix("03") && s.dates.contains { d in d.day.map { day in s.doc.date.map { day >= $0 } ?? false } ?? false }
        // (Not an act told in the future, «سيجتمع خلال الزيارة … في ضوء زيارة … في رمضان الماضي»:
        // a past month in another clause dates another act.)
        // (Nor a period in a relative clause after the trigger, which dates the clause's own verb:
        // «أنهت الحملة المرحلة الحادية عشرة من البرنامج الذي انطلق منتصف العام الماضي».)
        // (A period told relative to the story's day: a named month or year keeps its history.)
        let period = nearest.flatMap { d in d.isRelative && inRelativeClause(d, t, s, c) ? nil : d }
        if !storyDay, !t.future, let d = period, let pub = s.doc.date, d.kind == .vague, let year = yearOf(d), year < pub.year { return true }
        if !storyDay, !t.future, let d = period, let pub = s.doc.date, d.kind == .vague, let end = d.periodEnd,
            pub.daysSinceEpoch > end.daysSinceEpoch
        {
            return true
        }
        // «وفي ديسمبر، أعلنت «ولاية سيناء» قتل موظف أمريكي» in August: a later month than the
        // story's, unmarked, dates an act told as done (not in the imperfect) to last year; not
        // an intent (an invitation «لزيارة باريس في نوفمبر» is to come).
        if !storyDay, !t.future, !t.code.hasPrefix("03"), let d = period, d.kind == .vague, d.laterMonthEnd != nil, !(t.trigger.isVerb && t.trigger.present) {
            return true
        }
        // A day of its own more than two weeks before the story's (في 14 مايو، في 2 أغسطس 1990):
        // history the story recalls, not its news.
        if let day = t.date, let pub = s.doc.date, pub.daysSinceEpoch - day.daysSinceEpoch > Self.newsWindowDays { return true }
        return false
    }

    /// Whether an imperfect verb after «و» is in the first person (نـ، أ): «ونحمّل»، «وأدين».
    static func firstPerson(_ norm: String) -> Bool {
        let rest = norm.hasPrefix("و") ? norm.dropFirst() : Substring(norm)
        return rest.hasPrefix("ن") || rest.hasPrefix("ا")
    }

    /// Whether a date after the trigger stands past a relative pronoun after it (cue
    /// `relative-pronouns`): the relative clause's verb is what it dates.
    func inRelativeClause(_ d: DateMention, _ t: TriggerState, _ s: SentenceState, _ c: CodingContext) -> Bool {
        guard d.start >= s.tokens[max(0, t.trigger.to - 1)].token.end else { return false }
        return (t.trigger.to..<s.tokens.count).prefix { s.tokens[$0].token.start < d.start }.contains { k in
            s.tokens[k].matches(c.cues[.relativePronouns])
        }
    }

    /// «موغيريني تزور المملكة الاثنين»، «يصل الرئيس الأحد»: a bare weekday read as the last one
    /// (two days or more before the story) dates an act told in the imperfect, which tells what is
    /// to come: the coming one. (Not a weekday of yesterday or today, the days a story in the
    /// imperfect may tell as going on; not after كان; not a weekday before the verb, which may date
    /// another act: «بث تسجيل فيديو الأربعاء يهدد فيه».)
    func comingWeekday(_ d: DateMention, _ day: CalendarDay, _ t: TriggerState, _ s: SentenceState, _ c: CodingContext) -> CalendarDay? {
        guard d.kind == .weekday, !d.text.contains(where: { $0 == " " || $0 == "\u{00A0}" }), let pub = s.doc.date,
            d.start > s.tokens[t.trigger.from].token.start,
            pub.daysSinceEpoch - day.daysSinceEpoch >= 2, t.trigger.isVerb, !t.future,
            let hits = verbHits(t, s, c), hits.allSatisfy({ $0.tense == .present }),
            let clauses = s.clauses, !isPastProgressive(t, s, clauses.start(t.trigger.from), c)
        else { return nil }
        return day.adding(days: 7)
    }

    /// The lexicon's readings of the trigger's verb form, those of its own pattern when it has
    /// some: «تدين» is the imperfect of «أدان» (111) and, listed as a bare form, a verdict's (116).
    func verbHits(_ t: TriggerState, _ s: SentenceState, _ c: CodingContext) -> [VerbHit]? {
        guard let hits = c.lexicon.verbIndex[s.tokens[t.trigger.from].forms.first { c.lexicon.verbIndex[$0.0] != nil }?.0 ?? Word("")] else {
            return nil
        }
        let own = hits.filter { $0.pattern == t.trigger.pattern }
        return own.isEmpty ? hits : own
    }

    /// Whether the trigger is a verb read only in the imperfect.
    func isImperfect(_ t: TriggerState, _ s: SentenceState, _ c: CodingContext) -> Bool {
        guard t.trigger.isVerb, let hits = verbHits(t, s, c) else { return false }
        return hits.allSatisfy { $0.tense == .present }
    }

    /// Whether the trigger is a verb read in the perfect.
    func isPastVerb(_ t: TriggerState, _ s: SentenceState, _ c: CodingContext) -> Bool {
        guard t.trigger.isVerb, !t.future else { return false }
        let hits = verbHits(t, s, c)
        return hits?.contains { $0.tense == .past } ?? false
    }

    /// كان + up to four words + the trigger in the imperfect, with no «قد» (وكانت توتال تسعى).
    func isPastProgressive(_ t: TriggerState, _ s: SentenceState, _ cs: Int, _ c: CodingContext) -> Bool {
        let trig = t.trigger
        let toks = s.tokens
        guard trig.isVerb, !t.future,
            let hits = verbHits(t, s, c), hits.allSatisfy({ $0.tense == .present }),
            let k = (max(cs, trig.from - 5)..<trig.from).last(where: { toks[$0].matchesAnyReading(c.cues[.auxiliaryWords]) })
        else { return false }
        return !(k + 1..<trig.from).contains { toks[$0].normWord == Words.qad }
    }

    /// كان … قد + the trigger (وكانت القوات قد قصفت).
    func isPluperfect(_ t: TriggerState, _ s: SentenceState, _ clauses: Clauses, _ c: CodingContext) -> Bool {
        let trig = t.trigger
        let toks = s.tokens
        guard trig.isVerb, let k = (clauses.start(trig.from)..<trig.from).first(where: { toks[$0].matchesAnyReading(c.cues[.auxiliaryWords]) })
        else { return false }
        return (k + 1..<trig.from).contains { toks[$0].normWord == Words.qad }
    }

    func phrase(_ p: [Word], at i: Int, _ toks: [TokenInfo]) -> Bool {
        i + p.count <= toks.count && p.indices.allSatisfy { toks[i + $0].normWord == p[$0] || toks[i + $0].lastStem == p[$0] }
    }

    /// The year a four-digit number in a date expression's text names.
    func yearOf(_ d: DateMention) -> Int? {
        let digits = d.text.unicodeScalars.split { !("0"..."9").contains($0) }.map { String(String.UnicodeScalarView($0)) }
        return digits.compactMap { Int($0) }.first { $0 >= 1900 && $0 <= 2100 }
    }
}

/// Clitic segmentation of normalised Arabic words.
///
/// Rules, Snowball-style (letters in normalised form; ا is any alef, ه includes ة, ي includes ى):
///
///     word      = conj? prep? article? stem suffix?
///     conj      = و | ف                          (and, so)
///     prep      = ب | ك | ل | س                  (with, like, for, future "will")
///     article   = ال ; after ل it is written ل, so "لل" = ل + ال
///     suffix    = ه | ها | هم | هما | هن | ك | كم | كن | نا | ي
///
///   - س is the future marker: it is stripped only before an imperfect verb, i.e. when
///     the stem starts with ي ت ن or ا (أ); it never combines with the article.
///   - The article and a pronoun suffix never occur together.
///   - The stem keeps at least 2 letters, and at least 3 when more than one clitic
///     (conj, prep, article, suffix — each counts one) is stripped.
///   - When a suffix is stripped, the base form of the stem is offered too, first:
///     a final ت (ta marbuta before a suffix, حكومته) → ه; a final ي or و after ا
///     (hamza on a seat, لقائه → لقاي) → ء; a final ا (alef maqsura, مستشفاه) → ي.
///   - Words in `unsegmentable` (function words and names that look prefixed, like وليد,
///     بلال, كمال, الله, على) yield only their unsegmented reading.
///
/// The unsegmented reading always comes first, then the others by number of stripped
/// clitics (fewest first). The input must already be normalised (`ArabicNormalizer`).
public enum CliticAnalyzer {
    /// Words never segmented (written as printed; normalised when the set is built). Data, not code paths.
    public static let unsegmentable: Set<String> = Set(
        [
            // function words that only look prefixed (كان is not ك + ان, على not عل + ي)
            "الله", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي",
            "اللواتي", "اللائي", "الآن", "إلى", "إلا", "على", "لكن", "لكي", "لدى", "كان", "كانت",
            "كانوا", "كما", "كلما", "كذلك", "كيف", "بين", "بعد", "بعض", "بلا", "ليس", "ليست",
            "فقط", "فوق", "وفق", "وراء", "وسط", "سوف", "سوى",
            // common nouns that look prefixed
            "وزير", "وزيرة", "وزراء", "وزارة", "وفد", "وكالة", "ولاية", "وطن", "وطني", "وقت",
            "بلد", "بلاد", "بيان", "بيت", "سلام", "سلاح", "سلطة", "سياسة", "فريق", "فرع",
            "كلمة", "لجنة", "لقاء",
            // names and places
            "وليد", "وائل", "وديع", "وجدي", "وهبي", "بلال", "كمال", "كريم", "كامل", "لبنى",
            "فادي", "فيصل", "فاطمة", "فرح", "سامي", "سمير", "سعيد", "سليمان", "سلمان", "ليلى",
            "لبنان", "ليبيا", "بغداد", "بيروت", "بريطانيا", "فرنسا", "فلسطين", "سوريا", "سورية",
            "علي",
        ].map(ArabicNormalizer.normalize))

    private static let conjunctions: [String] = ["و", "ف"]
    private static let prepositions: [String] = ["ب", "ك", "ل", "س"]
    private static let suffixes: [String] = ["هما", "ها", "هم", "هن", "ه", "كم", "كن", "ك", "نا", "ي"]
    private static let imperfectPrefixes: Set<Character> = ["ي", "ت", "ن", "ا"]

    /// All plausible segmentations of a NORMALISED word, the unsegmented reading first.
    public static func analyses(of norm: String) -> [CliticAnalysis] {
        let whole = CliticAnalysis(prefix: "", stem: norm, suffix: "", hasArticle: false)
        let letters = Array(norm)
        guard letters.count >= 3, !unsegmentable.contains(norm),
            letters.allSatisfy({ isArabicLetter($0) })
        else { return [whole] }

        var found: [(CliticAnalysis, Int)] = []
        var seen: Set<CliticAnalysis> = [whole]
        func add(_ a: CliticAnalysis, _ clitics: Int) {
            if seen.insert(a).inserted { found.append((a, clitics)) }
        }

        for conj in [""] + conjunctions {
            guard norm.hasPrefix(conj) else { continue }
            let afterConj = letters.dropFirst(conj.count)
            for prep in [""] + prepositions {
                guard afterConj.starts(with: prep) else { continue }
                let afterPrep = afterConj.dropFirst(prep.count)
                // article: written "ال", or "ل" right after the preposition ل
                var articleForms: [(written: String, rest: ArraySlice<Character>)] = [
                    ("", afterPrep)
                ]
                if prep == "ل" {
                    if afterPrep.first == "ل" { articleForms.append(("ل", afterPrep.dropFirst())) }
                } else if prep != "س", afterPrep.starts(with: "ال") {
                    articleForms.append(("ال", afterPrep.dropFirst(2)))
                }
                for (art, rest) in articleForms {
                    let hasArticle = !art.isEmpty
                    let prefix = conj + prep + art
                    let proclitics = (conj.isEmpty ? 0 : 1) + (prep.isEmpty ? 0 : 1) + (hasArticle ? 1 : 0)
                    for suf in [""] + (hasArticle ? [] : suffixes) {
                        guard rest.count > suf.count, rest.reversed().starts(with: suf.reversed())
                        else { continue }
                        let stemLetters = Array(rest.dropLast(suf.count))
                        let clitics = proclitics + (suf.isEmpty ? 0 : 1)
                        guard clitics > 0 else { continue }
                        let minStem = clitics > 1 ? 3 : 2
                        guard stemLetters.count >= minStem else { continue }
                        if prep == "س" {
                            guard let f = stemLetters.first, imperfectPrefixes.contains(f) else { continue }
                        }
                        let stem = String(stemLetters)
                        if !suf.isEmpty, let restored = restoredBase(stemLetters) {
                            add(
                                CliticAnalysis(prefix: prefix, stem: restored, suffix: suf, hasArticle: hasArticle),
                                clitics)
                        }
                        add(CliticAnalysis(prefix: prefix, stem: stem, suffix: suf, hasArticle: hasArticle), clitics)
                    }
                }
            }
        }
        // Stable sort by number of stripped clitics.
        let ordered = found.enumerated().sorted {
            ($0.element.1, $0.offset) < ($1.element.1, $1.offset)
        }.map { $0.element.0 }
        return [whole] + ordered
    }

    /// The stems (unsegmented word first, no duplicates) of all analyses.
    public static func stems(of norm: String) -> [String] {
        var seen: Set<String> = []
        return analyses(of: norm).compactMap { seen.insert($0.stem).inserted ? $0.stem : nil }
    }

    /// Base form of a stem that had a pronoun suffix, when its last letter changes
    /// before suffixes (ta marbuta, hamza on a seat, alef maqsura); nil otherwise.
    private static func restoredBase(_ stem: [Character]) -> String? {
        guard let last = stem.last else { return nil }
        switch last {
        case "ت":
            return String(stem.dropLast()) + "ه"
        case "ي", "و":
            guard stem.count >= 3, stem[stem.count - 2] == "ا" else { return nil }
            return String(stem.dropLast()) + "ء"
        case "ا":
            guard stem.count >= 3 else { return nil }
            return String(stem.dropLast()) + "ي"
        default:
            return nil
        }
    }

    private static func isArabicLetter(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x0621...0x064A).contains(u.value) || (0x0671...0x06D3).contains(u.value)
    }
}

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

    private static let conjunctions: [Unicode.Scalar] = ["و", "ف"]
    private static let prepositions: [Unicode.Scalar] = ["ب", "ك", "ل", "س"]
    private static let suffixes: [[Unicode.Scalar]] = ["هما", "ها", "هم", "هن", "ه", "كم", "كن", "ك", "نا", "ي"].map { Array($0.unicodeScalars) }
    private static let imperfectPrefixes: Set<Unicode.Scalar> = ["ي", "ت", "ن", "ا"]
    /// `unsegmentable` as UTF-8 byte arrays: hashing bytes skips String's Unicode-equivalence work.
    private static let unsegmentableBytes: Set<[UInt8]> = Set(unsegmentable.map { Array($0.utf8) })

    /// All plausible segmentations of a NORMALISED word, the unsegmented reading first.
    ///
    /// - Complexity: a few dozen candidate splits of one word; works on scalars and never hashes
    ///   a `String` (the coder calls it for every token).
    public static func analyses(of norm: String) -> [CliticAnalysis] {
        let whole = CliticAnalysis(prefix: "", stem: norm, suffix: "", hasArticle: false)
        let letters = Array(norm.unicodeScalars)
        guard letters.count >= 3, letters.allSatisfy(isArabicLetter), !unsegmentableBytes.contains(Array(norm.utf8)) else { return [whole] }

        var found: [(analysis: CliticAnalysis, clitics: Int, stem: [Unicode.Scalar])] = []
        func add(_ prefix: [Unicode.Scalar], _ stem: [Unicode.Scalar], _ suffix: [Unicode.Scalar], _ hasArticle: Bool, _ clitics: Int) {
            if stem == letters && prefix.isEmpty && suffix.isEmpty { return }
            if found.contains(where: {
                $0.stem == stem && $0.analysis.hasArticle == hasArticle && $0.analysis.prefix.unicodeScalars.elementsEqual(prefix)
                    && $0.analysis.suffix.unicodeScalars.elementsEqual(suffix)
            }) {
                return
            }
            found.append((CliticAnalysis(prefix: string(prefix), stem: string(stem), suffix: string(suffix), hasArticle: hasArticle), clitics, stem))
        }

        let n = letters.count
        for conj in [nil] + conjunctions.map(Optional.some) {
            var i = 0
            if let c = conj {
                guard letters[0] == c else { continue }
                i = 1
            }
            for prep in [nil] + prepositions.map(Optional.some) {
                var j = i
                if let p = prep {
                    guard j < n, letters[j] == p else { continue }
                    j += 1
                }
                // article: written "ال", or "ل" right after the preposition ل
                var articleStarts: [(written: Int, rest: Int)] = [(0, j)]
                if prep == "ل" {
                    if j < n, letters[j] == "ل" { articleStarts.append((1, j + 1)) }
                } else if prep != "س", j + 1 < n, letters[j] == "ا", letters[j + 1] == "ل" {
                    articleStarts.append((2, j + 2))
                }
                for (written, restStart) in articleStarts {
                    let hasArticle = written > 0
                    let prefix = Array(letters[0..<restStart])
                    let proclitics = (conj == nil ? 0 : 1) + (prep == nil ? 0 : 1) + (hasArticle ? 1 : 0)
                    let restCount = n - restStart
                    for suf in [[]] + (hasArticle ? [] : suffixes) {
                        guard restCount > suf.count, letters[(n - suf.count)...].elementsEqual(suf) else { continue }
                        let clitics = proclitics + (suf.isEmpty ? 0 : 1)
                        guard clitics > 0 else { continue }
                        let stemLetters = Array(letters[restStart..<(n - suf.count)])
                        guard stemLetters.count >= (clitics > 1 ? 3 : 2) else { continue }
                        if prep == "س" {
                            guard let f = stemLetters.first, imperfectPrefixes.contains(f) else { continue }
                        }
                        if !suf.isEmpty, let restored = restoredBase(stemLetters) {
                            add(prefix, restored, suf, hasArticle, clitics)
                        }
                        add(prefix, stemLetters, suf, hasArticle, clitics)
                    }
                }
            }
        }
        // Stable sort by number of stripped clitics.
        let ordered = found.enumerated().sorted {
            ($0.element.clitics, $0.offset) < ($1.element.clitics, $1.offset)
        }.map { $0.element.analysis }
        return [whole] + ordered
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }

    /// The stems (unsegmented word first, no duplicates) of all analyses.
    public static func stems(of norm: String) -> [String] {
        var seen: Set<String> = []
        return analyses(of: norm).compactMap { seen.insert($0.stem).inserted ? $0.stem : nil }
    }

    /// Base form of a stem that had a pronoun suffix, when its last letter changes
    /// before suffixes (ta marbuta, hamza on a seat, alef maqsura); nil otherwise.
    private static func restoredBase(_ stem: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let last = stem.last else { return nil }
        switch last {
        case "ت":
            return stem.dropLast() + ["ه"]
        case "ي", "و":
            guard stem.count >= 3, stem[stem.count - 2] == "ا" else { return nil }
            return stem.dropLast() + ["ء"]
        case "ا":
            guard stem.count >= 3 else { return nil }
            return stem.dropLast() + ["ي"]
        default:
            return nil
        }
    }

    private static func isArabicLetter(_ u: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(u.value) || (0x0671...0x06D3).contains(u.value)
    }
}

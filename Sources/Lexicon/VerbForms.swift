/// Derives the third-person conjugations of a verb from its PAST and PRESENT dictionary forms
/// (normalised, e.g. "قتل" / "يقتل"). Only third person and first person plural are derived:
/// news reports acts in those persons.
public enum VerbForms {
    public enum Tense: Sendable, Equatable { case past, present }

    /// Perfect forms: قتل قتلت قتلا قتلتا قتلوا قتلن قتلنا قتلتم; for final ا/ي (دعا، التقي): دعت دعوا دعتا.
    public static func past(_ p: String) -> [String] {
        var out = [p, p + "ت", p + "ا", p + "تا", p + "وا", p + "ن", p + "نا", p + "تم"]
        if p.hasSuffix("ا") || p.hasSuffix("ي") {
            let b = String(p.dropLast())
            out += [b + "ت", b + "وا", b + "تا", b + "يا", b + "يت", b + "ينا", b + "و"]
        }
        return unique(out)
    }

    /// Imperfect forms from a present in ي…: يقتل تقتل نقتل اقتل يقتلون تقتلون يقتلان تقتلان يقتلن يقتلوا.
    public static func present(_ pres: String) -> [String] {
        var s = pres
        if let f = s.first, "يتنا".contains(f), s.count >= 3 { s.removeFirst() }
        var out: [String] = []
        for pre in ["ي", "ت", "ن", "ا"] {
            out += [pre + s, pre + s + "ون", pre + s + "ان", pre + s + "وا", pre + s + "ن"]
        }
        if s.hasSuffix("و") || s.hasSuffix("ي") || s.hasSuffix("ا") {
            let b = String(s.dropLast())
            out += ["ي" + b + "ون", "ت" + b + "ون", "ي" + b + "وا", "ت" + b + "وا", "ي" + b + "ان", "ت" + b + "ان"]
        }
        return unique(out)
    }

    /// The forms among `past(p)` and `present(r)` whose ending carries the subject (dual, plural,
    /// first and second person: قتلوا، قتلا، قتلنا، يقتلون، نقتل): a noun after them is their object,
    /// never their subject (in verb-first order the verb of a named subject is singular).
    public static func ownSubject(past p: String) -> Set<String> {
        var out: Set<String> = [p + "تا", p + "وا", p + "ن", p + "نا", p + "تم"]
        if p.hasSuffix("ا") || p.hasSuffix("ي") {
            let b = String(p.dropLast())
            out.formUnion([b + "وا", b + "تا", b + "يا", b + "ينا", b + "و"])
        } else {
            out.insert(p + "ا")
        }
        return out
    }

    public static func ownSubject(present pres: String) -> Set<String> {
        var s = pres
        if let f = s.first, "يتنا".contains(f), s.count >= 3 { s.removeFirst() }
        var out: Set<String> = ["ن" + s, "ا" + s]
        for pre in ["ي", "ت"] { out.formUnion([pre + s + "ون", pre + s + "ان", pre + s + "وا", pre + s + "ن"]) }
        if s.hasSuffix("و") || s.hasSuffix("ي") || s.hasSuffix("ا") {
            let b = String(s.dropLast())
            out.formUnion(["ي" + b + "ون", "ت" + b + "ون", "ي" + b + "وا", "ت" + b + "وا", "ي" + b + "ان", "ت" + b + "ان"])
        }
        return out
    }

    /// The third person feminine singular forms among `past(p)` and `present(r)` (طالبت، تطالب):
    /// their subject is feminine — a state, a body, a woman — never a man or a man's office.
    public static func feminine(past p: String, present pres: String) -> Set<String> {
        var out: Set<String> = []
        if p.hasSuffix("ا") || p.hasSuffix("ي") { out.insert(String(p.dropLast()) + "ت") } else { out.insert(p + "ت") }
        var s = pres
        if let f = s.first, "يتنا".contains(f), s.count >= 3 { s.removeFirst() }
        out.insert("ت" + s)
        return out
    }

    /// The strings in order, each once.
    public static func unique(_ xs: [String]) -> [String] {
        var seen = Set<Word>()  // (byte-hashed: a String set hashes Arabic by its normal form)
        return xs.filter { seen.insert(Word($0)).inserted }
    }
}

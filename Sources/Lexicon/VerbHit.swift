/// A written verb form found in the index: which pattern, which tense, which voice.
public struct VerbHit: Sendable, Equatable {
    public let pattern: Int
    public let tense: VerbForms.Tense
    public let passive: Bool
    /// The form's ending carries its subject (``VerbForms/ownSubject(past:)``).
    public let ownSubject: Bool
    /// Third person feminine singular (``VerbForms/feminine(past:present:)``).
    public let feminine: Bool
    /// For a form listed with `written:`: its spelling with hamza, which the token as printed must
    /// carry (the normal form «هنا» is "here" unless printed «هنأ»). Nil for every other form.
    public let written: String?

    public init(pattern: Int, tense: VerbForms.Tense, passive: Bool, ownSubject: Bool = false, feminine: Bool = false, written: String? = nil) {
        self.pattern = pattern
        self.tense = tense
        self.passive = passive
        self.ownSubject = ownSubject
        self.feminine = feminine
        self.written = written
    }

    /// Whether a token printed `text` is this form: always, unless the form is `written:`, whose
    /// hamza must be printed (tashkeel and tatweel aside; clitics may stand around it).
    public func isWritten(in text: String) -> Bool {
        guard let written else { return true }
        let bare = String(String.UnicodeScalarView(text.unicodeScalars.filter { !VerbHit.isMark($0) }))
        return bare.contains(written)
    }

    /// Tashkeel, the dagger alef and tatweel.
    static func isMark(_ u: Unicode.Scalar) -> Bool { (0x064B...0x0652).contains(u.value) || u.value == 0x0670 || u.value == 0x0640 }
}

import ArabicText

/// libFuzzer target: the normaliser, the sentence splitter, the tokenizer and the clitic
/// analyser on any bytes (decoded as UTF-8 with replacement). Checks what every caller relies
/// on: offsets inside the text and in order, normalisation idempotent, origins non-decreasing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let s = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = s.unicodeScalars.count
    let n = ArabicNormalizer.normalize(s)
    precondition(ArabicNormalizer.normalize(n) == n, "normalisation is not idempotent")
    let view = NormalizedText(s)
    precondition(view.origin.count == view.normalized.count)
    precondition(zip(view.origin, view.origin.dropFirst()).allSatisfy { $0 <= $1 }, "origin decreases")
    precondition(view.origin.allSatisfy { $0 >= 0 && $0 < scalars })
    var last = 0
    for sentence in SentenceSplitter.split(s) {
        precondition(sentence.start >= last && sentence.start <= sentence.end && sentence.end <= scalars, "sentence out of order or bounds")
        last = sentence.end
    }
    last = 0
    for t in Tokenizer.tokenize(view) {
        precondition(t.start >= last && t.start < t.end && t.end <= scalars, "token out of order or bounds")
        last = t.end
        if t.kind == .word { _ = CliticAnalyzer.analyses(of: t.norm) }
    }
    return 0
}

/// The entry point: SwiftPM links an executable's `main` to `FuzzText_main`, so this hands the
/// command line to libFuzzer's driver (the `main` libFuzzer would bring is then not linked).
@_cdecl("FuzzText_main")
public func FuzzTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzText)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

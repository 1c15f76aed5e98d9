import Lexicon

/// libFuzzer target: the `.lex` parser, the compiler and the linter on any bytes, as
/// `tawthiq lexicon check --lexicon` runs them on a user's overlay. Every error names a line
/// of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    // Lines end at LF, CRLF or a lone CR, as the parser reads them.
    let bytes = Array(text.utf8)
    let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
    let parsed = LexiconParser.parse(text, file: "fuzz.lex")
    for e in parsed.errors { precondition(e.file == "fuzz.lex" && e.line >= 0 && e.line <= lines + 1, "error outside the input: \(e)") }
    let (lexicon, _) = Lexicon.compile(parsed.blocks)
    _ = LexiconLinter.check(lexicon, eventCodes: ["010", "040", "190"])
    return 0
}

/// The entry point: SwiftPM links an executable's `main` to `FuzzLexicon_main`, so this hands the
/// command line to libFuzzer's driver (the `main` libFuzzer would bring is then not linked).
@_cdecl("FuzzLexicon_main")
public func FuzzLexiconMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzLexicon)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

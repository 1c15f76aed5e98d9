import Foundation
import Lexicon
import Testing

/// The package root: three levels up from this file (Tests/LexiconTests/…).
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // LexiconTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root

/// A fresh temporary folder holding `files` (name → contents).
func temporaryLexiconDirectory(_ files: [String: Data]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, contents) in files {
        try contents.write(to: dir.appendingPathComponent(name))
    }
    return dir
}

func temporaryLexiconDirectory(_ files: [String: String]) throws -> URL {
    try temporaryLexiconDirectory(files.mapValues { Data($0.utf8) })
}

/// Parses and compiles lexicon text as one file; returns the lexicon and every parse and compile error.
func compileLexicon(_ text: String, file: String = "t.lex") -> (lexicon: Lexicon, errors: [LexiconError]) {
    let parsed = LexiconParser.parse(text, file: file)
    let compiled = Lexicon.compile(parsed.blocks)
    return (compiled.lexicon, parsed.errors + compiled.errors)
}

/// Every CAMEO event code in the shared reference table `../shared/ontology/cameo.tsv`.
func sharedCAMEOCodes() throws -> Set<String> {
    let text = try String(contentsOf: SharedData.require("ontology/cameo.tsv"), encoding: .utf8)
    return Set(text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) })
}

import ArgumentParser
import Foundation
import Lexicon

/// Options shared by every command that loads the lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A directory (or .lex file) whose entries add to or override the built-in lexicon. Repeatable.")
    var overlays: [String] = []

    /// Loads the lexicon; built-in errors stop the run, overlay errors are reported and skipped.
    func load() throws -> Lexicon {
        let (lex, errors) = Lexicon.load(overlays: overlays.map { URL(fileURLWithPath: $0) })
        // Built-in files are named by file name, overlays by path: an overlay error is reported
        // and its entry skipped; a broken built-in lexicon stops the run.
        for e in errors { Console.error("lexicon: \(e)") }
        if errors.contains(where: { !$0.file.contains("/") }) { throw ExitCode(3) }
        return lex
    }
}

enum Console {
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}

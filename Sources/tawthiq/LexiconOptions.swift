import ArgumentParser
import Foundation
import Lexicon

/// Options shared by every command that loads the lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A directory (or .lex file) whose entries add to or override the built-in lexicon. Repeatable.")
    var overlays: [String] = []

    /// Loads the lexicon. Any error, in the built-in files or in an overlay (a missing path, a
    /// directory without `.lex` files, invalid UTF-8, a parse error), is printed as file:line and
    /// stops the run with exit status 3: coding on a partly applied lexicon would give other
    /// events than the user asked for, with nothing in the output to tell.
    func load() throws -> Lexicon {
        let (lex, errors) = Lexicon.load(overlays: overlays.map { URL(fileURLWithPath: $0) })
        let all = errors + LexiconOptions.emptyOverlays(overlays)
        for e in all { Console.error("lexicon: \(e)") }
        if !all.isEmpty {
            Console.error("lexicon: \(all.count) problem(s); nothing was coded (`tawthiq lexicon check` lists them)")
            throw ExitCode(3)
        }
        return lex
    }

    /// An overlay directory with no `.lex` file in it: most likely a mistyped path.
    static func emptyOverlays(_ paths: [String]) -> [LexiconError] {
        paths.compactMap { p in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue else { return nil }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
            return names.contains { $0.hasSuffix(".lex") || $0 == Gazetteer.fileName }
                ? nil
                : LexiconError(file: p, line: 0, message: "no .lex files (nor a \(Gazetteer.fileName)) in this directory")
        }
    }
}

enum Console {
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}

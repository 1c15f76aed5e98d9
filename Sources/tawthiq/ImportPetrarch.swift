import ArgumentParser
import EventCoding
import Foundation
import Lexicon

extension Tawthiq.LexiconCommand {
    struct ImportPetrarch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-petrarch",
            abstract: "Convert a PETRARCH/TABARI actors or agents dictionary into .lex blocks on stdout.",
            discussion: """
                Actors: 'NAME_ [CODE DATES]' lines, indented '+ALTERNATE_' and '[CODE DATES]' lines; DATES are \
                YYMMDD-YYMMDD, <YYMMDD, >YYMMDD. Agents: 'NOUN_ {PLURAL} [~ROLE]'. English and Arabic dictionaries alike. \
                The grammar is documented on PetrarchImporter (Sources/Lexicon/PetrarchImporter.swift).
                Malformed lines are reported as file:line on stderr and skipped; exit status 1 if there were any.
                Save the output in a directory and pass it with --lexicon to use it. A block with the kind and id \
                of a built-in entry ([org IGOUNO], [agent MIL], a known person id) replaces that entry when loaded: \
                such blocks are noted on stderr (the exit status is not affected); merge them by hand to keep both.
                """)

        @Argument(help: "The dictionary file ('-' for stdin).") var file: String
        @Option(help: "Dictionary kind: actors or agents.") var kind: PetrarchImporter.Kind = .actors

        func run() async throws {
            let text: String
            do {
                text = try DocumentReader.decodeUTF8(try InputFiles.read(file), name: file)
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
            let name = file == "-" ? "<stdin>" : file
            let out = PetrarchImporter.convert(text, file: name, kind: kind)
            let lex = out.text(source: name)
            print(lex, terminator: "")
            var problems = out.errors.map(\.description)
            // The output must load: anything the parser or compiler rejects is a bug worth seeing.
            let parsed = LexiconParser.parse(lex, file: "<output>")
            problems += (parsed.errors + Lexicon.compile(parsed.blocks).errors).map { "internal: the output does not load: \($0)" }
            for p in problems { Console.error(p) }
            // Overlays replace built-in blocks of the same kind and id: say which ones would be.
            let builtIn = Lexicon.load().lexicon.blocks
            var existing: [String: String] = [:]
            for b in builtIn where existing[b.kind + " " + b.id] == nil { existing[b.kind + " " + b.id] = b.location }
            for b in out.blocks {
                if let at = existing[b.kind + " " + b.id] {
                    Console.error("note: [\(b.kind) \(b.id)] would replace the built-in entry at \(at) when loaded with --lexicon")
                }
            }
            if !problems.isEmpty {
                Console.error("\(out.errors.count) malformed line(s) skipped; \(out.blocks.count) block(s) written")
                throw ExitCode(1)
            }
        }
    }
}

extension PetrarchImporter.Kind: ExpressibleByArgument {}

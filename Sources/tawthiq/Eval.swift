import ArabicText
import ArgumentParser
import Evaluation
import EventCoding
import Foundation

extension Tawthiq {
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the coder on gold data.", subcommands: [GSR.self, Gold.self])

        struct GSR: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "gsr", abstract: "Sentence-level ASSAULT/PROTEST detection on the Arabic event GSR layout.")
            @Argument(help: "The GSR directory (assault.csv, protest.csv, *_spans.json).") var directory: String
            @OptionGroup var options: EvalOptions

            func run() async throws {
                let coder = try options.coder()
                let ev = try options.open { try GSREvaluator(directory: URL(fileURLWithPath: directory)) }
                // (Sentence-level detection: an act counts also when no actor names a country.)
                let report = ev.evaluate { text, date in coder.detect(text: text, date: date) }
                try options.emit(report, rendered: report.render(errorLimit: options.errors))
            }
        }

        struct Gold: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "gold", abstract: "Event P/R/F1, codes, actors and dates on hand-coded JSONL (the diplomacy set).")
            @Argument(help: "The gold JSONL file.") var file: String
            @OptionGroup var options: EvalOptions

            func run() async throws {
                let coder = try options.coder()
                let ev = try options.open { try GoldEvaluator(file: URL(fileURLWithPath: file)) }
                let report = ev.evaluate { text, date in coder.code(text: text, date: date) }
                try options.emit(report, rendered: report.render(errorLimit: options.errors))
            }
        }
    }
}

/// What both `eval` subcommands take: the report's form, the error list's length, the gate and
/// the lexicon.
struct EvalOptions: ParsableArguments {
    @Flag(help: "Print the report as JSON.") var json = false
    @Option(help: "How many errors to list per kind (0 for none).") var errors: Int = 10
    @Flag(help: "Rules only: do not apply the learned sentence gate to ASSAULT/PROTEST events.") var rulesOnly = false
    @Flag(help: "Also score acts told as background (left out by default, as the gold conventions leave them out).") var background = false
    @OptionGroup var lexiconOptions: LexiconOptions

    func coder() throws -> EventCoder {
        EventCoder(lexicon: try lexiconOptions.load(), gates: rulesOnly ? [:] : SentenceGate.bundled, background: background)
    }

    /// Reads the gold data; a file that cannot be read or parsed is exit 2.
    func open<E>(_ body: () throws -> E) throws -> E {
        do { return try body() } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    func emit<R: Encodable>(_ report: R, rendered: @autoclosure () -> String) throws {
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(report), as: UTF8.self))
        } else {
            print(rendered())
        }
    }
}

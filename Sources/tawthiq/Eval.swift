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
            @Flag(help: "Print the report as JSON.") var json = false
            @Option(help: "How many errors to list per kind (0 for none).") var errors: Int = 10
            @Flag(help: "Rules only: do not apply the learned sentence gate to ASSAULT/PROTEST events.") var rulesOnly = false
            @OptionGroup var lexiconOptions: LexiconOptions

            func run() async throws {
                let coder = EventCoder(lexicon: try lexiconOptions.load(), gates: rulesOnly ? [:] : SentenceGate.bundled)
                let ev: GSREvaluator
                do { ev = try GSREvaluator(directory: URL(fileURLWithPath: directory)) } catch {
                    Console.error("\(error)")
                    throw ExitCode(2)
                }
                let report = ev.evaluate { text, date in coder.code(text: text, date: date) }
                if json {
                    let enc = JSONEncoder()
                    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try enc.encode(report), as: UTF8.self))
                } else {
                    print(report.render(errorLimit: errors))
                }
            }
        }

        struct Gold: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "gold", abstract: "Event P/R/F1, codes, actors and dates on hand-coded JSONL (the diplomacy set).")
            @Argument(help: "The gold JSONL file.") var file: String
            @Flag(help: "Print the report as JSON.") var json = false
            @Option(help: "How many errors to list per kind (0 for none).") var errors: Int = 10
            @Flag(help: "Rules only: do not apply the learned sentence gate to ASSAULT/PROTEST events.") var rulesOnly = false
            @OptionGroup var lexiconOptions: LexiconOptions

            func run() async throws {
                let coder = EventCoder(lexicon: try lexiconOptions.load(), gates: rulesOnly ? [:] : SentenceGate.bundled)
                let ev: GoldEvaluator
                do { ev = try GoldEvaluator(file: URL(fileURLWithPath: file)) } catch {
                    Console.error("\(error)")
                    throw ExitCode(2)
                }
                let report = ev.evaluate { text, date in coder.code(text: text, date: date) }
                if json {
                    let enc = JSONEncoder()
                    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try enc.encode(report), as: UTF8.self))
                } else {
                    print(report.render(errorLimit: errors))
                }
            }
        }
    }
}

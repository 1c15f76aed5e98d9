import ArabicText
import ArgumentParser
import EventCoding

extension Tawthiq {
    struct Trace: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what the coder sees in a sentence: tokens, clitics, dates, actors, triggers, then the events.")
        @Argument(help: "An Arabic sentence.") var sentence: String
        @Option(help: "Publication date (YYYY-MM-DD).") var date: String?
        @Flag(help: "Without the learned sentence gate: the rules alone.") var rulesOnly = false
        @OptionGroup var lexiconOptions: LexiconOptions

        func run() async throws {
            let coder = EventCoder(lexicon: try lexiconOptions.load(), gates: rulesOnly ? [:] : SentenceGate.bundled)
            let day = date.flatMap(CalendarDay.init(iso:))
            for line in coder.trace(sentence: sentence, date: day) { print(line) }
        }
    }
}

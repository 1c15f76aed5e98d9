import ArgumentParser
import EventCoding
import Foundation
import Lexicon

extension Tawthiq {
    struct LexiconCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lexicon", abstract: "Check, describe and import the lexicon.", subcommands: [Check.self, Stats.self, ImportPetrarch.self])

        struct Check: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Parse and lint the lexicon; every problem is printed as file:line. Exit 0 clean, 1 problems.")
            @OptionGroup var lexiconOptions: LexiconOptions

            func run() async throws {
                let (lex, errors) = Lexicon.load(overlays: lexiconOptions.overlays.map { URL(fileURLWithPath: $0) })
                let issues = errors + LexiconOptions.emptyOverlays(lexiconOptions.overlays) + LexiconLinter.check(lex, eventCodes: Set(Ontology.shared.all.map(\.code)))
                for e in issues { print(e) }
                if issues.isEmpty {
                    print("lexicon \(lex.version): \(lex.blocks.count) entries, no problems")
                } else {
                    print("\(issues.count) problem(s)")
                    throw ExitCode(1)
                }
            }
        }

        struct Stats: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Count the lexicon's entries.")
            @OptionGroup var lexiconOptions: LexiconOptions

            func run() async throws {
                let lex = try lexiconOptions.load()
                let complete = lex.countries.filter { !$0.names.isEmpty && !$0.nisbaForms.isEmpty && !$0.capitals.isEmpty }.count
                let homographs = lex.countries.filter { !$0.names.isEmpty && $0.nisbaForms.isEmpty && !$0.homographNisbaForms.isEmpty && !$0.capitals.isEmpty }.count
                print("version           \(lex.version)")
                print("states            \(lex.countries.count) (\(complete + homographs) with name, nisba and capital; \(homographs) of them with a homograph nisba only)")
                print("organisations     \(lex.organisations.count)")
                print("agents            \(lex.agents.count) (\(lex.agents.map(\.names.count).reduce(0, +)) forms)")
                print("titles            \(lex.titles.count)")
                print("people            \(lex.people.count)")
                print("dated roles       \(lex.people.map(\.roles.count).reduce(0, +))")
                print("event patterns    \(lex.events.count) (\(lex.verbIndex.count) verb forms, \(lex.nounIndex.count) nouns)")
                print("actor phrases     \(lex.actorIndex.count)")
            }
        }
    }
}

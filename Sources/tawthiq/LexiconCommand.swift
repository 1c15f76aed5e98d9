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
                let issues =
                    errors + LexiconOptions.emptyOverlays(lexiconOptions.overlays) + LexiconLinter.check(lex, eventCodes: Set(Ontology.shared.all.map(\.code)))
                    + EventCoder.lexiconProblems(lex)
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
                let homographs = lex.countries.filter { !$0.names.isEmpty && $0.nisbaForms.isEmpty && !$0.homographNisbaForms.isEmpty && !$0.capitals.isEmpty }
                    .count
                print("version           \(lex.version)")
                print(
                    "states            \(lex.countries.count) (\(complete + homographs) with name, nisba and capital; \(homographs) of them with a homograph nisba only)"
                )
                print("organisations     \(lex.organisations.count)")
                print("agents            \(lex.agents.count) (\(lex.agents.map(\.names.count).reduce(0, +)) forms)")
                print("titles            \(lex.titles.count)")
                print("people            \(lex.people.count)")
                print("dated roles       \(lex.people.map(\.roles.count).reduce(0, +))")
                print("event patterns    \(lex.events.count) (\(lex.verbIndex.count) verb forms, \(lex.nounIndex.count) nouns)")
                let codes = Set(lex.events.filter { !$0.isReport }.map(\.code))
                let roots = Set(codes.map { String($0.prefix(2)) })
                print("CAMEO codes       \(codes.count) of \(Ontology.shared.all.count) coded by some pattern, in \(roots.count) of 20 roots")
                print("actor phrases     \(lex.actorIndex.count)")
                print("cue kinds         \(lex.cues.count) (\(lex.cues.values.map(\.count).reduce(0, +)) words)")
                if let c = try PredicateCoverage.measure(lex) {
                    let pct = { (n: Int) in String(format: "%.1f%%", 100 * Double(n) / Double(max(1, c.total))) }
                    print(
                        "mined predicates  \(c.total): \(c.covered) covered by a pattern (\(pct(c.covered))), \(c.ruledOut) ruled out as not events (\(pct(c.ruledOut))), "
                            + "\(c.uncovered.count) neither\(c.uncovered.isEmpty ? "" : ": " + c.uncovered.prefix(20).joined(separator: " "))")
                }
            }
        }
    }
}

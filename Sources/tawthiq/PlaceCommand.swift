import ArabicText
import ArgumentParser
import EventCoding
import Foundation

extension Tawthiq {
    struct PlaceCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "place",
            abstract: "Resolve an Arabic place name to a point of the gazetteer, and say why.",
            discussion: """
                Examples: tawthiq place "حمص" --date 2015-08-01
                          tawthiq place "طرابلس" --context "اشتباكات بين الجيش اللبناني ومسلحين" --output json
                The context (a sentence or an article) gives the states named around the name, and its dateline.
                Exit status: 0 resolved, 1 nothing in the name is a place of the lexicon or the gazetteer.
                """)

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "The Arabic place name (several arguments are joined with spaces).") var words: [String]
        @Option(help: "The date to resolve for (YYYY-MM-DD): a state that did not exist yet is the one it was part of.") var date: String?
        @Option(help: "A sentence or article around the name: the states it names decide between namesakes.") var context: String?
        @Option(help: "Output format: text or json (one object on one line).") var output: OutputFormat = .text
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
            if words.joined().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("give an Arabic place name, e.g. tawthiq place \"حمص\" --date 2015-08-01")
            }
        }

        func run() async throws {
            let name = words.joined(separator: " ")
            let resolver = PlaceResolver(lexicon: try lexiconOptions.load())
            guard let r = resolver.explain(name, context: context, date: date.flatMap(CalendarDay.init(iso:))) else {
                Console.error("no place in «\(name)»: no state, capital or place of the lexicon, nor a town of the gazetteer, matches")
                throw ExitCode(1)
            }
            switch output {
            case .json:
                print(r.jsonLine)
            case .text:
                func line(_ c: PlaceCandidate) -> String {
                    let pop = c.population > 0 ? ", \(c.population) people" : ""
                    return
                        "\(c.english) (\(c.country), \(c.kind)\(c.admin1.map { ", admin1 \($0)" } ?? "")\(pop)) \(EventJSON.coordinate(c.lat)), \(EventJSON.coordinate(c.lon))"
                        + (c.geonameid.map { " geonameid \($0)" } ?? "") + " [\(c.location)]"
                }
                var rows: [(String, String)] = [("mention", r.mention)]
                if r.matched != r.mention { rows.append(("matched", r.matched)) }
                rows.append(("date", r.date ?? "(none)"))
                rows.append(("place", line(r.chosen)))
                rows.append(("read as", r.source))
                rows.append(("rule", r.rule))
                rows.append(("reason", r.reason))
                for (k, v) in rows { print(k.padding(toLength: 9, withPad: " ", startingAt: 0) + v) }
                if r.candidates.count > 1 {
                    print("readings")
                    for c in r.candidates { print("  " + line(c)) }
                }
            }
        }
    }
}

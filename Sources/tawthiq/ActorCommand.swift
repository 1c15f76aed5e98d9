import ArabicText
import ArgumentParser
import EventCoding
import Foundation

extension Tawthiq {
    struct ActorCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actor",
            abstract: "Resolve an Arabic actor mention to its CAMEO code on a date, and say why.",
            discussion: """
                Examples: tawthiq actor "الرئيس السوري" --date 2012-01-01
                          tawthiq actor "الشرع" --date 2025-06-01 --output json
                A title of a country without a name also names the person who held the office on the date.
                Exit status: 0 resolved, 1 nothing in the mention is an actor of the lexicon.
                """)

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "The Arabic mention (several arguments are joined with spaces).") var words: [String]
        @Option(help: "The date to resolve for (YYYY-MM-DD); without it people take their latest role.") var date: String?
        @Option(help: "Output format: text or json (one object on one line).") var output: OutputFormat = .text
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
            if words.joined().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("give an Arabic mention, e.g. tawthiq actor \"الرئيس السوري\" --date 2012-01-01")
            }
        }

        func run() async throws {
            let mention = words.joined(separator: " ")
            let resolver = ActorResolver(lexicon: try lexiconOptions.load())
            let day = date.flatMap(CalendarDay.init(iso:))
            guard let r = resolver.resolve(mention, date: day) else {
                Console.error(
                    "no actor in «\(mention)»: no country, capital, seat, organisation, agent, title or person of the lexicon matches "
                        + "(a nisba alone is not an actor; `tawthiq trace` shows the tokens)")
                throw ExitCode(1)
            }
            switch output {
            case .json:
                print(r.jsonLine)
            case .text:
                var rows: [(String, String)] = [("mention", r.mention)]
                if r.matched != r.mention { rows.append(("matched", r.matched)) }
                rows.append(("date", r.date ?? "(none: latest roles)"))
                rows.append(("code", r.code))
                rows.append(("country", r.country ?? "-"))
                rows.append(("role", r.role ?? "-"))
                if let p = r.person { rows.append(("person", p + (r.personName.map { " (\($0))" } ?? ""))) }
                if let o = r.office { rows.append(("office", o)) }
                if let h = r.holder { rows.append(("holder", h)) }
                rows.append(("reason", r.reason))
                for (k, v) in rows { print(k.padding(toLength: 9, withPad: " ", startingAt: 0) + v) }
            }
        }
    }
}

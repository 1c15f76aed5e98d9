import ArgumentParser
import Foundation
import Store

extension Tawthiq {
    struct Events: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List stored event reports (one a row), filtered by actor, code, type, dates, outlet or flags.")

        @OptionGroup var filter: EventFilterOptions
        @Option(help: "Output: jsonl, csv or tsv.") var output: StoredEventFormat = .jsonl
        @Flag(help: "Add the evidence (sentence and lexicon entries) to JSONL rows.") var explain = false
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await store.streaming { db, out in
                if let h = output.header { out.write(h) }
                for e in try await db.events(try filter.filter()) { out.write(output.row(e, explain: explain)) }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export deduplicated events: jsonl, csv (GDELT 2.0 columns), gdelt (GDELT 2.0, tab separated) or phoenix.",
            discussion: """
                One row an event, however many articles reported it: NumMentions, NumSources and NumArticles \
                count its reports. Fields Tawthiq cannot know (tone, geography) are empty.
                """)

        @OptionGroup var filter: EventFilterOptions
        @Option(help: "jsonl, csv, gdelt or phoenix.") var format: ExportFormat = .jsonl
        @Flag(help: "No header row (GDELT's and Phoenix's own files have none).") var noHeader = false
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await store.streaming { db, out in
                if !noHeader, let h = format.header { out.write(h) }
                for g in try await db.groups(try filter.filter()) { out.write(format.row(g)) }
            }
        }
    }
}

extension StoredEventFormat: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension PeriodUnit: ExpressibleByArgument {}

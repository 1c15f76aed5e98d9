import EventCoding
import Foundation
import Lexicon
import Testing

/// The project's ontology table against the shared reference `../shared/ontology/cameo.tsv`.
@Suite struct OntologyTests {

    struct ReferenceRow {
        var code, root, name, plover, mode, context: String
        var goldstein: Double
        var quad: Int
    }

    static func referenceRows() throws -> [ReferenceRow] {
        let text = try String(contentsOf: SharedData.require("ontology/cameo.tsv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst()
        #expect(
            header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                == ["code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"])
        return try lines.enumerated().map { i, line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let goldstein = try #require(Double(f[3]), "cameo.tsv:\(i + 2)")
            let quad = try #require(Int(f[4]), "cameo.tsv:\(i + 2)")
            return ReferenceRow(
                code: f[0], root: f[1], name: f[2], plover: f[5], mode: f[6], context: f[7], goldstein: goldstein,
                quad: quad)
        }
    }

    @Test func bundledTableLoads() throws {
        // `Ontology.shared` traps if this fails, so this test is what keeps it crash-free.
        let ontology = try Ontology.load(from: Ontology.bundledTableURL)
        #expect(ontology.all.count == 311)
        #expect(Ontology.shared.all == ontology.all)
    }

    @Test(.needsShared("ontology/cameo.tsv")) func tableHasExactlyTheReferenceCodes() throws {
        let reference = try Self.referenceRows()
        let ontology = Ontology.shared
        #expect(reference.count == 311)
        #expect(ontology.all.map(\.code) == reference.map(\.code))
        for row in reference {
            let entry = try #require(ontology.entry(row.code), "missing \(row.code)")
            #expect(entry.root == row.root, "\(row.code) root")
            #expect(entry.name == row.name, "\(row.code) name")
            #expect(entry.goldstein == row.goldstein, "\(row.code) Goldstein")
            #expect(entry.quad == row.quad, "\(row.code) quad class")
            #expect(entry.plover == (row.plover.isEmpty ? nil : row.plover), "\(row.code) PLOVER type")
            #expect(entry.mode == (row.mode.isEmpty ? nil : row.mode), "\(row.code) PLOVER mode")
            #expect(entry.context == (row.context.isEmpty ? nil : row.context), "\(row.code) PLOVER context")
        }
    }

    /// Complete on its own terms, without the shared reference: all 20 roots, each with its
    /// general code (010 … 200), every code under a parent that is in the table, one quad class a
    /// root, a PLOVER type for every code from root 03 on, and every code the built-in lexicon can
    /// emit is in the table.
    @Test func tableIsCompleteWithoutTheSharedReference() throws {
        let o = Ontology.shared
        let codes = Set(o.all.map(\.code))
        #expect(o.all.count == 311 && codes.count == 311)
        let roots = (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" }
        for root in roots {
            #expect(codes.contains(root), "root \(root) is missing")
            #expect(codes.contains(root + "0"), "the general code \(root)0 is missing")
            let quads = Set(o.all.filter { $0.root == root }.map(\.quad))
            #expect(quads.count == 1, "root \(root) has quad classes \(quads)")
        }
        for e in o.all {
            #expect(roots.contains(e.root) && e.code.hasPrefix(e.root), "\(e.code) under root \(e.root)")
            if e.code.count == 4 { #expect(codes.contains(String(e.code.prefix(3))), "\(e.code) has no parent \(e.code.prefix(3))") }
            #expect((-10...10).contains(e.goldstein) && (1...4).contains(e.quad), "\(e.code)")
            if e.root >= "03" { #expect(e.plover != nil, "\(e.code) has no PLOVER type") }
            #expect(!e.name.isEmpty)
        }
        let issues = LexiconLinter.check(Lexicon.load().lexicon, eventCodes: codes)
        #expect(issues.isEmpty, "lexicon codes not in the table: \(issues.map(\.description))")
    }

    @Test func spotChecks() throws {
        let o = Ontology.shared
        let visit = try #require(o.entry("042"))
        #expect(visit.name == "Make a visit")
        #expect(visit.root == "04" && visit.plover == "CONSULT" && visit.mode == "visit")
        #expect(visit.goldstein == 1.9 && visit.quad == 1)

        // "economic" is 0311's PLOVER context; the PLOVER table gives it no mode.
        let economic = try #require(o.entry("0311"))
        #expect(economic.name == "Express intent to cooperate economically")
        #expect(economic.plover == "AGREE" && economic.mode == nil && economic.context == "economic")
        #expect(economic.goldstein == 5.2 && economic.quad == 1)

        let fight = try #require(o.entry("190"))
        #expect(fight.root == "19" && fight.plover == "ASSAULT" && fight.goldstein == -10 && fight.quad == 4)

        let riot = try #require(o.entry("145"))
        #expect(riot.root == "14" && riot.plover == "PROTEST" && riot.mode == "riot" && riot.goldstein == -7.5)
        #expect(riot.quad == 3)

        let statement = try #require(o.entry("010"))
        #expect(statement.plover == nil && statement.mode == nil && statement.quad == 1)

        #expect(o.entry("999") == nil)
        #expect(o.entry("") == nil)
    }

    @Test func parseErrorsNameFileAndLine() {
        func error(_ text: String) -> String? {
            do {
                _ = try Ontology.parse(text, file: "t.txt")
                return nil
            } catch {
                return (error as? OntologyError)?.description
            }
        }
        let heading = "# comment\n== 04 CONSULT ==\n"
        #expect(error(heading + "042 | 1.9 | 1 | CONSULT | visit | - | Make a visit\n") == nil)
        #expect(error(heading + "042 | 1.9 | 1 | CONSULT | visit\n")?.hasPrefix("t.txt:3: expected 7 fields") == true)
        #expect(error(heading + "0a2 | 1.9 | 1 | - | - | - | X\n")?.hasPrefix("t.txt:3: code must be") == true)
        #expect(error(heading + "052 | 1.9 | 1 | - | - | - | X\n") == "t.txt:3: code 052 is not under root 04")
        #expect(error(heading + "042 | 11 | 1 | - | - | - | X\n")?.hasPrefix("t.txt:3: Goldstein") == true)
        #expect(error(heading + "042 | 1 | 5 | - | - | - | X\n")?.hasPrefix("t.txt:3: quad class") == true)
        #expect(error(heading + "042 | 1 | 1 | - | - | - |\n") == "t.txt:3: code 042 has no name")
        #expect(
            error(heading + "042 | 1 | 1 | - | - | - | X\n\n042 | 1 | 1 | - | - | - | Y\n")
                == "t.txt:5: duplicate code 042")
        #expect(error("042 | 1 | 1 | - | - | - | X\n") == "t.txt:1: entry before the first root heading")
        #expect(error("== 4 X ==\n")?.hasPrefix("t.txt:1: root heading") == true)
        #expect(error("# only comments\n") == "t.txt: no entries")
        // A name may hold '|': it is the last field.
        let piped = try? Ontology.parse(heading + "042 | 1 | 1 | - | - | - | a | b\n", file: "t.txt")
        #expect(piped?.entry("042")?.name == "a | b")
    }

    @Test func loadNamesAMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/cameo.txt")
        #expect(throws: OntologyError.self) { try Ontology.load(from: url) }
        do {
            _ = try Ontology.load(from: url)
        } catch {
            #expect("\(error)".hasPrefix("/nonexistent/cameo.txt: cannot read"))
        }
    }
}

import ArgumentParser
import Evaluation
import EventCoding
import Foundation
import Lexicon

extension Tawthiq {
    struct TrainGate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "train-gate",
            abstract: "Rebuild the learned sentence gates (ASSAULT, PROTEST) from a GSR directory.",
            discussion: "Writes <out>/assault.weights and <out>/protest.weights and prints 5-fold cross-validated P/R/F1.")

        @Argument(help: "The GSR directory (assault.csv, protest.csv).") var directory: String
        @Option(help: "Where to write the weights.") var out: String = "Sources/EventCoding/Resources/gate"
        @Option(help: "L2 regularisation.") var l2: Double = 1.0
        @Option(help: "Keep word features seen in at least this many sentences.") var minCount: Int = 5
        @Option(help: "Training epochs.") var epochs: Int = 25
        @Flag(inversion: .prefixedNo, help: "Train on the share of annotators who accepted instead of the hard label.") var softLabels = false
        @Option(help: "Write each candidate sentence's cross-validated score to this TSV (for error analysis).") var dumpCv: String?
        @OptionGroup var lexiconOptions: LexiconOptions

        func run() async throws {
            let coder = EventCoder(lexicon: try lexiconOptions.load(), gates: [:])
            for (type, file) in [("ASSAULT", "assault.csv"), ("PROTEST", "protest.csv")] {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(file)
                let records: [CSVRecord]
                do {
                    let d = try InputFiles.read(url.path)
                    records = try CSVReader.records(in: DocumentReader.decodeUTF8(d, name: url.path), file: url.path)
                } catch {
                    Console.error("\(error)")
                    throw ExitCode(2)
                }
                var examples: [(features: Set<Word>, positive: Bool, soft: Double)] = []
                var missed = 0
                var rows: [String] = []
                for r in records.dropFirst() where r.fields.count >= 7 {
                    let label = r.fields[2]
                    guard label != "ambiguous" else { continue }
                    let positive = label == "yes"
                    let feats = coder.gateFeatures(text: r.fields[6], plover: type).compactMap { $0 }
                    if feats.isEmpty {
                        if positive { missed += 1 }
                        continue
                    }
                    // Soft label: the share of annotators who accepted (scoring still uses the hard label).
                    let accept = Double(r.fields[3]) ?? 0
                    let total = Double(r.fields[5]) ?? 0
                    let soft = softLabels && total > 0 ? accept / total : (positive ? 1 : 0)
                    examples.append((feats.reduce(into: Set<Word>()) { $0.formUnion($1) }, positive, soft))
                    rows.append(r.fields[0] + "\t" + label + "\t" + r.fields[6].replacingOccurrences(of: "\t", with: " "))
                }
                let (gate, rep) = GateTrainer.train(name: type, examples: examples, missedByRules: missed, epochs: epochs, l2: l2, minCount: minCount)
                if let dumpCv {
                    let lines = zip(rows, rep.cvScores).map { "\(type)\t\(String(format: "%.3f", $1))\t\($0)" }
                    let file = dumpCv + "." + type.lowercased() + ".tsv"
                    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
                }
                let path = URL(fileURLWithPath: out).appendingPathComponent(type.lowercased() + ".weights")
                try gate.rendered.write(to: path, atomically: true, encoding: .utf8)
                print(
                    "\(type): \(rep.examples) candidate sentences (\(rep.positives) positive), \(rep.missedByRules) positives with no candidate; "
                        + "5-fold CV at threshold \(rep.threshold): P \(String(format: "%.3f", rep.cvPrecision)) R \(String(format: "%.3f", rep.cvRecall)) F1 \(String(format: "%.3f", rep.cvF1)); \(rep.features) weights → \(path.path)")
            }
        }
    }
}

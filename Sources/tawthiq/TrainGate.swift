import ArabicText
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
        @Option(help: "Training epochs.") var epochs: Int = 50
        @Flag(inversion: .prefixedNo, help: "Train on the share of annotators who accepted instead of the hard label.") var softLabels = false
        @Flag(inversion: .prefixedNo, help: "Also measure the whole coder (rules + gate) held out, 5 folds by sentence id.") var systemCv = true
        @Option(help: "Write each candidate sentence's cross-validated score to this TSV (for error analysis).") var dumpCv: String?
        @Option(
            help: ArgumentHelp(
                "A gold JSONL file (as `eval gold` reads) whose sentences train the gates too: real news beside the GSR. Repeatable.",
                discussion:
                    "A sentence is a positive of a gate when one of its gold events is of the gate's PLOVER type; a gate whose type the gold files hold fewer than 10 sentences of is trained on the GSR alone."
            )
        ) var gold: [String] = []
        @OptionGroup var lexiconOptions: LexiconOptions

        /// The fewest sentences of a type the gold files must hold to train that type's gate.
        static let minGoldPositives = 10

        /// Feature families a type's gate does not learn. PROTEST has about 50 positive sentences
        /// spread over some fifteen protest patterns and dozens of others: a pattern's own feature
        /// (`p:`, kept however rare) learns the few sentences it fires in, while the root (`r:`) and
        /// the trigger's stem (`t:`) carry what generalises (docs/decisions.md, stop 24).
        static let familiesLeftOut: [String: [String]] = ["PROTEST": ["p:"]]

        /// The sentence's features as `type`'s gate learns them.
        static func learned(_ features: [Set<Word>], type: String) -> Set<Word> {
            let all = features.reduce(into: Set<Word>()) { $0.formUnion($1) }
            guard let families = familiesLeftOut[type] else { return all }
            return all.filter { f in !families.contains { f.text.hasPrefix($0) } }
        }

        /// A stable fold for a sentence id (FNV-1a), so folds do not depend on file order.
        static func fold(of id: String) -> Int {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return Int(h % 5)
        }

        func run() async throws {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("cannot create the output directory \(out): \(error.localizedDescription)")
            }
            let coder = EventCoder(lexicon: try lexiconOptions.load(), gates: [:])
            var goldSentences: [GoldSentence] = []
            for file in gold {
                do {
                    goldSentences += try GoldEvaluator(file: URL(fileURLWithPath: file)).trainingSentences
                } catch {
                    Console.error("\(error)")
                    throw ExitCode(2)
                }
            }
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
                var exampleFold: [Int] = []
                var sentences: [(text: String, positive: Bool, fold: Int, date: CalendarDay?)] = []
                var missed = 0
                var rows: [String] = []
                for r in records.dropFirst() where r.fields.count >= 7 {
                    let label = r.fields[2]
                    guard label != "ambiguous" else { continue }
                    let positive = label == "yes"
                    let fold = Self.fold(of: r.fields[0])
                    let date = GSREvaluator.publicationDate(ofID: r.fields[0])
                    sentences.append((r.fields[6], positive, fold, date))
                    // (The features of the sentence coded on its date, as `eval gsr` codes it.)
                    let feats = coder.gateFeatures(text: r.fields[6], plover: type, date: date).compactMap { $0 }
                    if feats.isEmpty {
                        if positive { missed += 1 }
                        continue
                    }
                    // Soft label: the share of annotators who accepted (scoring still uses the hard label).
                    let accept = Double(r.fields[3]) ?? 0
                    let total = Double(r.fields[5]) ?? 0
                    let soft = softLabels && total > 0 ? accept / total : (positive ? 1 : 0)
                    examples.append((Self.learned(feats, type: type), positive, soft))
                    exampleFold.append(fold)
                    rows.append(r.fields[0] + "\t" + label + "\t" + r.fields[6].replacingOccurrences(of: "\t", with: " "))
                }
                // Real news beside the GSR: in every fold's training data, and in the threshold's
                // choice; the whole coder's held-out figures below keep the two apart. A gold file
                // with fewer than `minGoldPositives` of the type cannot teach its gate and only
                // shifts it: it is left out of that gate.
                let typed = goldSentences.filter { g in g.codes.contains { coder.ontology.entry($0)?.plover == type } }.count
                for g in typed >= Self.minGoldPositives ? goldSentences : [] {
                    let feats = coder.gateFeatures(text: g.text, plover: type, date: g.date).compactMap { $0 }
                    let positive = g.codes.contains { coder.ontology.entry($0)?.plover == type }
                    if feats.isEmpty {
                        if positive { missed += 1 }
                        continue
                    }
                    examples.append((Self.learned(feats, type: type), positive, positive ? 1 : 0))
                    exampleFold.append(Self.fold(of: g.id))
                    rows.append(g.id + "\t" + (positive ? "yes" : "no") + "\t" + g.text.replacingOccurrences(of: "\t", with: " "))
                }
                let (gate, rep) = GateTrainer.train(
                    name: type, examples: examples, missedByRules: missed, epochs: epochs, l2: l2, minCount: minCount, foldOf: exampleFold)
                if let dumpCv {
                    let lines = zip(rows, rep.cvScores).map { "\(type)\t\(String(format: "%.3f", $1))\t\($0)" }
                    let file = dumpCv + "." + type.lowercased() + ".tsv"
                    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
                }
                if systemCv {
                    // The whole coder held out: for each fold, a gate trained without it codes it
                    // (the GSR's sentences, and apart the gold files' real news).
                    let real = (typed >= Self.minGoldPositives ? goldSentences : []).map { g in
                        (text: g.text, positive: g.codes.contains { coder.ontology.entry($0)?.plover == type }, fold: Self.fold(of: g.id), date: g.date)
                    }
                    var counts = [(tp: 0, fp: 0, fn: 0), (tp: 0, fp: 0, fn: 0)]
                    for k in 0..<5 {
                        let train = examples.indices.filter { exampleFold[$0] != k }.map { examples[$0] }
                        let g = GateTrainer.model(name: type, examples: train, threshold: rep.threshold, epochs: epochs, l2: l2, minCount: minCount)
                        let foldCoder = EventCoder(lexicon: coder.lexicon, gates: [type: g])
                        for (set, list) in [sentences, real].enumerated() {
                            for s in list where s.fold == k {
                                let predicted = foldCoder.detect(text: s.text, date: s.date).contains { $0.plover == type }
                                if predicted && s.positive {
                                    counts[set].tp += 1
                                } else if predicted {
                                    counts[set].fp += 1
                                } else if s.positive {
                                    counts[set].fn += 1
                                }
                            }
                        }
                    }
                    for (set, label) in ["5-fold held out by sentence id", "the gold files' sentences, held out the same way"].enumerated()
                    where set == 0 || !real.isEmpty {
                        let (tp, fp, fn) = counts[set]
                        let p = Double(tp) / Double(max(1, tp + fp))
                        let r = Double(tp) / Double(max(1, tp + fn))
                        print(
                            "\(type): whole coder, \(label): TP \(tp) FP \(fp) FN \(fn), P \(String(format: "%.3f", p)) R \(String(format: "%.3f", r)) F1 \(String(format: "%.3f", p + r == 0 ? 0 : 2 * p * r / (p + r)))"
                        )
                    }
                }
                let path = URL(fileURLWithPath: out).appendingPathComponent(type.lowercased() + ".weights")
                try gate.rendered.write(to: path, atomically: true, encoding: .utf8)
                print(
                    "\(type): \(rep.examples) candidate sentences (\(rep.positives) positive), \(rep.missedByRules) positives with no candidate; "
                        + "5-fold CV at threshold \(rep.threshold): P \(String(format: "%.3f", rep.cvPrecision)) R \(String(format: "%.3f", rep.cvRecall)) F1 \(String(format: "%.3f", rep.cvF1)); \(rep.features) weights → \(path.path)"
                )
            }
        }
    }
}

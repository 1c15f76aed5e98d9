import Foundation
import Lexicon

/// A small logistic model over sentence features that decides whether a sentence with an
/// ASSAULT or PROTEST trigger reports an act (rather than background, analysis or opinion).
///
/// Trained only on the development GSR by `tawthiq train-gate`; its weights are a text file
/// (`feature<TAB>weight`, first line `bias<TAB>b`, second `threshold<TAB>t`) shipped as a resource.
/// The rules still find every event and its actors; the gate only keeps or drops it, and its score
/// is written into the event's evidence.
public struct SentenceGate: Sendable {
    public let name: String
    public let bias: Double
    public let threshold: Double
    public let weights: [Word: Double]

    public init(name: String, bias: Double, threshold: Double, weights: [Word: Double]) {
        self.name = name
        self.bias = bias
        self.threshold = threshold
        self.weights = weights
    }

    public func score(_ features: Set<Word>) -> Double {
        var z = bias
        for f in features { z += weights[f] ?? 0 }
        return 1 / (1 + exp(-z))
    }

    /// Parses the weights format; nil when it is malformed.
    public static func parse(_ text: String, name: String) -> SentenceGate? {
        var bias: Double?
        var threshold: Double?
        var w: [Word: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let v = Double(parts[1]) else { return nil }
            switch parts[0] {
            case "bias": bias = v
            case "threshold": threshold = v
            default: w[Word(String(parts[0]))] = v
            }
        }
        guard let bias, let threshold else { return nil }
        return SentenceGate(name: name, bias: bias, threshold: threshold, weights: w)
    }

    /// The text form `parse` reads.
    public var rendered: String {
        var out = "# sentence gate \(name): logistic weights trained by `tawthiq train-gate`\nbias\t\(bias)\nthreshold\t\(threshold)\n"
        for (k, v) in weights.sorted(by: { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key.text < $1.key.text }) {
            out += "\(k)\t\(v)\n"
        }
        return out
    }

    /// The gates shipped with Tawthiq, by PLOVER type.
    public static let bundled: [String: SentenceGate] = {
        var out: [String: SentenceGate] = [:]
        guard let dir = Bundle.module.resourceURL?.appendingPathComponent("gate") else { return out }
        for type in ["ASSAULT", "PROTEST"] {
            let url = dir.appendingPathComponent(type.lowercased() + ".weights")
            if let d = FileManager.default.contents(atPath: url.path), let g = parse(String(decoding: d, as: UTF8.self), name: type) {
                out[type] = g
            }
        }
        return out
    }()
}

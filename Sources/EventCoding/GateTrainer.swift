import Foundation
import Lexicon

/// Trains a `SentenceGate`: L2-regularised logistic regression by AdaGrad over binary features,
/// with k-fold cross-validation to choose the threshold and to estimate held-out quality honestly.
public enum GateTrainer {
    public struct Report: Sendable {
        public let examples: Int
        public let positives: Int
        /// Gold positives with no rule candidate: false negatives the gate cannot recover.
        public let missedByRules: Int
        public let threshold: Double
        public let cvPrecision: Double
        public let cvRecall: Double
        public let cvF1: Double
        public let features: Int
        /// The cross-validated score of every example, in input order (for error analysis).
        public let cvScores: [Double]
    }

    public static func train(
        name: String, examples: [(features: Set<Word>, positive: Bool, soft: Double)], missedByRules: Int, folds: Int = 5, epochs: Int = 25,
        l2: Double = 0.01, keep: Int = 3000, minCount: Int = 3, foldOf: [Int]? = nil, tolerance: Double = 0.005
    ) -> (SentenceGate, Report) {
        let xs = vectors(examples, minCount: minCount)
        let soft = examples.map(\.soft)
        // Deterministic fold assignment.
        let fold = foldOf ?? xs.indices.map { ($0 &* 2_654_435_761) % folds }
        var cvScores = [Double](repeating: 0, count: xs.count)
        for k in 0..<folds {
            let idx = xs.indices.filter { fold[$0] != k }
            let (w, b) = fit(idx.map { xs[$0] }, targets: idx.map { soft[$0] }, epochs: epochs, l2: l2)
            for i in xs.indices where fold[i] == k { cvScores[i] = predict(xs[i].0, w, b) }
        }
        let positives = xs.filter(\.1).count
        var curve: [(t: Double, p: Double, r: Double, f: Double)] = []
        for step in 5..<95 {
            let t = Double(step) / 100
            var tp = 0
            var fp = 0
            for i in xs.indices where cvScores[i] >= t { if xs[i].1 { tp += 1 } else { fp += 1 } }
            let fn = positives - tp + missedByRules
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            curve.append((t, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)))
        }
        // The highest threshold whose CV F1 is within `tolerance` of the best: near its top the
        // curve is flat (a sentence either way), and the argmax moved with every change of the
        // candidates; of thresholds that score alike, the stricter one keeps real news precise
        // (docs/decisions.md, "Gate threshold").
        let top = curve.map(\.f).max() ?? 0
        let best = curve.last { $0.f >= top - tolerance } ?? (0.5, 0, 0, 0)
        let (w, b) = fit(xs, targets: soft, epochs: epochs, l2: l2)
        let kept = w.sorted { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key.text < $1.key.text }.prefix(keep)
        let gate = SentenceGate(name: name, bias: b, threshold: best.t, weights: Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) }))
        return (
            gate,
            Report(
                examples: xs.count, positives: positives, missedByRules: missedByRules, threshold: best.t, cvPrecision: best.p,
                cvRecall: best.r, cvF1: best.f, features: gate.weights.count, cvScores: cvScores)
        )
    }

    /// A gate trained on `examples` alone with a given threshold (for held-out evaluation of the
    /// whole coder: train without a fold, code the fold).
    public static func model(
        name: String, examples: [(features: Set<Word>, positive: Bool, soft: Double)], threshold: Double, epochs: Int = 25,
        l2: Double = 0.01, minCount: Int = 3
    ) -> SentenceGate {
        let xs = vectors(examples, minCount: minCount)
        let (w, b) = fit(xs, targets: examples.map(\.soft), epochs: epochs, l2: l2)
        return SentenceGate(name: name, bias: b, threshold: threshold, weights: w)
    }

    /// Each example's features that are seen in at least `minCount` examples (cues and trigger
    /// patterns always), sorted: the same sums in the same order on every run (Set order is
    /// seeded per process).
    static func vectors(_ examples: [(features: Set<Word>, positive: Bool, soft: Double)], minCount: Int) -> [([Word], Bool)] {
        var df: [Word: Int] = [:]
        for e in examples { for f in e.features { df[f, default: 0] += 1 } }
        let vocab = Set(df.filter { $0.value >= minCount || $0.key.text.hasPrefix("cue:") || $0.key.text.hasPrefix("p:") }.keys)
        return examples.map { (Array($0.features.intersection(vocab)).sorted { $0.text < $1.text }, $0.positive) }
    }

    static func predict(_ x: [Word], _ w: [Word: Double], _ b: Double) -> Double {
        var z = b
        for f in x { z += w[f] ?? 0 }
        return 1 / (1 + exp(-z))
    }

    /// `targets` are the training labels in [0, 1] (soft labels: the share of annotators who accepted).
    static func fit(_ xs: [([Word], Bool)], targets: [Double], epochs: Int, l2: Double) -> ([Word: Double], Double) {
        var w: [Word: Double] = [:]
        var g2: [Word: Double] = [:]
        var b = 0.0
        var gb = 1e-8
        let lr = 0.3
        for epoch in 0..<epochs {
            // A fixed, epoch-dependent order keeps training deterministic.
            let order = xs.indices.sorted { ($0 &* 40503 &+ epoch &* 7919) % 10007 < ($1 &* 40503 &+ epoch &* 7919) % 10007 }
            for i in order {
                let x = xs[i].0
                let p = predict(x, w, b)
                let g = p - targets[i]
                gb += g * g
                b -= lr * g / gb.squareRoot()
                for f in x {
                    let gf = g + l2 * (w[f] ?? 0)
                    g2[f, default: 1e-8] += gf * gf
                    w[f, default: 0] -= lr * gf / g2[f]!.squareRoot()
                }
            }
        }
        return (w, b)
    }
}

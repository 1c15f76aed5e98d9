import ArabicText
import ArgumentParser
import Evaluation
import EventCoding
import Foundation
import Lexicon

extension Tawthiq {
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure speed: lexicon load time, sentences/s and MB/s on one core and on all cores, peak memory.",
            discussion: "Build in release for real figures: swift run -c release tawthiq bench ../shared/data/arabic_event_gsr_dev")

        @Argument(help: "A GSR directory (its CSV sentences are the corpus) or text files.") var inputs: [String] = []
        @Option(name: .customLong("repeat"), help: "Repeat the corpus this many times.") var repetitions: Int = 5
        @OptionGroup var lexiconOptions: LexiconOptions

        func run() async throws {
            let t0 = DispatchTime.now()
            let lex = try lexiconOptions.load()
            let loadMs = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6
            let memAfterLoad = PeakMemory.residentMB()
            let coder = EventCoder(lexicon: lex)
            var sentences: [String] = []
            for input in inputs {
                sentences += try BenchCorpus.sentences(from: input)
            }
            if sentences.isEmpty { throw ValidationError("no sentences to code: give a GSR directory or text files") }
            let corpus = Array(repeating: sentences, count: max(1, repetitions)).flatMap { $0 }
            let bytes = corpus.reduce(0) { $0 + $1.utf8.count }
            print("machine           \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB")
            print("lexicon load      \(String(format: "%.1f", loadMs)) ms, resident \(String(format: "%.1f", memAfterLoad)) MB after load")
            print("corpus            \(corpus.count) sentences, \(String(format: "%.2f", Double(bytes) / 1e6)) MB")
            // Cold: the first pass over the sentences, the clitic memo empty.
            var t = DispatchTime.now()
            var events = 0
            for s in sentences { events += coder.code(text: s, date: nil).count }
            var secs = Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
            print("one core, cold    \(Int(Double(sentences.count) / secs)) sentences/s (first pass, memo empty)")
            // One core, warm (as in any long run: news repeats its words).
            t = DispatchTime.now()
            events = 0
            for s in corpus { events += coder.code(text: s, date: nil).count }
            secs = Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
            print(
                "one core          \(Int(Double(corpus.count) / secs)) sentences/s, \(String(format: "%.2f", Double(bytes) / 1e6 / secs)) MB/s, \(events) events"
            )
            // All cores.
            let cores = ProcessInfo.processInfo.activeProcessorCount
            t = DispatchTime.now()
            let chunk = (corpus.count + cores - 1) / cores
            let total = await withTaskGroup(of: Int.self) { g in
                for c in 0..<cores {
                    let slice = Array(corpus[min(corpus.count, c * chunk)..<min(corpus.count, (c + 1) * chunk)])
                    g.addTask { slice.reduce(0) { $0 + coder.code(text: $1, date: nil).count } }
                }
                return await g.reduce(0, +)
            }
            secs = Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
            print(
                "\(cores) cores           \(Int(Double(corpus.count) / secs)) sentences/s, \(String(format: "%.2f", Double(bytes) / 1e6 / secs)) MB/s, \(total) events"
            )
            print("peak memory       \(String(format: "%.1f", PeakMemory.peakMB())) MB (VmHWM)")
        }
    }
}

enum BenchCorpus {
    static func sentences(from path: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputError(input: path, place: "", message: "no such file or directory")
        }
        if isDir.boolValue {
            var out: [String] = []
            for f in ["assault.csv", "protest.csv"] {
                let url = URL(fileURLWithPath: path).appendingPathComponent(f)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let text = try DocumentReader.decodeUTF8(try InputFiles.read(url.path), name: url.path)
                for r in try CSVReader.records(in: text, file: url.path).dropFirst() where r.fields.count >= 7 {
                    out.append(r.fields[6])
                }
            }
            return out
        }
        let d = try InputFiles.read(path)
        return try DocumentReader.decodeUTF8(d, name: path).split(separator: "\n").map(String.init)
    }
}

enum PeakMemory {
    static func field(_ name: String) -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return digits / 1024
        }
        return 0
    }
    static func peakMB() -> Double { field("VmHWM:") }
    static func residentMB() -> Double { field("VmRSS:") }
}

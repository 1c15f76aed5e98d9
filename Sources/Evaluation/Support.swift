import Dispatch
import EventCoding
import Foundation

/// Runs `body` for every element on all cores and returns the results in input order.
///
/// The coder closures are `@Sendable`, so the evaluators call them in parallel; each call writes
/// only its own slot of the result buffer.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(body) }
    let slots = Slots<R>(count: items.count)
    defer { slots.free() }
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        slots.buffer[i] = body(items[i])
    }
    return slots.buffer.map { $0! }
}

/// A result buffer whose slots are each written by exactly one task.
private struct Slots<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
    func free() {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

extension Event {
    /// A one-line description for error lists: `190 ASSAULT IRQMIL → IRQCVL «trigger» 2012-02-07`.
    var summary: String {
        var s = "\(cameo) \(plover ?? "-") \(source?.code ?? "-") → \(target?.code ?? "-") «\(trigger.text)»"
        if let date { s += " \(date.iso)" }
        if !flags.isEmpty { s += " [\(flags.map(\.rawValue).joined(separator: ", "))]" }
        return s
    }
}

/// Table formatting shared by the reports' `render()`.
enum Format {
    static func rate(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.3f", value)
    }

    static func agreement(_ a: Agreement) -> String {
        a.compared == 0 ? "—" : "\(a.agreed)/\(a.compared) = \(rate(a.rate))"
    }

    /// Left-aligned columns; the first row is the header, underlined.
    static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var out = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        out += rows.dropFirst().map(line)
        return out.joined(separator: "\n") + "\n"
    }
}

/// Reads a UTF-8 file, naming it in the error.
func readText(_ url: URL) throws -> String {
    let data: Data
    do {
        data = try Data(contentsOf: url)
    } catch {
        throw EvaluationInputError(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw EvaluationInputError(file: url.path, line: 0, message: "not UTF-8 text")
    }
    return text
}

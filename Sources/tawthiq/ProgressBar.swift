import Foundation

/// A progress line on stderr with rate and ETA, drawn only when stderr is a terminal, so logs
/// and pipes stay clean.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    let label: String

    init(label: String, force: Bool = false) {
        self.label = label
        enabled = force || isatty(STDERR_FILENO) == 1
    }

    func update(done: Int, total: Int, final: Bool = false) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard final || now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let width = 30
        let filled = total > 0 ? min(width, width * done / total) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let eta = rate > 0 && total > done ? Int(Double(total - done) / rate) : 0
        let line = String(format: "\r[%@] %d/%d %@  %.1f/s  ETA %d:%02d ", bar, done, total, label, rate, eta / 60, eta % 60)
        FileHandle.standardError.write(Data(line.utf8))
        if final { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

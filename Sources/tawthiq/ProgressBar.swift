import Foundation

/// A progress line on stderr with count, rate and time, drawn only when stderr is a terminal, so logs
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

    private var done = 0
    private var drawn = false

    /// `done` items so far (the input is read as it is worked, so there is no total to show).
    func update(done: Int, final: Bool = false) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        self.done = done
        let now = Date()
        guard final || now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        drawn = true
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let seconds = Int(elapsed)
        let line = String(format: "\r%d %@  %.1f/s  %d:%02d ", done, label, rate, seconds / 60, seconds % 60)
        FileHandle.standardError.write(Data(line.utf8))
        if final { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Draws the last count and ends the line.
    func finish() {
        let last = lock.withLock { done }
        guard enabled, last > 0 || drawn else { return }
        update(done: last, final: true)
    }
}

/// Maps items on several tasks and returns the results in the items' order: how articles are
/// coded on every core (by `code`, `verify` and the ingestor). Work goes out in small slices as
/// tasks finish, so one long article does not leave the other cores idle.
public enum OrderedParallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int, _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        guard items.count > 1, workers > 1 else { return items.map(transform) }
        let slice = max(1, min(8, items.count / (workers * 4)))
        let starts = Array(stride(from: 0, to: items.count, by: slice))
        return await withTaskGroup(of: (Int, [R]).self) { group in
            var next = 0
            func launch() {
                guard next < starts.count else { return }
                let k = next
                let part = Array(items[starts[k]..<min(starts[k] + slice, items.count)])
                group.addTask { (k, part.map(transform)) }
                next += 1
            }
            for _ in 0..<workers { launch() }
            var parts = [[R]](repeating: [], count: starts.count)
            for await (k, done) in group {
                parts[k] = done
                launch()
            }
            return parts.flatMap { $0 }
        }
    }
}

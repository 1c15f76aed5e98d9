import Foundation

/// The time stores write on rows (`ingested_at`, `added`): UTC, "YYYY-MM-DD HH:MM:SS".
public enum StoreClock {
    public static func now() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: Date())
    }
}

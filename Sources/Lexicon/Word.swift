#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A normalised word compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` equality and hashing go through Unicode canonical equivalence, which on
/// Arabic text dominated the coder's profile. Every word the matcher sees is already in one
/// normal form (the project's normaliser), so byte equality is the right equality here.
public struct Word: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    public init(stringLiteral value: String) { self.init(value) }

    public static func == (a: Word, b: Word) -> Bool {
        let x = a.text.utf8
        let y = b.text.utf8
        guard x.count == y.count else { return false }
        if let r = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }), let r {
            return r
        }
        return x.elementsEqual(y)
    }

    public func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in text.utf8 { hasher.combine(b) }
        }
    }

    public var description: String { text }
}

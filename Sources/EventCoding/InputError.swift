/// Bad input, with the input's name and the place in it (line or byte).
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let input: String
    /// "line 3", "byte 1024", or "" when the whole input is at fault.
    public let place: String
    public let message: String

    public init(input: String, place: String, message: String) {
        self.input = input
        self.place = place
        self.message = message
    }

    public var description: String { place.isEmpty ? "\(input): \(message)" : "\(input): \(place): \(message)" }
}

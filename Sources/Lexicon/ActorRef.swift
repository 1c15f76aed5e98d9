/// What an actor phrase in the index points at.
public enum ActorRef: Sendable, Hashable {
    case countryName(Int)
    case capital(Int)
    case seat(Int)
    /// A city, province or region inside a country: locates an event, never acts.
    case place(Int)
    case nisba(Int)
    case organisation(Int)
    case agent(Int)
    case title(Int)
    case person(Int)
    case personShort(Int)
}

import ArabicText

/// One `[war …]` block: an armed conflict inside a state whose sides the press rarely names when it
/// tells where a blow fell. «قصف طيران التحالف مواقع في مأرب»: in Yemen in 2015 the coalition's and
/// Hadi's forces fought the Houthis and Saleh's forces, so violence of theirs at a Yemeni place with
/// no one named as hit is against their enemy (the gold conventions code it so). One direction
/// only: the enemy's blows at a place may fall on civilians as often as on fighters.
public struct WarEntry: Sendable {
    /// The block id (`yemen-2015`).
    public let id: String
    /// The state the war is fought in (ISO alpha-3).
    public let country: String
    /// The first and last day the entry holds (`until` nil: still on).
    public let since: CalendarDay
    public let until: CalendarDay?
    /// Actor codes of one side (`side:`): SAUMIL, YEMMIL.
    public let sides: Set<String>
    /// The actor code of the side they fight (`enemy:`): YEMREB.
    public let enemy: String
    /// The side's actor codes that fly (`air:`, among `side:`): SAUMIL in Yemen, whose enemy has no
    /// aircraft. Empty when air strikes could be either side's.
    public let air: Set<String>
    /// `file:line` of the block header.
    public let location: String

    public init(
        id: String, country: String, since: CalendarDay, until: CalendarDay?, sides: Set<String>, enemy: String, air: Set<String> = [],
        location: String
    ) {
        self.id = id
        self.country = country
        self.since = since
        self.until = until
        self.sides = sides
        self.enemy = enemy
        self.air = air
        self.location = location
    }

    /// Whether the war is on that day.
    public func holds(on day: CalendarDay) -> Bool { since <= day && until.map { day <= $0 } ?? true }
}

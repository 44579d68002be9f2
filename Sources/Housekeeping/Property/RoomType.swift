/// A kind of room with its own cleaning standard: "Standard King", "Twin", "Junior Suite".
public struct RoomType: Hashable, Sendable, Codable, Identifiable {
    /// A short code used in the room list and standards ("STK", "TWN", "JSU").
    public var id: String
    /// The name a guest or a lead would use.
    public var name: String
    /// The number of beds (linen sets are counted per bed).
    public var beds: Int
    /// The most guests the room sleeps.
    public var maximumGuests: Int
    /// Suites need an attendant with the ``Skill/suites`` skill.
    public var isSuite: Bool
    /// The floor area in square metres, used for area caps (a room's own area overrides it).
    public var areaSquareMetres: Double

    public init(id: String, name: String, beds: Int, maximumGuests: Int, isSuite: Bool = false, areaSquareMetres: Double) {
        self.id = id
        self.name = name
        self.beds = beds
        self.maximumGuests = maximumGuests
        self.isSuite = isSuite
        self.areaSquareMetres = areaSquareMetres
    }
}

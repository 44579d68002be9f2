/// A guest room.
public struct Room: Hashable, Sendable, Codable, Identifiable {
    /// The room number as on the door ("0312", "E204"); unique in the property.
    public var number: String
    /// The floor the room is on (``Floor/id``).
    public var floorID: String
    /// The room type (``RoomType/id``).
    public var roomTypeID: String
    /// The room's own floor area in square metres, when it differs from its type's.
    public var areaSquareMetres: Double?
    /// The room it connects to, if any.
    public var connectingRoom: String?

    public var id: String { number }

    public init(number: String, floorID: String, roomTypeID: String, areaSquareMetres: Double? = nil,
                connectingRoom: String? = nil) {
        self.number = number
        self.floorID = floorID
        self.roomTypeID = roomTypeID
        self.areaSquareMetres = areaSquareMetres
        self.connectingRoom = connectingRoom
    }
}

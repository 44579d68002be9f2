/// A building or wing of the property. A city hotel usually has one.
public struct Building: Hashable, Sendable, Codable, Identifiable {
    /// A short code ("MAIN", "EAST").
    public var id: String
    /// The name staff use.
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A floor of a building; attendants are given rooms floor by floor and travel costs time between floors.
public struct Floor: Hashable, Sendable, Codable, Identifiable {
    /// A code unique in the property ("3", "E2").
    public var id: String
    /// The building the floor is in.
    public var buildingID: String
    /// The storey number, used to order floors and count floor changes (ground floor 0 or 1).
    public var level: Int
    /// The floor storeroom (二级库) that serves this floor, if it has one.
    public var storeroomID: String?

    public init(id: String, buildingID: String, level: Int, storeroomID: String? = nil) {
        self.id = id
        self.buildingID = buildingID
        self.level = level
        self.storeroomID = storeroomID
    }
}

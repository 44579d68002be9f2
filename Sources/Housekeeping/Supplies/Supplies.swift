/// What kind of item a cart carries.
public enum SupplyKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Sheets, pillowcases, towels: issued clean, collected dirty (布草).
    case linen
    /// Soap, shampoo, tissues: used up (耗品).
    case consumable
    /// Minibar and other items sold to guests (售卖品).
    case saleable
}

/// An item in the linen and amenity catalogue.
public struct SupplyItem: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// The counting unit ("piece", "set", "bottle").
    public var unit: String
    public var kind: SupplyKind

    public init(id: String, name: String, unit: String, kind: SupplyKind) {
        self.id = id
        self.name = name
        self.unit = unit
        self.kind = kind
    }
}

/// How many of an item one task on one room type uses.
public struct SupplyUse: Hashable, Sendable, Codable {
    public var itemID: String
    public var task: TaskKind
    /// The room type (``RoomType/id``).
    public var roomTypeID: String
    /// Units used per task.
    public var quantity: Double

    public init(itemID: String, task: TaskKind, roomTypeID: String, quantity: Double) {
        self.itemID = itemID
        self.task = task
        self.roomTypeID = roomTypeID
        self.quantity = quantity
    }
}

/// A place stock is kept: the main store, or a floor storeroom (二级库).
public struct Storeroom: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// `true` for the main store that supplies the floor storerooms.
    public var isMainStore: Bool

    public init(id: String, name: String, isMainStore: Bool = false) {
        self.id = id
        self.name = name
        self.isMainStore = isMainStore
    }
}

/// The stock of one item in one storeroom: what should be there (par) and what is there.
public struct StockLevel: Hashable, Sendable, Codable {
    public var storeroomID: String
    public var itemID: String
    /// The level the storeroom is topped up to, in units.
    public var parLevel: Double
    /// Units on hand now.
    public var onHand: Double

    public init(storeroomID: String, itemID: String, parLevel: Double, onHand: Double) {
        self.storeroomID = storeroomID
        self.itemID = itemID
        self.parLevel = parLevel
        self.onHand = onHand
    }
}

/// The linen and amenity catalogue, what each task uses, and the stock.
public struct SupplyCatalogue: Hashable, Sendable, Codable {
    public var items: [SupplyItem]
    public var uses: [SupplyUse]
    public var storerooms: [Storeroom]
    public var stock: [StockLevel]

    public init(items: [SupplyItem] = [], uses: [SupplyUse] = [], storerooms: [Storeroom] = [], stock: [StockLevel] = []) {
        self.items = items
        self.uses = uses
        self.storerooms = storerooms
        self.stock = stock
    }
}

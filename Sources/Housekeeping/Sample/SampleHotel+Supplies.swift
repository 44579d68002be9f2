extension SampleHotel {
    static let supplyItems: [SupplyItem] = [
        SupplyItem(id: "SHEET-SET", name: "Sheet set (fitted, flat, duvet cover)", unit: "set", kind: .linen),
        SupplyItem(id: "PILLOWCASE", name: "Pillowcase", unit: "piece", kind: .linen),
        SupplyItem(id: "BATH-TOWEL", name: "Bath towel", unit: "piece", kind: .linen),
        SupplyItem(id: "HAND-TOWEL", name: "Hand towel", unit: "piece", kind: .linen),
        SupplyItem(id: "FACE-TOWEL", name: "Face towel", unit: "piece", kind: .linen),
        SupplyItem(id: "BATH-MAT", name: "Bath mat", unit: "piece", kind: .linen),
        SupplyItem(id: "SOAP", name: "Soap bar", unit: "piece", kind: .consumable),
        SupplyItem(id: "SHAMPOO", name: "Shampoo bottle", unit: "bottle", kind: .consumable),
        SupplyItem(id: "DENTAL-KIT", name: "Dental kit", unit: "kit", kind: .consumable),
        SupplyItem(id: "TISSUES", name: "Tissue box", unit: "box", kind: .consumable),
        SupplyItem(id: "WATER", name: "Mineral water 550 ml", unit: "bottle", kind: .saleable),
        SupplyItem(id: "SNACK", name: "Minibar snack", unit: "piece", kind: .saleable),
    ]

    /// Use per task: a full linen change per bed (two pillowcases), towels for two guests per room.
    static func supplyUses() -> [SupplyUse] {
        var uses: [SupplyUse] = []
        for type in roomTypes {
            let beds = Double(type.beds)
            let suiteFactor = type.isSuite ? 1.5 : 1
            let fullChange: [(String, Double)] = [
                ("SHEET-SET", beds), ("PILLOWCASE", 2 * beds), ("BATH-TOWEL", 2 * suiteFactor),
                ("HAND-TOWEL", 2 * suiteFactor), ("FACE-TOWEL", 2), ("BATH-MAT", 1),
                ("SOAP", 2), ("SHAMPOO", 2), ("DENTAL-KIT", 2), ("TISSUES", 1), ("WATER", 2), ("SNACK", 1),
            ]
            let service: [(String, Double)] = [("BATH-TOWEL", 1), ("HAND-TOWEL", 1), ("SOAP", 1), ("WATER", 2)]
            for (item, quantity) in fullChange {
                uses.append(SupplyUse(itemID: item, task: .departureClean, roomTypeID: type.id, quantity: quantity))
                uses.append(SupplyUse(itemID: item, task: .stayoverLinenChange, roomTypeID: type.id, quantity: quantity))
            }
            for (item, quantity) in service {
                uses.append(SupplyUse(itemID: item, task: .stayoverService, roomTypeID: type.id, quantity: quantity))
            }
            uses.append(SupplyUse(itemID: "WATER", task: .turndown, roomTypeID: type.id, quantity: 2))
        }
        return uses
    }

    /// Par levels at about three days of departures for the floor's rooms; stock on hand 60–110 % of par.
    static func makeSupplies(storerooms: [Storeroom], floors: [Floor], rooms: [Room],
                             random: inout SeededGenerator) -> SupplyCatalogue {
        let uses = supplyUses()
        var stock: [StockLevel] = []
        for storeroom in storerooms {
            let served = storeroom.isMainStore ? rooms : rooms.filter { room in
                floors.first { $0.id == room.floorID }?.storeroomID == storeroom.id
            }
            for item in supplyItems {
                let perDeparture = served.reduce(0.0) { total, room in
                    total + (uses.first { $0.itemID == item.id && $0.task == .departureClean && $0.roomTypeID == room.roomTypeID }?
                        .quantity ?? 0)
                }
                let dailyUse = perDeparture * 0.45
                let par = (dailyUse * (storeroom.isMainStore ? 5 : 3)).rounded(.up)
                let onHand = (par * Double.random(in: 0.6...1.1, using: &random)).rounded()
                stock.append(StockLevel(storeroomID: storeroom.id, itemID: item.id, parLevel: par, onHand: onHand))
            }
        }
        return SupplyCatalogue(items: supplyItems, uses: uses, storerooms: storerooms, stock: stock)
    }
}

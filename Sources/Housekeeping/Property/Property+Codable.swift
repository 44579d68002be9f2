// Friendly decoding for hand-written property files: fields with an obvious default may be left out, and
// sets are written sorted so the same value always encodes to the same bytes. Encoding keeps the field
// names of the synthesised conformance.

private struct Field: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private extension KeyedDecodingContainer where Key == Field {
    func value<T: Decodable>(_ name: String, default fallback: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(T.self, forKey: Field(name)) ?? fallback()
    }
    func value<T: Decodable>(_ name: String) throws -> T { try decode(T.self, forKey: Field(name)) }
    func optional<T: Decodable>(_ name: String) throws -> T? { try decodeIfPresent(T.self, forKey: Field(name)) }
}

extension Property {
    /// Decodes a property; `buildings`, `staff` (when it comes from its own file) and `supplies` may be left out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        self.init(name: try c.value("name"), timeZone: try c.value("timeZone"), buildings: try c.value("buildings", default: []),
                  floors: try c.value("floors"), roomTypes: try c.value("roomTypes"), rooms: try c.value("rooms"),
                  staff: try c.value("staff", default: []), shiftTypes: try c.value("shiftTypes"),
                  standards: try c.value("standards"), supplies: try c.value("supplies", default: SupplyCatalogue()))
    }
}

extension RoomType {
    /// Decodes a room type; `isSuite` defaults to false.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        self.init(id: try c.value("id"), name: try c.value("name"), beds: try c.value("beds"),
                  maximumGuests: try c.value("maximumGuests"), isSuite: try c.value("isSuite", default: false),
                  areaSquareMetres: try c.value("areaSquareMetres"))
    }
}

extension ShiftType {
    /// Decodes a shift type; `unpaidBreakMinutes` defaults to 0.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        self.init(id: try c.value("id"), name: try c.value("name"), start: try c.value("start"), end: try c.value("end"),
                  unpaidBreakMinutes: try c.value("unpaidBreakMinutes", default: 0))
    }
}

extension Contract {
    /// Decodes a contract; `maximumShiftsPerType` defaults to none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        self.init(kind: try c.value("kind"), minimumMinutesPerMonth: try c.value("minimumMinutesPerMonth"),
                  maximumMinutesPerMonth: try c.value("maximumMinutesPerMonth"),
                  allowedShiftTypeIDs: try c.optional("allowedShiftTypeIDs"),
                  maximumShiftsPerType: try c.value("maximumShiftsPerType", default: [:]))
    }
}

extension StaffMember {
    /// Decodes a member of staff; `name` defaults to the id, `skills` and `homeFloorIDs` to none, `efficiency`
    /// to 1.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        let id: String = try c.value("id")
        self.init(id: id, name: try c.value("name", default: id), roles: try c.value("roles"),
                  skills: try c.value("skills", default: []), efficiency: try c.value("efficiency", default: 1),
                  homeFloorIDs: try c.value("homeFloorIDs", default: []), contract: try c.value("contract"))
    }

    /// Encodes with `roles` and `skills` sorted, so the output is the same on every run.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Field.self)
        try c.encode(id, forKey: Field("id"))
        try c.encode(name, forKey: Field("name"))
        try c.encode(roles.map(\.rawValue).sorted(), forKey: Field("roles"))
        try c.encode(skills.map(\.rawValue).sorted(), forKey: Field("skills"))
        try c.encode(efficiency, forKey: Field("efficiency"))
        try c.encode(homeFloorIDs, forKey: Field("homeFloorIDs"))
        try c.encode(contract, forKey: Field("contract"))
    }
}

extension Standards {
    /// Decodes standards; only `tasks` is required, the rest take the defaults of ``init(tasks:travelMinutesPerFloorChange:travelMinutesPerBuildingChange:publicAreaPosts:linenChangeEveryNights:deepCleanEveryDays:deepCleanAfterStayNights:deepCleansPerDay:stayoverServiceFrom:defaultCheckout:defaultReadyBy:inspection:caps:turndownFrom:turndownMinimumVIPLevel:stayoverServiceUntil:)``.
    /// The optional policies, when left out, take those defaults too; write `null` to switch one off.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        let defaults = Standards(tasks: [])
        func policy(_ name: String, _ fallback: Int?) throws -> Int? {
            c.contains(Field(name)) ? try c.decodeIfPresent(Int.self, forKey: Field(name)) : fallback
        }
        self.init(tasks: try c.value("tasks"),
                  travelMinutesPerFloorChange: try c.value("travelMinutesPerFloorChange", default: defaults.travelMinutesPerFloorChange),
                  travelMinutesPerBuildingChange: try c.value("travelMinutesPerBuildingChange", default: defaults.travelMinutesPerBuildingChange),
                  publicAreaPosts: try c.value("publicAreaPosts", default: []),
                  linenChangeEveryNights: try policy("linenChangeEveryNights", defaults.linenChangeEveryNights),
                  deepCleanEveryDays: try policy("deepCleanEveryDays", defaults.deepCleanEveryDays),
                  deepCleanAfterStayNights: try policy("deepCleanAfterStayNights", defaults.deepCleanAfterStayNights),
                  deepCleansPerDay: try policy("deepCleansPerDay", defaults.deepCleansPerDay),
                  stayoverServiceFrom: try c.value("stayoverServiceFrom", default: defaults.stayoverServiceFrom),
                  defaultCheckout: try c.value("defaultCheckout", default: defaults.defaultCheckout),
                  defaultReadyBy: try c.value("defaultReadyBy", default: defaults.defaultReadyBy),
                  inspection: try c.value("inspection", default: defaults.inspection),
                  caps: try c.value("caps", default: defaults.caps),
                  turndownFrom: try c.optional("turndownFrom"),
                  turndownMinimumVIPLevel: try c.value("turndownMinimumVIPLevel", default: defaults.turndownMinimumVIPLevel),
                  stayoverServiceUntil: try c.optional("stayoverServiceUntil"))
    }

    /// Encodes every field, writing `null` for a policy that is switched off (so it reads back the same).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Field.self)
        try c.encode(tasks, forKey: Field("tasks"))
        try c.encode(travelMinutesPerFloorChange, forKey: Field("travelMinutesPerFloorChange"))
        try c.encode(travelMinutesPerBuildingChange, forKey: Field("travelMinutesPerBuildingChange"))
        try c.encode(publicAreaPosts, forKey: Field("publicAreaPosts"))
        try c.encode(linenChangeEveryNights, forKey: Field("linenChangeEveryNights"))
        try c.encode(deepCleanEveryDays, forKey: Field("deepCleanEveryDays"))
        try c.encode(deepCleanAfterStayNights, forKey: Field("deepCleanAfterStayNights"))
        try c.encode(deepCleansPerDay, forKey: Field("deepCleansPerDay"))
        try c.encode(stayoverServiceFrom, forKey: Field("stayoverServiceFrom"))
        try c.encode(defaultCheckout, forKey: Field("defaultCheckout"))
        try c.encode(defaultReadyBy, forKey: Field("defaultReadyBy"))
        try c.encode(inspection, forKey: Field("inspection"))
        try c.encode(caps, forKey: Field("caps"))
        try c.encode(turndownFrom, forKey: Field("turndownFrom"))
        try c.encode(turndownMinimumVIPLevel, forKey: Field("turndownMinimumVIPLevel"))
        try c.encode(stayoverServiceUntil, forKey: Field("stayoverServiceUntil"))
    }
}

extension InspectionPolicy {
    /// Decodes an inspection policy; every field may be left out and takes its default.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        let defaults = InspectionPolicy()
        self.init(departuresWithArrivals: try c.value("departuresWithArrivals", default: defaults.departuresWithArrivals),
                  vipRooms: try c.value("vipRooms", default: defaults.vipRooms),
                  shareOfOthers: try c.value("shareOfOthers", default: defaults.shareOfOthers),
                  minutesPerInspection: try c.value("minutesPerInspection", default: defaults.minutesPerInspection))
    }
}

extension SupplyCatalogue {
    /// Decodes a catalogue; every list may be left out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        self.init(items: try c.value("items", default: []), uses: try c.value("uses", default: []),
                  storerooms: try c.value("storerooms", default: []), stock: try c.value("stock", default: []))
    }
}

extension Storeroom {
    /// Decodes a storeroom; `isMainStore` defaults to false.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        self.init(id: try c.value("id"), name: try c.value("name"), isMainStore: try c.value("isMainStore", default: false))
    }
}

/// A hotel's housekeeping world, everything but the day: buildings, floors, rooms, staff, shifts, standards
/// and supplies.
///
/// Identifiers link the parts (a room names its floor and room type; a standard names its room type); the
/// validation in `HousekeepingIO` (`HotelValidator.check(_:sources:into:)`) checks that every link resolves.
public struct Property: Hashable, Sendable, Codable {
    public var name: String
    /// The IANA time zone the dates and times are in ("Asia/Shanghai").
    public var timeZone: String
    public var buildings: [Building]
    public var floors: [Floor]
    public var roomTypes: [RoomType]
    public var rooms: [Room]
    public var staff: [StaffMember]
    public var shiftTypes: [ShiftType]
    public var standards: Standards
    public var supplies: SupplyCatalogue

    public init(name: String, timeZone: String, buildings: [Building], floors: [Floor], roomTypes: [RoomType],
                rooms: [Room], staff: [StaffMember], shiftTypes: [ShiftType], standards: Standards,
                supplies: SupplyCatalogue = SupplyCatalogue()) {
        self.name = name
        self.timeZone = timeZone
        self.buildings = buildings
        self.floors = floors
        self.roomTypes = roomTypes
        self.rooms = rooms
        self.staff = staff
        self.shiftTypes = shiftTypes
        self.standards = standards
        self.supplies = supplies
    }

    /// The room with this number, if any.
    public func room(_ number: String) -> Room? { rooms.first { $0.number == number } }
    /// The room type with this id, if any.
    public func roomType(_ id: String) -> RoomType? { roomTypes.first { $0.id == id } }
    /// The floor with this id, if any.
    public func floor(_ id: String) -> Floor? { floors.first { $0.id == id } }
    /// The member of staff with this id, if any.
    public func staffMember(_ id: String) -> StaffMember? { staff.first { $0.id == id } }
    /// The shift type with this id, if any.
    public func shiftType(_ id: String) -> ShiftType? { shiftTypes.first { $0.id == id } }

    /// A room's floor area: its own, else its type's, in square metres.
    public func areaSquareMetres(of room: Room) -> Double {
        room.areaSquareMetres ?? roomType(room.roomTypeID)?.areaSquareMetres ?? 0
    }
}

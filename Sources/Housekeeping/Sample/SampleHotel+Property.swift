extension SampleHotel {
    static let roomTypes: [RoomType] = [
        RoomType(id: "STK", name: "Standard King", beds: 1, maximumGuests: 2, areaSquareMetres: 26),
        RoomType(id: "TWN", name: "Twin", beds: 2, maximumGuests: 2, areaSquareMetres: 28),
        RoomType(id: "DLK", name: "Deluxe King", beds: 1, maximumGuests: 3, areaSquareMetres: 34),
        RoomType(id: "JSU", name: "Junior Suite", beds: 1, maximumGuests: 3, isSuite: true, areaSquareMetres: 55),
    ]

    static let shiftTypes: [ShiftType] = [
        ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16, minute: 30)!,
                  unpaidBreakMinutes: 30),
        ShiftType(id: "D", name: "Day", start: TimeOfDay(hour: 9, minute: 30)!, end: TimeOfDay(hour: 18)!,
                  unpaidBreakMinutes: 30),
        ShiftType(id: "E", name: "Evening", start: TimeOfDay(hour: 18, minute: 30)!, end: TimeOfDay(hour: 24)!),
        ShiftType(id: "SUN", name: "Sunday full day", start: TimeOfDay(hour: 9, minute: 30)!,
                  end: TimeOfDay(hour: 24)!, unpaidBreakMinutes: 60),
    ]

    /// Minutes per task for STK, TWN, DLK, JSU; credits follow the usual 3 / 2 weighting, suites more.
    static let standards: Standards = {
        let minutes: [(TaskKind, [Double], [Double])] = [
            (.departureClean, [30, 32, 35, 50], [3, 3, 3.5, 5]),
            (.stayoverService, [18, 20, 22, 30], [2, 2, 2, 3]),
            (.stayoverLinenChange, [25, 28, 30, 40], [2.5, 2.5, 3, 4]),
            (.deepClean, [90, 95, 100, 120], [6, 6, 7, 8]),
            (.vacantTouchUp, [8, 8, 8, 10], [0.5, 0.5, 0.5, 1]),
            (.pickup, [10, 10, 10, 15], [1, 1, 1, 1.5]),
            (.inspection, [5, 5, 5, 8], [0, 0, 0, 0]),
            (.turndown, [7, 7, 8, 12], [0.5, 0.5, 0.5, 1]),
        ]
        var tasks: [TaskStandard] = []
        for (task, perType, credits) in minutes {
            for (index, type) in roomTypes.enumerated() {
                tasks.append(TaskStandard(task: task, roomTypeID: type.id, minutes: perType[index], credits: credits[index]))
            }
        }
        let posts = [
            PublicAreaPost(id: "LOBBY", place: "Lobby and entrance", minutes: 30,
                           times: [TimeOfDay(hour: 8)!, TimeOfDay(hour: 11)!, TimeOfDay(hour: 15)!]),
            PublicAreaPost(id: "GYM", place: "Gym and changing rooms", minutes: 45, times: [TimeOfDay(hour: 10)!]),
            PublicAreaPost(id: "RESTROOMS", place: "Ground-floor restrooms", minutes: 20,
                           times: [TimeOfDay(hour: 9)!, TimeOfDay(hour: 13)!]),
        ]
        // Turndown for VIP guests from 18:30 (the roster staffs the evening shift for about 30 % of the rooms);
        // stayover service done by 17:00, so an evening attendant does turndowns, not stayovers.
        return Standards(tasks: tasks, publicAreaPosts: posts, turndownFrom: TimeOfDay(hour: 18, minute: 30)!, turndownMinimumVIPLevel: 1,
                         stayoverServiceUntil: TimeOfDay(hour: 17)!)
    }()

    static func makeProperty(_ options: SampleHotelOptions, random: inout SeededGenerator) -> Property {
        let buildingNames = ["Main", "East", "West", "Garden", "Lake", "Hill", "North", "South"]
        let buildings = (0..<options.buildings).map { index in
            options.buildings == 1
                ? Building(id: "MAIN", name: "Main building")
                : Building(id: "B\(index + 1)", name: "\(buildingNames[index % buildingNames.count]) wing")
        }
        var floors: [Floor] = []
        var storerooms = [Storeroom(id: "MAIN-STORE", name: "Main linen store", isMainStore: true)]
        for (buildingIndex, building) in buildings.enumerated() {
            for level in 1...options.floors {
                let id = options.buildings == 1 ? "\(level)" : "\(buildingIndex + 1)-\(level)"
                let storeroom = Storeroom(id: "S\(id)", name: "Floor \(id) storeroom")
                storerooms.append(storeroom)
                floors.append(Floor(id: id, buildingID: building.id, level: level, storeroomID: storeroom.id))
            }
        }
        let rooms = makeRooms(on: floors, total: options.rooms, buildings: options.buildings)
        let staff = makeStaff(options, floors: floors, random: &random)
        let supplies = makeSupplies(storerooms: storerooms, floors: floors, rooms: rooms, random: &random)
        return Property(name: options.buildings == 1 ? "Sample City Hotel" : "Sample Resort", timeZone: "Asia/Shanghai",
                        buildings: buildings, floors: floors, roomTypes: roomTypes, rooms: rooms, staff: staff,
                        shiftTypes: shiftTypes, standards: standards, supplies: supplies)
    }

    /// Rooms numbered floor by floor ("301"…"320"); in a resort the building number comes first ("2-301").
    /// On each floor the last rooms are the larger types: about 8 % suites, 20 % deluxe, 35 % twins.
    static func makeRooms(on floors: [Floor], total: Int, buildings: Int) -> [Room] {
        var rooms: [Room] = []
        let perFloor = total / floors.count
        let extra = total % floors.count
        for (floorIndex, floor) in floors.enumerated() {
            let count = perFloor + (floorIndex < extra ? 1 : 0)
            let width = count >= 100 ? 3 : 2
            for position in 1...max(count, 1) where count > 0 {
                let share = Double(position) / Double(count)
                let type = share > 0.92 ? "JSU" : share > 0.72 ? "DLK" : position.isMultiple(of: 3) || share > 0.55 ? "TWN" : "STK"
                let prefix = buildings == 1 ? "" : "\(floor.buildingID.dropFirst())-"
                let number = "\(prefix)\(floor.level)\(position.padded(width))"
                rooms.append(Room(number: number, floorID: floor.id, roomTypeID: type))
            }
        }
        for index in stride(from: 0, to: rooms.count - 1, by: 10) where rooms[index].floorID == rooms[index + 1].floorID {
            rooms[index].connectingRoom = rooms[index + 1].number
            rooms[index + 1].connectingRoom = rooms[index].number
        }
        return rooms
    }

    static func makeStaff(_ options: SampleHotelOptions, floors: [Floor], random: inout SeededGenerator) -> [StaffMember] {
        let givenNames = ["Li Na", "Wang Fang", "Zhang Wei", "Liu Yang", "Chen Jing", "Yang Min", "Zhao Lei", "Huang Yan",
                          "Zhou Jie", "Wu Xia", "Xu Lin", "Sun Hui", "Ma Li", "Zhu Qing", "Hu Bo", "Guo Mei",
                          "He Ping", "Gao Yun", "Lin Tao", "Luo Dan"]
        func name(_ index: Int) -> String {
            let base = givenNames[index % givenNames.count]
            return index < givenNames.count ? base : "\(base) \(index / givenNames.count + 1)"
        }
        let fullTime = Contract(kind: .fullTime, minimumMinutesPerMonth: 9_120, maximumMinutesPerMonth: 10_560,
                                allowedShiftTypeIDs: ["M", "D", "E", "SUN"], maximumShiftsPerType: ["SUN": 2])
        let partTime = Contract(kind: .partTime, minimumMinutesPerMonth: 3_840, maximumMinutesPerMonth: 5_760,
                                allowedShiftTypeIDs: ["M", "D"])
        var staff: [StaffMember] = []
        var nameIndex = 0
        for index in 0..<options.attendants {
            var skills: Set<Skill> = []
            if index % 3 == 0 { skills.insert(.suites) }
            if index % 4 == 1 { skills.insert(.deepCleaning) }
            if random.chance(0.3) { skills.insert("english") }
            let home = floors[(index * floors.count) / options.attendants]
            staff.append(StaffMember(
                id: "A\((index + 1).padded(options.attendants >= 100 ? 3 : 2))", name: name(nameIndex),
                roles: [.roomAttendant], skills: skills, efficiency: index % 10 == 9 ? 0.75 : 1,
                homeFloorIDs: [home.id], contract: index % 5 == 4 ? partTime : fullTime))
            nameIndex += 1
        }
        for index in 0..<options.effectiveLeads {
            staff.append(StaffMember(id: "L\((index + 1).padded(2))", name: name(nameIndex), roles: [.lead],
                                     skills: [.suites, .deepCleaning], contract: fullTime))
            nameIndex += 1
        }
        for index in 0..<options.publicAreaCleaners {
            staff.append(StaffMember(id: "P\((index + 1).padded(2))", name: name(nameIndex), roles: [.publicAreaCleaner],
                                     contract: fullTime))
            nameIndex += 1
        }
        staff.append(StaffMember(id: "M01", name: name(nameIndex), roles: [.manager], contract: fullTime))
        return staff
    }
}

import Housekeeping

/// A small hand-made work sheet for the renderer tests: two attendants (one with a public-area visit and a
/// note holding markup), one lead, an undone task, a storeroom issue and a stock warning. It does not depend
/// on the planner, so the renderers are tested on exactly known content.
enum WorkSheetFixture {
    static let property = SampleHotel().property

    static func time(_ text: String) -> TimeOfDay { TimeOfDay(parsing: text)! }

    static func roomTask(_ room: String, floor: String, kind: HousekeepingTask.Kind, minutes: Double,
                         readyBy: String? = nil, flags: [HousekeepingTask.Flag] = [], note: String? = nil) -> HousekeepingTask {
        HousekeepingTask(id: "\(room)/\(kind.rawValue)", kind: kind, roomNumber: room, roomTypeID: "STK", floorID: floor,
                         buildingID: "MAIN", place: "Room \(room)", standardMinutes: minutes, credits: 3,
                         areaSquareMetres: 26, priority: readyBy == nil ? .normal : .readyBy, isMandatory: true,
                         earliestStart: nil, readyBy: readyBy.map(time), flags: flags, vipLevel: flags.contains(.vip) ? 1 : 0,
                         guestCount: 2, note: note)
    }

    static let markupNote = "Guest says <script>alert(1)</script> & \"extra\" pillows"

    static var sheet: WorkSheet {
        let quality = PlanQuality(highestLoadOverFairShare: 1.02, floorsPerAttendantMean: 1.5, floorsPerAttendantMax: 2,
                                  travelMinutes: 5, highestDeparturesOverFairShare: 1.1, attendantsOverCapacity: 0)
        let baseline = PlanQuality(highestLoadOverFairShare: 1.31, floorsPerAttendantMean: 2.5, floorsPerAttendantMax: 3,
                                   travelMinutes: 25, highestDeparturesOverFairShare: 1.6, attendantsOverCapacity: 1)
        let first = AttendantSheet(
            staffID: "A01", staffName: "Li Na", role: .roomAttendant, shiftTypeID: "M", shiftStart: time("08:00"),
            shiftEnd: time("16:30"), efficiency: 1, paidMinutes: 480, workMinutes: 62, travelMinutes: 5,
            tasks: [
                ScheduledTask(task: roomTask("0201", floor: "2", kind: .departureClean, minutes: 30, readyBy: "14:00",
                                             flags: [.arrivalToday, .vip, .linenChange], note: markupNote),
                              minutes: 30, travelMinutesBefore: 0, start: time("08:00"), finish: time("08:30"), flags: []),
                ScheduledTask(task: roomTask("0305", floor: "3", kind: .stayoverService, minutes: 18, flags: [.doNotDisturb]),
                              minutes: 18, travelMinutesBefore: 5, start: time("08:35"), finish: time("08:53"),
                              flags: [.retryIfDoNotDisturb]),
                ScheduledTask(task: roomTask("0307", floor: "3", kind: .vacantTouchUp, minutes: 14, readyBy: "08:30"),
                              minutes: 14, travelMinutesBefore: 0, start: time("08:53"), finish: time("09:07"),
                              flags: [.missesReadyBy]),
            ],
            floorIDs: ["2", "3"], buildingIDs: ["MAIN"], roomCount: 3, departureCount: 1, stayoverCount: 1, credits: 9,
            areaSquareMetres: 78,
            cart: CartLoad(items: [
                SupplyLine(itemID: "SHEET-SET", name: "Sheet set", unit: "set", kind: .linen, quantity: 1),
                SupplyLine(itemID: "SOAP", name: "Soap bar", unit: "piece", kind: .consumable, quantity: 3),
                SupplyLine(itemID: "WATER", name: "Mineral water 550 ml", unit: "bottle", kind: .saleable, quantity: 4),
            ]))
        let lobby = HousekeepingTask(id: "post:LOBBY@07:00", kind: .publicArea, roomNumber: nil, roomTypeID: nil, floorID: nil,
                                     buildingID: nil, publicAreaPostID: "LOBBY", place: "Lobby and entrance", standardMinutes: 30,
                                     credits: 0, areaSquareMetres: 0, priority: .readyBy, isMandatory: true,
                                     earliestStart: time("07:00"), readyBy: time("07:30"))
        let second = AttendantSheet(
            staffID: "P01", staffName: "Wang Fang", role: .publicAreaCleaner, shiftTypeID: "M", shiftStart: time("08:00"),
            shiftEnd: time("16:30"), efficiency: 0.8, paidMinutes: 480, workMinutes: 37.5, travelMinutes: 0,
            tasks: [ScheduledTask(task: lobby, minutes: 37.5, travelMinutesBefore: 0, start: time("08:00"), finish: time("08:37"),
                                  flags: [.missesReadyBy])],
            floorIDs: [], buildingIDs: [], roomCount: 0, departureCount: 0, stayoverCount: 0, credits: 0,
            areaSquareMetres: 0, cart: CartLoad())
        let lead = LeadSheet(staffID: "L01", staffName: "Zhao Min", shiftTypeID: "M", inspections: [
            Inspection(roomNumber: "0201", floorID: "2", taskID: "0201/departureClean", attendantID: "A01",
                       reason: .departureWithArrival, roomReadyAt: time("08:30"), start: time("08:30"), finish: time("08:35"),
                       minutes: 5),
        ])
        let undone = UndoneTask(task: roomTask("0410", floor: "4", kind: .stayoverService, minutes: 18), reason: .capacity,
                                explanation: "the attendants on duty have no minutes left")
        let summary = WorkSheetSummary(
            roomCount: 120, blockedRoomCount: 2, noServiceRoomCount: 1,
            tasksByKind: [KindCount(kind: .departureClean, derived: 1, planned: 1),
                          KindCount(kind: .stayoverService, derived: 2, planned: 1),
                          KindCount(kind: .vacantTouchUp, derived: 1, planned: 1),
                          KindCount(kind: .publicArea, derived: 1, planned: 1),
                          KindCount(kind: .turndown, derived: 0, planned: 0)],
            mandatoryStandardMinutes: 110, plannedWorkMinutes: 99.5, plannedTravelMinutes: 5, paidMinutes: 960,
            utilisation: 104.5 / 960, highestLoadRatio: 67.0 / 480, quality: quality, undone: [undone], missingMinutes: 18,
            oneMoreAttendant: ExtraAttendantEffect(shiftTypeID: "M", undoneMandatoryTasks: 0, tasksNoLongerUndone: 1,
                                                   highestLoadRatio: 0.1,
                                                   explanation: "one more attendant on shift M would do 1 of the 1 undone tasks"),
            solver: SolverReport(method: .glpk, termination: "optimal", objective: 12.5, bestBound: 12.5, relativeGap: 0,
                                 startedFromGreedy: true, variables: 40, integerVariables: 30, constraints: 25, workGroups: 4,
                                 solveSeconds: 0.0123, planSeconds: 0.0456),
            baseline: baseline)
        return WorkSheet(
            date: CalendarDate(year: 2026, month: 12, day: 1)!, propertyName: "The <Sample> Hotel", summary: summary,
            attendants: [first, second], leads: [lead],
            storeroomIssues: [StoreroomIssue(storeroomID: "S2", floorIDs: ["2"], items: [
                SupplyLine(itemID: "SHEET-SET", name: "Sheet set", unit: "set", kind: .linen, quantity: 1),
            ])],
            stockWarnings: [StockWarning(storeroomID: "S3", itemID: "SOAP", needed: 3, onHand: 1)],
            warnings: [])
    }
}

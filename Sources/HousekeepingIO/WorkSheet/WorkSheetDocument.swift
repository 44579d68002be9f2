import Housekeeping

/// The work sheet as the outputs show it: every figure rounded for reading, every id paired with the name a
/// person uses, every list in its final order. It is the `--format json` document (see
/// `docs/worksheet-json.md`, field by field) and the single source of the text, CSV and HTML renderings, so
/// the four formats always agree.
///
/// Minutes are rounded to 0.1, ratios to 0.001, quantities to 0.01; times are `"HH:MM"`, dates `"YYYY-MM-DD"`.
/// Optional fields are left out when unknown.
///
/// ```swift
/// let document = WorkSheetDocument(sheet, property: property)
/// let data = try WorkSheetFormat.json.render(sheet, property: property)
/// let back = try JSONDecoder().decode(WorkSheetDocument.self, from: data)
/// ```
public struct WorkSheetDocument: Hashable, Sendable, Codable {
    /// The version of this layout; a reader should refuse a higher major version than it knows.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var property: PropertyName
    /// The day planned, `YYYY-MM-DD`.
    public var date: CalendarDate
    /// The day of the week, `monday` … `sunday`.
    public var weekday: Weekday
    public var summary: Summary
    /// One per room attendant or public-area cleaner on duty, by staff id.
    public var attendants: [Attendant]
    /// One per lead on duty, by staff id.
    public var leads: [Lead]
    /// Per floor storeroom: the day's issue.
    public var storeroomIssues: [StoreroomIssue]
    /// Items a storeroom holds too few of.
    public var stockWarnings: [StockWarning]
    /// Other things the lead should know.
    public var warnings: [String]

    /// The property's name and time zone.
    public struct PropertyName: Hashable, Sendable, Codable {
        public var name: String
        public var timeZone: String
    }

    /// A shift with its times.
    public struct Shift: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var start: TimeOfDay
        public var end: TimeOfDay
    }

    /// The day in figures.
    public struct Summary: Hashable, Sendable, Codable {
        public var rooms: Rooms
        /// One line per task kind the day has.
        public var tasksByKind: [KindLine]
        public var attendantsOnDuty: Int
        public var leadsOnDuty: Int
        /// Standard minutes (efficiency 1.0) of all mandatory work.
        public var mandatoryStandardMinutes: Double
        /// Minutes of work planned, after each attendant's efficiency, without travel.
        public var plannedWorkMinutes: Double
        /// Minutes planned for travel between floors and buildings.
        public var plannedTravelMinutes: Double
        /// Paid minutes of the attendants on duty.
        public var paidMinutes: Double
        /// (work + travel) ÷ paid minutes.
        public var utilisation: Double
        /// The highest load ÷ paid minutes of any attendant.
        public var highestLoadRatio: Double
        /// Tasks nobody was given, most dispensable first.
        public var undone: [UndoneTask]
        /// Mandatory tasks left undone.
        public var undoneMandatoryCount: Int
        /// Standard minutes of the mandatory tasks left undone: the attendant-minutes missing.
        public var missingAttendantMinutes: Double
        /// What one more attendant would change (present only when work is left undone and it was computed).
        public var oneMoreAttendant: OneMoreAttendant?
        public var solver: Solver
        /// This plan's quality.
        public var plan: Quality
        /// The incumbent method's quality (even credits, floor by floor) on the same tasks.
        public var baseline: Quality
    }

    /// Room counts.
    public struct Rooms: Hashable, Sendable, Codable {
        /// Rooms in the property.
        public var total: Int
        /// Distinct rooms with at least one task today (planned or undone).
        public var withWork: Int
        /// Out of order or out of service: skipped.
        public var blocked: Int
        /// Guests declined service today.
        public var noService: Int
    }

    /// Tasks of one kind.
    public struct KindLine: Hashable, Sendable, Codable {
        public var kind: HousekeepingTask.Kind
        /// Tasks of this kind the day needs.
        public var derived: Int
        /// Tasks of this kind on someone's list.
        public var planned: Int
    }

    /// A task nobody was given.
    public struct UndoneTask: Hashable, Sendable, Codable {
        public var taskID: String
        public var kind: HousekeepingTask.Kind
        public var room: String?
        public var floor: String?
        public var place: String
        public var mandatory: Bool
        /// Standard minutes.
        public var minutes: Double
        public var readyBy: TimeOfDay?
        /// `capacity`, `noQualifiedAttendant`, `noAttendantInTime` or `optionalNoSpareCapacity`.
        public var reason: Housekeeping.UndoneTask.Reason
        /// A sentence for the lead.
        public var explanation: String
    }

    /// The effect of one more attendant.
    public struct OneMoreAttendant: Hashable, Sendable, Codable {
        /// The shift assumed (``ShiftType/id``).
        public var shift: String
        public var undoneMandatoryTasks: Int
        public var tasksNoLongerUndone: Int
        public var highestLoadRatio: Double
        public var explanation: String
    }

    /// How the assignment was solved.
    public struct Solver: Hashable, Sendable, Codable {
        /// `glpk` or `greedy`.
        public var method: String
        /// GLPK's termination (`optimal`, `feasibleAtTimeLimit`, …) or `notRun`.
        public var termination: String
        public var objective: Double?
        /// The best proven bound (left out with `--reproducible` unless the plan is proven optimal).
        public var bestBound: Double?
        /// |objective − bound| ÷ |objective| (left out like `bestBound`).
        public var relativeGap: Double?
        public var startedFromGreedy: Bool?
        public var variables: Int
        public var integerVariables: Int
        public var constraints: Int
        public var workGroups: Int
        /// Seconds GLPK ran (left out with `--reproducible`).
        public var solveSeconds: Double?
        /// Seconds the whole planning took (left out with `--reproducible`).
        public var planSeconds: Double?
    }

    /// Fairness and compactness of a plan.
    public struct Quality: Hashable, Sendable, Codable {
        public var highestLoadOverFairShare: Double
        public var floorsPerAttendantMean: Double
        public var floorsPerAttendantMax: Int
        public var travelMinutes: Double
        public var highestDeparturesOverFairShare: Double
        public var attendantsOverCapacity: Int
    }

    /// One attendant's day.
    public struct Attendant: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        /// `roomAttendant` or `publicAreaCleaner`.
        public var role: StaffRole
        public var shift: Shift
        public var efficiency: Double
        public var paidMinutes: Double
        public var workMinutes: Double
        public var travelMinutes: Double
        /// Work + travel.
        public var loadMinutes: Double
        /// Load ÷ paid minutes.
        public var loadRatio: Double
        /// Floors in the order first visited.
        public var floors: [String]
        public var buildings: [String]
        public var rooms: Int
        public var departures: Int
        public var stayovers: Int
        public var credits: Double
        public var areaSquareMetres: Double
        /// The tasks in the order to do them.
        public var tasks: [TaskLine]
        /// The cart pick list: linen, consumables, saleable items.
        public var cart: [SupplyLine]
    }

    /// A task on an attendant's list.
    public struct TaskLine: Hashable, Sendable, Codable {
        /// 1, 2, 3… in the order to do them.
        public var order: Int
        public var taskID: String
        public var kind: HousekeepingTask.Kind
        public var room: String?
        public var roomType: String?
        public var floor: String?
        public var building: String?
        /// Where, as a person says it ("Room 0312", "Lobby").
        public var place: String
        /// Minutes for this attendant.
        public var minutes: Double
        /// Travel just before this task.
        public var travelMinutesBefore: Double
        public var start: TimeOfDay
        public var finish: TimeOfDay
        public var earliestStart: TimeOfDay?
        public var readyBy: TimeOfDay?
        /// `readyBy`, `normal`, `doNotDisturb` or `optional`.
        public var priority: HousekeepingTask.Priority
        public var mandatory: Bool
        /// The task's facts (`vip`, `arrivalToday`, …) then the schedule's warnings (`missesReadyBy`, …).
        public var flags: [String]
        public var vipLevel: Int
        public var guests: Int
        public var note: String?
    }

    /// A quantity of a supply item.
    public struct SupplyLine: Hashable, Sendable, Codable {
        public var item: String
        public var name: String
        public var unit: String
        /// `linen`, `consumable` or `saleable`.
        public var kind: SupplyKind
        public var quantity: Double
    }

    /// One lead's inspections.
    public struct Lead: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var shift: Shift
        public var minutes: Double
        public var inspections: [Inspection]
    }

    /// A room to inspect.
    public struct Inspection: Hashable, Sendable, Codable {
        public var order: Int
        public var room: String
        public var floor: String
        public var taskID: String
        public var attendantID: String
        public var attendantName: String
        /// `departureWithArrival`, `vip` or `sample`.
        public var reason: Housekeeping.Inspection.Reason
        public var roomReadyAt: TimeOfDay
        public var start: TimeOfDay
        public var finish: TimeOfDay
        public var minutes: Double
    }

    /// The day's issue from one storeroom.
    public struct StoreroomIssue: Hashable, Sendable, Codable {
        public var storeroom: String
        public var name: String
        public var floors: [String]
        public var items: [SupplyLine]
    }

    /// A storeroom short of an item.
    public struct StockWarning: Hashable, Sendable, Codable {
        public var storeroom: String
        public var storeroomName: String
        public var item: String
        public var itemName: String
        public var unit: String
        public var needed: Double
        public var onHand: Double
        public var short: Double
    }
}

/// Choices that change what the outputs show, not the plan.
public struct WorkSheetRenderOptions: Hashable, Sendable {
    /// Leave out the figures that depend on the machine's speed rather than on the input: the solve and
    /// planning times, and the best bound and gap of a solve not proven optimal (they say how far the search
    /// got before it was stopped). The same input then gives the same bytes.
    public var reproducible: Bool

    public init(reproducible: Bool = false) {
        self.reproducible = reproducible
    }
}

extension WorkSheetDocument {
    /// The document for a sheet; `property` supplies names (shifts, storerooms, items) and the time zone.
    public init(_ sheet: WorkSheet, property: Property, options: WorkSheetRenderOptions = WorkSheetRenderOptions()) {
        func shift(_ id: String, _ start: TimeOfDay, _ end: TimeOfDay) -> Shift {
            Shift(id: id, name: property.shiftType(id)?.name ?? id, start: start, end: end)
        }
        func shift(_ id: String) -> Shift {
            let type = property.shiftType(id)
            let midnight = TimeOfDay(minutesAfterMidnight: 0)!
            return Shift(id: id, name: type?.name ?? id, start: type?.start ?? midnight, end: type?.end ?? midnight)
        }
        func supply(_ line: Housekeeping.SupplyLine) -> SupplyLine {
            SupplyLine(item: line.itemID, name: line.name, unit: line.unit, kind: line.kind,
                       quantity: line.quantity.rounded(places: 2))
        }
        func quality(_ quality: PlanQuality) -> Quality {
            Quality(highestLoadOverFairShare: quality.highestLoadOverFairShare.rounded(places: 3),
                    floorsPerAttendantMean: quality.floorsPerAttendantMean.rounded(places: 2),
                    floorsPerAttendantMax: quality.floorsPerAttendantMax,
                    travelMinutes: quality.travelMinutes.rounded(places: 1),
                    highestDeparturesOverFairShare: quality.highestDeparturesOverFairShare.rounded(places: 3),
                    attendantsOverCapacity: quality.attendantsOverCapacity)
        }
        let storeroomNames = Dictionary(property.supplies.storerooms.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let items = Dictionary(property.supplies.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let attendantNames = Dictionary(sheet.attendants.map { ($0.staffID, $0.staffName) }, uniquingKeysWith: { first, _ in first })

        let summary = sheet.summary
        var roomsWithWork = Set<String>()
        for attendant in sheet.attendants { for item in attendant.tasks { if let room = item.task.roomNumber { roomsWithWork.insert(room) } } }
        for undone in summary.undone { if let room = undone.task.roomNumber { roomsWithWork.insert(room) } }
        let solver = summary.solver
        // Unless optimality was proven, the bound depends on how far the search got before a clock-driven check
        // (the time limit, or the gap test between progress reports) stopped it: the machine's speed, not the input.
        let clockDependentBound = options.reproducible && solver.termination != "optimal"

        self.init(
            formatVersion: WorkSheetDocument.currentFormatVersion,
            property: PropertyName(name: sheet.propertyName, timeZone: property.timeZone),
            date: sheet.date,
            weekday: sheet.date.weekday,
            summary: Summary(
                rooms: Rooms(total: summary.roomCount, withWork: roomsWithWork.count, blocked: summary.blockedRoomCount,
                             noService: summary.noServiceRoomCount),
                tasksByKind: summary.tasksByKind.filter { $0.derived > 0 || $0.planned > 0 }
                    .map { KindLine(kind: $0.kind, derived: $0.derived, planned: $0.planned) },
                attendantsOnDuty: sheet.attendants.count,
                leadsOnDuty: sheet.leads.count,
                mandatoryStandardMinutes: summary.mandatoryStandardMinutes.rounded(places: 1),
                plannedWorkMinutes: summary.plannedWorkMinutes.rounded(places: 1),
                plannedTravelMinutes: summary.plannedTravelMinutes.rounded(places: 1),
                paidMinutes: summary.paidMinutes.rounded(places: 1),
                utilisation: summary.utilisation.rounded(places: 3),
                highestLoadRatio: summary.highestLoadRatio.rounded(places: 3),
                undone: summary.undone.map { undone in
                    UndoneTask(taskID: undone.task.id, kind: undone.task.kind, room: undone.task.roomNumber,
                               floor: undone.task.floorID, place: undone.task.place, mandatory: undone.task.isMandatory,
                               minutes: undone.task.standardMinutes.rounded(places: 1), readyBy: undone.task.readyBy,
                               reason: undone.reason, explanation: undone.explanation)
                },
                undoneMandatoryCount: summary.undoneMandatory.count,
                missingAttendantMinutes: summary.missingMinutes.rounded(places: 1),
                oneMoreAttendant: summary.oneMoreAttendant.map { effect in
                    OneMoreAttendant(shift: effect.shiftTypeID, undoneMandatoryTasks: effect.undoneMandatoryTasks,
                                     tasksNoLongerUndone: effect.tasksNoLongerUndone,
                                     highestLoadRatio: effect.highestLoadRatio.rounded(places: 3),
                                     explanation: effect.explanation)
                },
                solver: Solver(method: solver.method.rawValue, termination: solver.termination,
                               objective: solver.objective?.rounded(places: 6),
                               bestBound: clockDependentBound ? nil : solver.bestBound?.rounded(places: 6),
                               relativeGap: clockDependentBound ? nil : solver.relativeGap?.rounded(places: 6), startedFromGreedy: solver.startedFromGreedy,
                               variables: solver.variables, integerVariables: solver.integerVariables,
                               constraints: solver.constraints, workGroups: solver.workGroups,
                               solveSeconds: options.reproducible ? nil : solver.solveSeconds.rounded(places: 3),
                               planSeconds: options.reproducible ? nil : solver.planSeconds.rounded(places: 3)),
                plan: quality(summary.quality),
                baseline: quality(summary.baseline)
            ),
            attendants: sheet.attendants.map { attendant in
                Attendant(
                    id: attendant.staffID, name: attendant.staffName, role: attendant.role,
                    shift: shift(attendant.shiftTypeID, attendant.shiftStart, attendant.shiftEnd),
                    efficiency: attendant.efficiency.rounded(places: 3),
                    paidMinutes: attendant.paidMinutes.rounded(places: 1),
                    workMinutes: attendant.workMinutes.rounded(places: 1),
                    travelMinutes: attendant.travelMinutes.rounded(places: 1),
                    loadMinutes: attendant.loadMinutes.rounded(places: 1),
                    loadRatio: attendant.loadRatio.rounded(places: 3),
                    floors: attendant.floorIDs, buildings: attendant.buildingIDs,
                    rooms: attendant.roomCount, departures: attendant.departureCount, stayovers: attendant.stayoverCount,
                    credits: attendant.credits.rounded(places: 2),
                    areaSquareMetres: attendant.areaSquareMetres.rounded(places: 1),
                    tasks: attendant.tasks.enumerated().map { index, item in
                        let task = item.task
                        return TaskLine(
                            order: index + 1, taskID: task.id, kind: task.kind, room: task.roomNumber,
                            roomType: task.roomTypeID, floor: task.floorID, building: task.buildingID, place: task.place,
                            minutes: item.minutes.rounded(places: 1),
                            travelMinutesBefore: item.travelMinutesBefore.rounded(places: 1),
                            start: item.start, finish: item.finish, earliestStart: task.earliestStart, readyBy: task.readyBy,
                            priority: task.priority, mandatory: task.isMandatory,
                            flags: task.flags.map(\.rawValue) + item.flags.map(\.rawValue),
                            vipLevel: task.vipLevel, guests: task.guestCount, note: task.note)
                    },
                    cart: attendant.cart.items.map(supply))
            },
            leads: sheet.leads.map { lead in
                Lead(id: lead.staffID, name: lead.staffName, shift: shift(lead.shiftTypeID),
                     minutes: lead.minutes.rounded(places: 1),
                     inspections: lead.inspections.enumerated().map { index, inspection in
                         Inspection(order: index + 1, room: inspection.roomNumber, floor: inspection.floorID,
                                    taskID: inspection.taskID, attendantID: inspection.attendantID,
                                    attendantName: attendantNames[inspection.attendantID] ?? inspection.attendantID,
                                    reason: inspection.reason, roomReadyAt: inspection.roomReadyAt,
                                    start: inspection.start, finish: inspection.finish,
                                    minutes: inspection.minutes.rounded(places: 1))
                     })
            },
            storeroomIssues: sheet.storeroomIssues.map { issue in
                StoreroomIssue(storeroom: issue.storeroomID, name: storeroomNames[issue.storeroomID] ?? issue.storeroomID,
                               floors: issue.floorIDs, items: issue.items.map(supply))
            },
            stockWarnings: sheet.stockWarnings.map { warning in
                let item = items[warning.itemID]
                return StockWarning(storeroom: warning.storeroomID,
                                    storeroomName: storeroomNames[warning.storeroomID] ?? warning.storeroomID,
                                    item: warning.itemID, itemName: item?.name ?? warning.itemID, unit: item?.unit ?? "",
                                    needed: warning.needed.rounded(places: 2), onHand: warning.onHand.rounded(places: 2),
                                    short: warning.short.rounded(places: 2))
            },
            warnings: sheet.warnings
        )
    }
}

extension Double {
    /// The value rounded to `places` decimal places; 0 for NaN or infinity (JSON has no such numbers).
    func rounded(places: Int) -> Double {
        guard isFinite else { return 0 }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let result = (self * scale).rounded() / scale
        return result == 0 ? 0 : result  // no "-0"
    }
}

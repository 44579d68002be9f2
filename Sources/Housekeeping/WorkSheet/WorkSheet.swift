/// The day's work sheet (当日工作单): every attendant's ordered task list with times and cart load, every
/// lead's inspection list, the floor storerooms' issue, and a summary that says how good the plan is and
/// why (what is left undone, how much capacity is missing, the solver's gap, the incumbent method's result).
///
/// Produced by ``WorkSheetPlanner/plan()``. All arrays are in a stable order (attendants by staff id,
/// tasks in the order to do them, storerooms and items by id), so the same input gives the same sheet;
/// only the timing fields of ``SolverReport`` vary between runs.
///
/// ```swift
/// let sheet = try WorkSheetPlanner(property: property, day: day).plan()
/// for attendant in sheet.attendants {
///     print(attendant.staffName, attendant.loadMinutes, "/", attendant.paidMinutes)
///     for item in attendant.tasks { print(item.start, item.task.place, item.task.kind) }
/// }
/// ```
public struct WorkSheet: Hashable, Sendable, Codable {
    /// The day planned.
    public var date: CalendarDate
    /// The property's name.
    public var propertyName: String
    /// Totals, undone work, solver figures and the baseline comparison.
    public var summary: WorkSheetSummary
    /// One sheet per room attendant or public-area cleaner on duty, by staff id.
    public var attendants: [AttendantSheet]
    /// One inspection list per lead on duty, by staff id.
    public var leads: [LeadSheet]
    /// Per floor storeroom (二级库): the day's total issue of linen, consumables and saleable items.
    public var storeroomIssues: [StoreroomIssue]
    /// Items a storeroom has too few of for the day's issue.
    public var stockWarnings: [StockWarning]
    /// Other things the lead should know (no lead on duty, a room type with no standard, …).
    public var warnings: [String]

    public init(date: CalendarDate, propertyName: String, summary: WorkSheetSummary, attendants: [AttendantSheet],
                leads: [LeadSheet], storeroomIssues: [StoreroomIssue], stockWarnings: [StockWarning], warnings: [String]) {
        self.date = date
        self.propertyName = propertyName
        self.summary = summary
        self.attendants = attendants
        self.leads = leads
        self.storeroomIssues = storeroomIssues
        self.stockWarnings = stockWarnings
        self.warnings = warnings
    }

    /// Every task given to someone, with the attendant's id.
    public var scheduledTasks: [(staffID: String, item: ScheduledTask)] {
        attendants.flatMap { sheet in sheet.tasks.map { (sheet.staffID, $0) } }
    }
}

/// The whole day in figures: the work, the capacity, what is left undone, the solver and the baseline.
public struct WorkSheetSummary: Hashable, Sendable, Codable {
    /// Rooms in the property.
    public var roomCount: Int
    /// Rooms skipped as out of order or out of service.
    public var blockedRoomCount: Int
    /// Occupied rooms whose guests declined service today.
    public var noServiceRoomCount: Int
    /// Tasks derived for the day, by kind (mandatory and optional, planned or not).
    public var tasksByKind: [KindCount]
    /// Standard minutes of all mandatory tasks (efficiency 1.0).
    public var mandatoryStandardMinutes: Double
    /// Minutes of work planned, after each attendant's efficiency, without travel.
    public var plannedWorkMinutes: Double
    /// Minutes planned for travel between floors and buildings.
    public var plannedTravelMinutes: Double
    /// Paid minutes of the attendants on duty (shift span less unpaid break).
    public var paidMinutes: Double
    /// (work + travel) ÷ paid minutes, 0…1.
    public var utilisation: Double
    /// The highest (load ÷ paid minutes) of any attendant.
    public var highestLoadRatio: Double
    /// The highest load ÷ its fair share (1.0 = perfectly even; see ``PlanQuality``).
    public var quality: PlanQuality
    /// Mandatory tasks (and optional deep cleans) not given to anyone, most dispensable first, with why.
    public var undone: [UndoneTask]
    /// Standard minutes of the mandatory tasks left undone: the attendant-minutes missing.
    public var missingMinutes: Double
    /// What one more attendant (efficiency 1.0, the most common shift) would change; `nil` when not computed.
    public var oneMoreAttendant: ExtraAttendantEffect?
    /// How the assignment was solved.
    public var solver: SolverReport
    /// The incumbent method (even credits, floor by floor) on the same tasks, for comparison.
    public var baseline: PlanQuality

    public init(roomCount: Int, blockedRoomCount: Int, noServiceRoomCount: Int, tasksByKind: [KindCount],
                mandatoryStandardMinutes: Double, plannedWorkMinutes: Double, plannedTravelMinutes: Double,
                paidMinutes: Double, utilisation: Double, highestLoadRatio: Double, quality: PlanQuality,
                undone: [UndoneTask], missingMinutes: Double, oneMoreAttendant: ExtraAttendantEffect?,
                solver: SolverReport, baseline: PlanQuality) {
        self.roomCount = roomCount
        self.blockedRoomCount = blockedRoomCount
        self.noServiceRoomCount = noServiceRoomCount
        self.tasksByKind = tasksByKind
        self.mandatoryStandardMinutes = mandatoryStandardMinutes
        self.plannedWorkMinutes = plannedWorkMinutes
        self.plannedTravelMinutes = plannedTravelMinutes
        self.paidMinutes = paidMinutes
        self.utilisation = utilisation
        self.highestLoadRatio = highestLoadRatio
        self.quality = quality
        self.undone = undone
        self.missingMinutes = missingMinutes
        self.oneMoreAttendant = oneMoreAttendant
        self.solver = solver
        self.baseline = baseline
    }

    /// The mandatory tasks left undone.
    public var undoneMandatory: [UndoneTask] { undone.filter { $0.task.isMandatory } }
}

/// A count of tasks of one kind: derived today, and given to someone.
public struct KindCount: Hashable, Sendable, Codable {
    public var kind: HousekeepingTask.Kind
    /// Tasks of this kind the day needs (for deep cleans: the rooms due, up to the daily cap).
    public var derived: Int
    /// Tasks of this kind on someone's list.
    public var planned: Int

    public init(kind: HousekeepingTask.Kind, derived: Int, planned: Int) {
        self.kind = kind
        self.derived = derived
        self.planned = planned
    }
}

/// How fair and compact a plan is, comparable between the planner and the baseline.
///
/// An attendant's *load* is their task minutes (after efficiency) plus travel; their *fair share* is their
/// paid minutes × (total load ÷ total paid minutes). `highestLoadOverFairShare` 1.0 means everybody carries
/// exactly their share of the day.
public struct PlanQuality: Hashable, Sendable, Codable {
    /// max over attendants of load ÷ fair share.
    public var highestLoadOverFairShare: Double
    /// Mean number of floors an attendant works on (attendants with room tasks only).
    public var floorsPerAttendantMean: Double
    /// The most floors any attendant works on.
    public var floorsPerAttendantMax: Int
    /// Minutes of travel between floors and buildings, all attendants.
    public var travelMinutes: Double
    /// max over attendants of departures ÷ fair share of departures (by paid minutes); 1.0 = even mix.
    public var highestDeparturesOverFairShare: Double
    /// Attendants whose load exceeds their paid minutes.
    public var attendantsOverCapacity: Int

    public init(highestLoadOverFairShare: Double, floorsPerAttendantMean: Double, floorsPerAttendantMax: Int,
                travelMinutes: Double, highestDeparturesOverFairShare: Double, attendantsOverCapacity: Int) {
        self.highestLoadOverFairShare = highestLoadOverFairShare
        self.floorsPerAttendantMean = floorsPerAttendantMean
        self.floorsPerAttendantMax = floorsPerAttendantMax
        self.travelMinutes = travelMinutes
        self.highestDeparturesOverFairShare = highestDeparturesOverFairShare
        self.attendantsOverCapacity = attendantsOverCapacity
    }
}

/// A task nobody was given, and why.
public struct UndoneTask: Hashable, Sendable, Codable {
    /// Why a task was left undone.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// The attendants on duty have no minutes left (or the caps are reached).
        case capacity
        /// Nobody on duty has the skill the task needs (for example suites).
        case noQualifiedAttendant
        /// Nobody on duty works at a time the task can be done (checkout, ready-by, shift times).
        case noAttendantInTime
        /// Optional work (a deep clean) for which there was no spare capacity.
        case optionalNoSpareCapacity
    }

    public var task: HousekeepingTask
    public var reason: Reason
    /// A sentence for the lead ("no attendant on duty has the skill 'suites'").
    public var explanation: String

    public init(task: HousekeepingTask, reason: Reason, explanation: String) {
        self.task = task
        self.reason = reason
        self.explanation = explanation
    }
}

/// What adding one attendant (efficiency 1.0, the most common shift, every skill of the team) would change.
public struct ExtraAttendantEffect: Hashable, Sendable, Codable {
    /// The shift the extra attendant was assumed to work (``ShiftType/id``).
    public var shiftTypeID: String
    /// Mandatory tasks that would still be undone.
    public var undoneMandatoryTasks: Int
    /// Mandatory tasks that are undone now and would be done.
    public var tasksNoLongerUndone: Int
    /// The highest load ÷ paid minutes with the extra attendant.
    public var highestLoadRatio: Double
    /// A sentence for the lead.
    public var explanation: String

    public init(shiftTypeID: String, undoneMandatoryTasks: Int, tasksNoLongerUndone: Int, highestLoadRatio: Double,
                explanation: String) {
        self.shiftTypeID = shiftTypeID
        self.undoneMandatoryTasks = undoneMandatoryTasks
        self.tasksNoLongerUndone = tasksNoLongerUndone
        self.highestLoadRatio = highestLoadRatio
        self.explanation = explanation
    }
}

/// How the assignment was computed and how close to optimal it is.
public struct SolverReport: Hashable, Sendable, Codable {
    /// Which method produced the plan.
    public enum Method: String, Hashable, Sendable, Codable {
        /// GLPK's branch-and-cut on the aggregated model, started from the greedy plan.
        case glpk
        /// The greedy plan (no attendants or no work, or the solver found nothing better in time).
        case greedy
    }

    public var method: Method
    /// GLPK's termination ("optimal", "feasibleAtTimeLimit", …), "notRun", or ``tooLargeToSolve``.
    public var termination: String
    /// The objective of the chosen plan in the model's units (see ``WorkSheetPlanner``), if solved.
    public var objective: Double?
    /// The best proven lower bound on the objective, if known: the higher of GLPK's bound (unrestricted models
    /// only) and the one worked out without the solver (see *Bound and gap* on ``WorkSheetPlanner``).
    public var bestBound: Double?
    /// |objective − bound| ÷ |objective|, if both are known.
    public var relativeGap: Double?
    /// Whether GLPK accepted the greedy plan as its starting incumbent.
    public var startedFromGreedy: Bool?
    /// Variables, integer variables and constraints in the aggregated model.
    public var variables: Int
    public var integerVariables: Int
    public var constraints: Int
    /// Groups of identical work (floor × kind × room type × priority × skill) the rooms were aggregated into.
    public var workGroups: Int
    /// Seconds GLPK ran.
    public var solveSeconds: Double
    /// Seconds the whole planning took (tasks, model, solve, order, inspections, carts, baseline).
    public var planSeconds: Double
    /// The chosen plan's objective term by term (their total is the plan's objective), if worked out.
    public var planTerms: ObjectiveTerms?
    /// The bound worked out without the solver, term by term, if known (the ``bestBound`` is higher when GLPK's
    /// bound is; see *Bound and gap* on ``WorkSheetPlanner``).
    public var boundTerms: ObjectiveTerms?
    /// How many neighbourhoods the search after the starts re-planned by GLPK (see
    /// ``WorkSheetOptions/neighbourhoodSolves``), or nil when the search did not run.
    public var neighbourhoodSolves: Int?

    /// The ``termination`` when the day's model has too many integer variables for GLPK to get anywhere in the time
    /// there is, so it is not solved: the plan is the searches' before it, the bound the one worked out without the
    /// solver.
    public static let tooLargeToSolve = "tooLargeToSolve"

    /// (objective − bound) ÷ |objective|, at least 0; 0 when the objective is 0.
    static func relativeGap(objective: Double, bound: Double) -> Double {
        abs(objective) > 1e-9 ? max(0, objective - bound) / abs(objective) : 0
    }

    public init(method: Method, termination: String, objective: Double?, bestBound: Double?, relativeGap: Double?,
                startedFromGreedy: Bool?, variables: Int, integerVariables: Int, constraints: Int, workGroups: Int,
                solveSeconds: Double, planSeconds: Double, planTerms: ObjectiveTerms? = nil, boundTerms: ObjectiveTerms? = nil) {
        self.method = method
        self.termination = termination
        self.objective = objective
        self.bestBound = bestBound
        self.relativeGap = relativeGap
        self.startedFromGreedy = startedFromGreedy
        self.variables = variables
        self.integerVariables = integerVariables
        self.constraints = constraints
        self.workGroups = workGroups
        self.solveSeconds = solveSeconds
        self.planSeconds = planSeconds
        self.planTerms = planTerms
        self.boundTerms = boundTerms
    }
}

/// One attendant's day: who, which shift, the tasks in order with times, the load and the cart.
public struct AttendantSheet: Hashable, Sendable, Codable {
    public var staffID: String
    public var staffName: String
    /// ``StaffRole/roomAttendant`` or ``StaffRole/publicAreaCleaner``.
    public var role: StaffRole
    public var shiftTypeID: String
    public var shiftStart: TimeOfDay
    public var shiftEnd: TimeOfDay
    /// Work speed (1.0 normal).
    public var efficiency: Double
    /// Shift span less the unpaid break.
    public var paidMinutes: Double
    /// Task minutes (after efficiency), without travel.
    public var workMinutes: Double
    /// Minutes of travel between floors and buildings.
    public var travelMinutes: Double
    /// The tasks in the order to do them.
    public var tasks: [ScheduledTask]
    /// Floors worked, in the order first visited.
    public var floorIDs: [String]
    /// Buildings worked, in the order first visited.
    public var buildingIDs: [String]
    public var roomCount: Int
    public var departureCount: Int
    public var stayoverCount: Int
    public var credits: Double
    public var areaSquareMetres: Double
    /// What to load on the cart for the day.
    public var cart: CartLoad

    public init(staffID: String, staffName: String, role: StaffRole, shiftTypeID: String, shiftStart: TimeOfDay,
                shiftEnd: TimeOfDay, efficiency: Double, paidMinutes: Double, workMinutes: Double, travelMinutes: Double,
                tasks: [ScheduledTask], floorIDs: [String], buildingIDs: [String], roomCount: Int, departureCount: Int,
                stayoverCount: Int, credits: Double, areaSquareMetres: Double, cart: CartLoad) {
        self.staffID = staffID
        self.staffName = staffName
        self.role = role
        self.shiftTypeID = shiftTypeID
        self.shiftStart = shiftStart
        self.shiftEnd = shiftEnd
        self.efficiency = efficiency
        self.paidMinutes = paidMinutes
        self.workMinutes = workMinutes
        self.travelMinutes = travelMinutes
        self.tasks = tasks
        self.floorIDs = floorIDs
        self.buildingIDs = buildingIDs
        self.roomCount = roomCount
        self.departureCount = departureCount
        self.stayoverCount = stayoverCount
        self.credits = credits
        self.areaSquareMetres = areaSquareMetres
        self.cart = cart
    }

    /// Work plus travel, in minutes.
    public var loadMinutes: Double { workMinutes + travelMinutes }
    /// Paid minutes less travel: the minutes left for work.
    public var capacityMinutes: Double { paidMinutes - travelMinutes }
    /// Load ÷ paid minutes.
    public var loadRatio: Double { paidMinutes > 0 ? loadMinutes / paidMinutes : 0 }
}

/// A task on an attendant's list, with the estimated times.
public struct ScheduledTask: Hashable, Sendable, Codable {
    /// Problems the schedule shows for a task.
    public enum Flag: String, Hashable, Sendable, Codable, CaseIterable {
        /// The estimated finish is after the task's ready-by time.
        case missesReadyBy
        /// The estimated finish is after the end of the shift.
        case finishesAfterShift
        /// A DND room: knock, and if still DND come back later.
        case retryIfDoNotDisturb
        /// The attendant waits for the guest to check out before starting.
        case waitsForCheckout
    }

    public var task: HousekeepingTask
    /// Minutes for this attendant (standard minutes ÷ efficiency).
    public var minutes: Double
    /// Travel minutes spent just before this task (a floor or building change).
    public var travelMinutesBefore: Double
    /// Estimated start and finish (clock times on the day; a shift past midnight wraps).
    public var start: TimeOfDay
    public var finish: TimeOfDay
    public var flags: [Flag]

    public init(task: HousekeepingTask, minutes: Double, travelMinutesBefore: Double, start: TimeOfDay, finish: TimeOfDay,
                flags: [Flag]) {
        self.task = task
        self.minutes = minutes
        self.travelMinutesBefore = travelMinutesBefore
        self.start = start
        self.finish = finish
        self.flags = flags
    }
}

/// The supplies one attendant's cart needs for the day.
public struct CartLoad: Hashable, Sendable, Codable {
    /// Items by kind (linen, consumables, saleable) then id.
    public var items: [SupplyLine]

    public init(items: [SupplyLine] = []) { self.items = items }
}

/// A quantity of one supply item.
public struct SupplyLine: Hashable, Sendable, Codable {
    public var itemID: String
    public var name: String
    public var unit: String
    public var kind: SupplyKind
    public var quantity: Double

    public init(itemID: String, name: String, unit: String, kind: SupplyKind, quantity: Double) {
        self.itemID = itemID
        self.name = name
        self.unit = unit
        self.kind = kind
        self.quantity = quantity
    }
}

/// The day's issue from one storeroom to the carts of the floors it serves.
public struct StoreroomIssue: Hashable, Sendable, Codable {
    /// ``Storeroom/id``, or `"(none)"` for floors with no storeroom and no main store.
    public var storeroomID: String
    public var floorIDs: [String]
    public var items: [SupplyLine]

    public init(storeroomID: String, floorIDs: [String], items: [SupplyLine]) {
        self.storeroomID = storeroomID
        self.floorIDs = floorIDs
        self.items = items
    }
}

/// A storeroom that holds less of an item than the day's issue needs.
public struct StockWarning: Hashable, Sendable, Codable {
    public var storeroomID: String
    public var itemID: String
    public var needed: Double
    public var onHand: Double
    /// needed − on hand.
    public var short: Double

    public init(storeroomID: String, itemID: String, needed: Double, onHand: Double) {
        self.storeroomID = storeroomID
        self.itemID = itemID
        self.needed = needed
        self.onHand = onHand
        self.short = needed - onHand
    }
}

/// One lead's inspections (查房), in the order to do them.
public struct LeadSheet: Hashable, Sendable, Codable {
    public var staffID: String
    public var staffName: String
    public var shiftTypeID: String
    public var inspections: [Inspection]

    public init(staffID: String, staffName: String, shiftTypeID: String, inspections: [Inspection]) {
        self.staffID = staffID
        self.staffName = staffName
        self.shiftTypeID = shiftTypeID
        self.inspections = inspections
    }

    /// Minutes of inspection.
    public var minutes: Double { inspections.reduce(0) { $0 + $1.minutes } }
}

/// A cleaned room for a lead to inspect.
public struct Inspection: Hashable, Sendable, Codable {
    /// Why the room is inspected.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// A departure with a guest arriving today.
        case departureWithArrival
        /// A VIP room.
        case vip
        /// Part of the policy's share of the other cleaned rooms.
        case sample
    }

    public var roomNumber: String
    public var floorID: String
    /// The task that cleaned the room (``HousekeepingTask/id``) and who did it.
    public var taskID: String
    public var attendantID: String
    public var reason: Reason
    /// When the attendant is expected to finish the room.
    public var roomReadyAt: TimeOfDay
    /// Estimated start and finish of the inspection.
    public var start: TimeOfDay
    public var finish: TimeOfDay
    public var minutes: Double

    public init(roomNumber: String, floorID: String, taskID: String, attendantID: String, reason: Reason,
                roomReadyAt: TimeOfDay, start: TimeOfDay, finish: TimeOfDay, minutes: Double) {
        self.roomNumber = roomNumber
        self.floorID = floorID
        self.taskID = taskID
        self.attendantID = attendantID
        self.reason = reason
        self.roomReadyAt = roomReadyAt
        self.start = start
        self.finish = finish
        self.minutes = minutes
    }
}

import Optimization

/// How to plan the day's work sheet.
public struct WorkSheetOptions: Sendable {
    /// The most seconds the planning may take: a safety net, not a budget. Every search and every GLPK solve stops on
    /// a count (moves, neighbourhoods, branch-and-bound nodes), so that the same input gives the same plan on a quiet
    /// and on a loaded machine; only a machine far slower than usual reaches this limit, and then the best plan found
    /// so far is kept (the greedy plan at worst) and may depend on the machine's speed. At 5 s or more the floor drops
    /// also run (see ``WorkSheetPlanner``).
    public var timeLimitSeconds: Double
    /// Stop GLPK once the plan is proven within this relative gap of the optimum (0.01 = 1 %).
    public var relativeGap: Double
    /// Called after each stage of the planning (the starting plans, the neighbourhood search, the floor swaps and
    /// drops) and during GLPK's solve of the day's model, with the seconds since planning started, the objective of
    /// the best plan so far and, from GLPK, its bound. The command line prints it once a second has passed.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Work out what one more attendant would change: a second planning, only when work is left undone, with half
    /// the neighbourhood budget, no progress reports, and what is left of ``timeLimitSeconds`` as its safety net.
    public var evaluateExtraAttendant: Bool
    /// Above this many attendant × floor pairs, each attendant may only work floors near the greedy plan's
    /// (two floors either side of the greedy plan's, plus home floors), which keeps the model small in big
    /// hotels; at or below it every floor is open to everyone.
    public var fullModelPairLimit: Int
    /// Skip GLPK's model of the day and return the best of the heuristic plans: the greedy plan after local
    /// search, the floor-block plan and the component plan (whose small packing and assignment models still use
    /// GLPK) — for comparison and tests.
    public var greedyOnly: Bool
    /// How far above perfectly even the busiest room attendant's load may be before fairness outweighs floors
    /// (0.04 = 4 %). Within this band one floor less is worth 0.01 of the highest load ratio; above it,
    /// fairness outweighs floors again (see ``WorkSheetPlanner``). The even load is the mandatory standard minutes ÷ the room attendants'
    /// paid minutes × efficiency, with no travel.
    public var fairnessTolerance: Double
    /// How many trial moves the local search before GLPK may evaluate (a count, not a time, so that the same
    /// input gives the same plan on any machine).
    public var improvementMoves: Int
    /// How many trial swaps the last pass, which mixes departures and stayovers fairly between the room
    /// attendants without putting anybody on a new floor or above the fairness band, may evaluate (a count, not
    /// a time); 0 turns the pass off.
    public var departureMixMoves: Int
    /// How many small neighbourhoods (a few attendants who share floors, and their floors) GLPK re-plans after the
    /// starts, everybody else kept as they are: a count, not a time, and once more for each further full 60 room
    /// attendants (where the floor swaps do not run: 80 for 160 room attendants with the default). Each is solved
    /// within a count of branch-and-bound nodes, so the search gives the same plan on a quiet and on a loaded
    /// machine; the time limit only stops it on a machine far slower than usual. 0 turns the search off.
    public var neighbourhoodSolves: Int
    /// Called once, after planning, with the day's whole model (every floor open to every attendant, whatever
    /// ``fullModelPairLimit``) built around the final plan, and that plan as the model's values (one per variable,
    /// in the model's order), so that an outside solver can be asked how far the plan is from the optimum. The
    /// model's objective at those values is the plan's objective. Nil (the default) builds nothing.
    public var modelExport: (@Sendable (DayModelExport) -> Void)?

    public init(timeLimitSeconds: Double = 10, relativeGap: Double = 0.005,
                progress: (@Sendable (SolveProgress) -> Void)? = nil, evaluateExtraAttendant: Bool = true,
                fullModelPairLimit: Int = 250, greedyOnly: Bool = false, improvementMoves: Int = 400_000,
                fairnessTolerance: Double = 0.04, departureMixMoves: Int = 100_000, neighbourhoodSolves: Int = 40) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.progress = progress
        self.evaluateExtraAttendant = evaluateExtraAttendant
        self.fullModelPairLimit = fullModelPairLimit
        self.greedyOnly = greedyOnly
        self.improvementMoves = improvementMoves
        self.fairnessTolerance = fairnessTolerance
        self.departureMixMoves = departureMixMoves
        self.neighbourhoodSolves = neighbourhoodSolves
        self.modelExport = nil
    }
}

/// Why a work sheet could not be planned at all. (Work that cannot be done is not an error: it is listed
/// in ``WorkSheetSummary/undone`` with its reason.)
public enum WorkSheetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A room status names a room the property does not have.
    case unknownRoom(String)
    /// A room names a floor or room type the property does not have.
    case brokenRoom(room: String, problem: String)
    /// The on-duty list names a member of staff the property does not have.
    case unknownStaff(String)
    /// A re-plan names an absent member of staff who has no list on the morning sheet.
    case notOnMorningSheet(String)
    /// The on-duty list names a shift type the property does not have.
    case unknownShiftType(staffID: String, shiftTypeID: String)
    /// The property defines no shift types, so nobody can be put on duty.
    case noShiftTypes
    /// An option is out of range.
    case invalidOption(String)
    /// The solver failed numerically (not: found no plan).
    case solverFailure(String)

    public var description: String {
        switch self {
        case .unknownRoom(let room): "the day's status names room '\(room)', which the property does not have"
        case .brokenRoom(let room, let problem): "room '\(room)': \(problem)"
        case .unknownStaff(let id): "the on-duty list names staff '\(id)', who is not in the property's staff"
        case .notOnMorningSheet(let id): "staff '\(id)' is named absent but has no list on the morning sheet"
        case .unknownShiftType(let staff, let shift): "the on-duty list gives staff '\(staff)' shift '\(shift)', which is not a shift type of the property"
        case .noShiftTypes: "the property has no shift types, so nobody can be on duty"
        case .invalidOption(let message): "invalid option: \(message)"
        case .solverFailure(let message): "the solver failed: \(message)"
        }
    }
}

/// Plans the day's work sheet: derives the tasks from the room status and the standards, assigns them to the
/// attendants on duty with GLPK, orders each attendant's list, picks the leads' inspections and loads the carts.
///
/// ## The assignment model
/// Identical work is aggregated: one *group* per floor × task kind × room type × priority × required skills
/// × set of attendants who may do it (shift times against checkout and ready-by), with an integer count, so
/// the model grows with floors and attendants, not rooms. Variables: `x[a,g]` (how many tasks of group g
/// attendant a does, integer), `y[a,f]` (a works floor f, binary), `b[a,B]` (a works building B, only with
/// more than one building), `u[g]` (tasks of g left undone; fixed at 0 for mandatory work when the greedy
/// plan does it all), travel, the highest load ratio `z` and each attendant's departures over their
/// allowance. Constraints: every task done or counted undone; skills and times (no variable when a may not
/// do g); the caps (rooms, departures, credits, area); paid minutes ≥ work ÷ efficiency + travel, with
/// travel ≥ minutes per floor change × (floors − 1) + minutes per building change × (buildings − 1); work
/// on a floor only with `y`; every room attendant on at least one floor; each floor at least as many
/// attendants as its work needs; `z` ≥ (mandatory work + travel) ÷ paid minutes; symmetry breaking
/// between identical attendants (ordered by standard minutes). The objective, by weight: undone mandatory
/// work (10,000 × a severity, so stayovers go before departures and a departure with an arrival last of
/// all), 1,000 × how far `z` is above the fairness band, 100 × `z`, 2 per departure over
/// max(share + 1, 1.25 × share), 5 per deep clean not done, 1 per floor (1.25 off the attendant's home or
/// yesterday's floors), 3 per building. The band is the even load ratio (mandatory standard minutes ÷ the
/// room attendants' paid minutes × efficiency) × (1 + ``WorkSheetOptions/fairnessTolerance``): above it
/// fairness outweighs everything but undone work; within it one floor less is worth 0.01 of the highest
/// load ratio (about five minutes of an eight-hour shift, the cost of a floor change), so **a plan may be up
/// to the tolerance less fair than the fairest one to put attendants on fewer floors**.
///
/// GLPK starts from the best (by this objective) of three plans made without it, each with a fixed move
/// budget so that the same input gives the same start: the greedy plan improved by a local search, a
/// floor-block plan (consecutive floors cut into blocks, each worked by its own few attendants, the cuts
/// chosen by a dynamic programme within the band), and, in one building with up to 60 room attendants, a
/// component plan (floors grouped freely into components, each worked by its own attendants: the most
/// components a small packing model finds at a few load ratios in the lower half of the band (a quarter and half of the way from the even load ratio up to it), the attendants given to them by
/// a small assignment model for home floors and skills, each component then swept as a block or filled as a
/// staircase, k attendants on m floors with at most k + m − 1 attendant × floor pairs, whichever is better; the
/// packing counts each deep clean's minutes beyond an attendant's spare capacity at the ratio as floor work). With
/// up to 60 room attendants the block and component plans first reserve each deep clean on a block's floors for a
/// qualified member (the rarest-qualified and longest first, to the member with most capacity left, only while the
/// others still carry the block's work within the band) and fill each attendant to their own target: a member with
/// a reserved deep clean only the mandatory work their paid minutes hold beside it. Up to 40 room attendants both
/// fills are made, with and without the reservation, and the objective picks. A
/// *neighbourhood search* then re-plans a few attendants at a time exactly with the same model, everybody else
/// kept as they are (their tasks off each group's count, their highest load the least the highest load may be):
/// for each window of one, two or three consecutive floors, the two to five attendants who work it, on the window's
/// floors and their own, each solved by GLPK from the current plan within 200 branch-and-bound nodes and kept when the
/// objective falls, at most ``WorkSheetOptions/neighbourhoodSolves`` of them (once more per further full 60 room
/// attendants). In hotels
/// of up to 60 room attendants a *floor swap* search follows (no solver, a fixed budget of trial moves): one
/// attendant hands their tasks on one floor to its other workers (one of whose deep cleans may go to a colleague who
/// may work its floor, to make room) and may take a floor within two of it instead, and the loads are balanced within
/// that floor pattern by moving or swapping single rooms between two attendants who share a floor while the higher
/// of their two loads falls; the best such change is kept while the objective falls. The search runs twice, swaps
/// tried only where a room fits on its own and then also where it fits once the other's room has gone, and keeps
/// the better plan. With a time limit of 5 s or more, a *floor drop* search follows (at most 200 drops tried): one
/// attendant hands their tasks on one floor to its other workers and takes no other, the loads are balanced and the
/// floor swaps run again on the result; the best drop is kept while the objective falls. The loads are then
/// re-balanced: GLPK solves the whole day with every attendant kept to the floors they work (within 100 nodes),
/// kept when the objective falls. GLPK then solves the whole day's model from the result, within a count of nodes
/// (4,000 for 500 integer variables, more for fewer) or the gap. Neither whole-day model is solved when it has more than 500 integer variables (the day's model of a hotel of
/// 120 rooms or more): there GLPK found nothing better than its start in the time there was, and could not even
/// finish the day's model's root at 300 rooms and more (the report's termination is then `tooLargeToSolve`, its
/// objective the plan's). In a big hotel (more attendant × floor pairs than
/// ``WorkSheetOptions/fullModelPairLimit``) each attendant may only work floors within two of the start
/// plan's. Before the neighbourhood search, and again after the floor swaps and drops, whole lists are swapped
/// between room attendants with the same paid minutes and efficiency who may do each other's work, when that puts
/// more of them on their home or yesterday's floors.
/// After it, deep cleans still open go into spare capacity, an attendant who may do one first shedding mandatory
/// tasks to others on the same floors (nobody above the plan's highest load), when the objective prefers the
/// result. A descent then gives departures of attendants over their allowance to colleagues on the same floor (for
/// nothing or for work back) — or new to it, while the plan keeps to no more floors per attendant than the usual
/// method — and the tasks of a floor an attendant barely works (two at most) to colleagues already on it, whenever
/// the objective falls, whatever term pays for it. A last pass then mixes departures fairly: the attendant with the most departures for their share
/// swaps one for one or two stayovers (or other non-departure room work) with an attendant on the same floors,
/// only when both keep their skills, caps, times and floors and neither ends above the fairness band (or the
/// plan's highest load, when that is higher; a fixed budget of trial swaps, ``WorkSheetOptions/departureMixMoves``); the mixed lists are kept only when, ordered,
/// they miss no more ready-by times and run no more work past a shift's end than before. Rooms are then given
/// out group by group (yesterday's rooms first, then by ready-by and room number).
///
/// ## Bound and gap
/// The summary's bound is the higher of GLPK's bound (only when the model is not restricted to floors near the
/// start, as a restricted model's bound does not hold for the hotel) and one worked out without the solver,
/// which holds for every plan that does all mandatory work. It is the least, over the highest load ratio z a plan
/// better than the start may have, of: 100 × z (+ 1,000 × its excess over the band), with z at least the even load
/// ratio and at least the even ratio plus the floor changes the pairs force (the lowest efficiency × minutes
/// per floor change × (pairs − room attendants) ÷ the room attendants' paid minutes × efficiency); plus 1 per
/// attendant × floor pair any plan with that z must have, the larger of two counts: each floor needs ⌈its work ÷
/// the largest capacity at z⌉ attendants, and, with everybody working, attendants + floors − the most *components*
/// (groups of floors worked by their own attendants) a plan at z can have. That most is GLPK's bound on a packing of
/// small components (up to 3 floors in hotels of up to 15 floors, 2 up to 30, single floors beyond; each with every
/// crew of the attendants' capacities whose unused capacity and floor changes fit within the hotel's slack, z × all
/// capacity − all work) and larger ones (each with more than its floors' whole attendants), limited by who may do
/// each floor's suites. Plus 0.25 per pair off the room attendants' home or yesterday's floors (when every room
/// attendant has such floors): at least the pairs beyond all home floors that hold work they may do, and at least,
/// floor by floor, the attendants a floor needs beyond its home attendants (extra pairs going to free home places
/// first; this count only falls as z rises, so on a range [a, b) of z it is taken at b, as below); plus 3 per attendant × building with several buildings. The first pair count only steps down
/// where a floor's work is a whole multiple of the largest capacity at z; the component count can only fall as z
/// falls, so on a range [a, b) of z it is taken at b. The least is found on such ranges, splitting the one that
/// holds it: at most 24 packings, a count, each solved to optimality in milliseconds in the benchmark hotels (one
/// that its limit of 10,000 branch-and-bound nodes stops still gives a valid bound).
/// Undone work, departures over the allowance and deep cleans left undone count 0 in it. The gap, (objective −
/// bound) ÷ objective, is therefore an upper limit on how far the plan is from the optimum of this objective; most
/// of it is floor pairs the bound cannot rule out, the band's slack (the plan's highest load above the even one),
/// pairs off home floors, and departures over the allowance.
///
/// The same input gives the same sheet on a quiet and on a loaded machine: every search stops on a count of moves,
/// drops or neighbourhoods and every GLPK solve on a count of branch-and-bound nodes (or the gap), never on the
/// clock. The time limit is only a safety net, well above what a run needs (the benchmark hotels stayed under theirs
/// at a load of 3 on the 2-core machine); only a machine slow enough to reach it gets a plan that may depend on its
/// speed. The solver-free bound's packings stop on a count of nodes too (see *Bound and gap*), with a 5 s safety
/// net per packing.
public struct WorkSheetPlanner: Sendable {
    public var property: Property
    public var day: DayStatus
    public var options: WorkSheetOptions

    public init(property: Property, day: DayStatus, options: WorkSheetOptions = WorkSheetOptions()) {
        self.property = property
        self.day = day
        self.options = options
    }

    /// Plans the day.
    /// - Throws: ``WorkSheetError`` when the input is inconsistent (an unknown room or staff id) or the solver
    ///   fails numerically. Work that cannot be done is reported in the sheet, not thrown.
    public func plan() throws(WorkSheetError) -> WorkSheet {
        let clock = ContinuousClock()
        let start = clock.now
        guard options.timeLimitSeconds.isFinite, options.timeLimitSeconds >= 0 else {
            throw .invalidOption("time limit \(options.timeLimitSeconds) s must be a finite number ≥ 0")
        }
        guard options.relativeGap >= 0, options.relativeGap <= 1 else {
            throw .invalidOption("relative gap \(options.relativeGap) must be in 0…1")
        }
        guard options.fairnessTolerance.isFinite, options.fairnessTolerance >= 0 else {
            throw .invalidOption("fairness tolerance \(options.fairnessTolerance) must be a finite number ≥ 0")
        }
        let context = try PlanningContext(property: property, day: day)
        let derived = TaskDerivation(context: context).derive()
        var engine = AssignmentEngine(context: context, tasks: derived.tasks, crew: context.crew, options: options)
        var assignment = try engine.solve()
        if let unmixed = engine.unmixed {
            // The departure mix changes lists; keep it only when no more ready-by times are missed and no more
            // work runs past the end of a shift than before it, in the lists as they are ordered.
            let assembler = SheetAssembler(context: context, derived: derived, assignment: assignment)
            if assembler.lateTasks(in: assignment, comparedWith: unmixed) > assembler.lateTasks(in: unmixed, comparedWith: assignment) {
                assignment = unmixed
            }
        }

        var extra: ExtraAttendantEffect?
        let undoneMandatory = assignment.undone.filter { $0.task.isMandatory }
        if options.evaluateExtraAttendant, undoneMandatory.contains(where: { $0.reason == .capacity || $0.reason == .noQualifiedAttendant }), let helper = context.extraAttendant() {
            // The same plan on any machine: half the neighbourhood budget (a count; where a quarter of the time
            // limit used to stop this search), within what is left of the one time limit (a safety net), and no
            // progress reports, which would show this plan's objective as the day's.
            var extraOptions = options
            extraOptions.neighbourhoodSolves = options.neighbourhoodSolves / 2
            extraOptions.progress = nil
            var second = AssignmentEngine(context: context, tasks: derived.tasks, crew: context.crew + [helper],
                                          options: extraOptions)
            second.secondsSpentBefore = (clock.now - start).workSheetSeconds
            if let result = try? second.solve() {
                let still = result.undone.filter { $0.task.isMandatory }.count
                let ratio = result.loads.map(\.ratio).max() ?? 0
                let gained = undoneMandatory.count - still
                extra = ExtraAttendantEffect(
                    shiftTypeID: helper.shift.id, undoneMandatoryTasks: still, tasksNoLongerUndone: gained,
                    highestLoadRatio: ratio,
                    explanation: "one more attendant on shift \(helper.shift.id) would do \(gained) of the \(undoneMandatory.count) undone tasks"
                        + (still > 0 ? "; \(still) would still be undone" : "; nothing mandatory would be left undone")
                        + ", highest load \(Int((ratio * 100).rounded())) % of paid minutes")
            }
        }
        let sheet = SheetAssembler(context: context, derived: derived, assignment: assignment).assemble(
            extra: extra, planSeconds: (clock.now - start).workSheetSeconds)
        return sheet
    }
}

extension Duration {
    /// The duration in seconds, for the work sheet's timing fields.
    var workSheetSeconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}

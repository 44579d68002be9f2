import Optimization

/// A lower bound on the model's objective worked out without the solver, valid for the whole model (also when a
/// big hotel's model is restricted to floors near the start, whose own bound is then not one for the hotel).
extension AssignmentEngine {
    /// The highest load ratio any plan better than `start` may have: a better plan has a lower objective, so
    /// 1,000 × max(0, z − band) + 100 × z ≤ the start's objective. Infinite when the start leaves mandatory work
    /// undone (then the optimum may leave it too, and nothing bounds z this way).
    func loadRatioCeiling(start: Plan, band: Double) -> Double {
        let doesAllMandatory = groups.indices.allSatisfy { g in
            !groups[g].isMandatory || crew.indices.reduce(0) { $0 + start.counts[$1][g] } == groups[g].count
        }
        guard doesAllMandatory else { return .infinity }
        let startObjective = objectiveValue(start, band: band)
        return max(band, (startObjective + AssignmentEngine.overBandWeight * band)
                   / (AssignmentEngine.overBandWeight + AssignmentEngine.loadRatioWeight)) + 1e-6
    }

    /// What the pair bound needs from the groups, worked out once: the room attendants the model makes work a
    /// floor (those who may do some mandatory room task on a floor), the largest standard minutes one of them can
    /// work (paid minutes × efficiency), each floor's mandatory room work in standard minutes, whether the model
    /// makes every room attendant work (as it does when there are at least as many mandatory room tasks as room
    /// attendants who may work some floor), and the floors without restricted work (work only some may do, such as
    /// suites) and the attendants who may do some floor's most restricted work.
    struct FloorPairData {
        var roomCrew: [Int]
        var largestCapacity: Double
        var floorWork: [Double]
        var everyoneWorks: Bool
        var unrestrictedFloors: Int
        var qualified: Int
    }

    func floorPairData() -> FloorPairData? {
        let roomCrew = crew.indices.filter { a in
            crew[a].role == .roomAttendant
                && groups.contains { $0.isMandatory && $0.isRoomTask && $0.floorID != nil && $0.eligible.contains(a) }
        }
        let roomGroups = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask && groups[$0].floorID != nil }
        guard !roomGroups.isEmpty, !roomCrew.isEmpty else { return nil }
        let roomSet = Set(roomCrew)
        var floorWork: [Double] = []
        var unrestrictedFloors = 0
        var qualified = Set<Int>()
        for (_, floorGroups) in Dictionary(grouping: roomGroups, by: { groups[$0].floorID! }) {
            floorWork.append(floorGroups.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) })
            let restricted = floorGroups.map { Set(groups[$0].eligible).intersection(roomSet) }.filter { $0.count < roomCrew.count }
            if let tightest = restricted.min(by: { $0.count < $1.count }) {
                qualified.formUnion(tightest)
            } else {
                unrestrictedFloors += 1
            }
        }
        return FloorPairData(roomCrew: roomCrew, largestCapacity: roomCrew.map { crew[$0].paidMinutes * crew[$0].efficiency }.max()!,
                             floorWork: floorWork.sorted(), everyoneWorks: everyRoomAttendantWorks(),
                             unrestrictedFloors: unrestrictedFloors, qualified: qualified.count)
    }

    /// Whether the model makes every room attendant work a floor: when there are at least as many mandatory room
    /// tasks as room attendants who may do some work on a floor (the model's own rule).
    func everyRoomAttendantWorks() -> Bool {
        let roomTasks = groups.filter { $0.isMandatory && $0.isRoomTask }.reduce(0) { $0 + $1.count }
        let onFloors = crew.indices.filter { a in
            crew[a].role == .roomAttendant && groups.contains { $0.floorID != nil && $0.eligible.contains(a) }
        }
        return roomTasks >= onFloors.count
    }

    /// The fewest attendant × floor pairs (mandatory room work) any plan with every mandatory task done and the
    /// highest load ratio at most `ceiling` can have:
    /// - each floor needs ⌈its work ÷ (the largest paid minutes × efficiency × ceiling)⌉ attendants, at least one;
    /// - when every room attendant must work (``everyRoomAttendantWorks()``), the
    ///   attendants and floors form a graph with at least attendants + floors − components edges, and there are
    ///   at most: as many components as floors; as many as the attendants left after each floor's whole multiples
    ///   of the largest capacity (a component of floors S needs ⌈work(S) ÷ capacity⌉ ≥ Σ⌊work(f) ÷ capacity⌋ + 1
    ///   attendants); and as many as the floors without restricted work plus the attendants who may do some
    ///   floor's most restricted work (each component with such a floor holds one of them).
    /// Returns 0 when nothing can be said (work may be left undone). `data` is ``floorPairData()``, when known.
    func floorPairLowerBound(ceiling: Double, _ data: FloorPairData? = nil) -> Int {
        guard ceiling.isFinite, ceiling > 0, let data = data ?? floorPairData() else { return 0 }
        let largest = data.largestCapacity * ceiling
        var perFloor = 0, wholes = 0
        for work in data.floorWork {
            let ratio = work / largest
            perFloor += max(1, Int((ratio - 1e-9).rounded(.up)))
            wholes += max(0, Int((ratio - 1e-9).rounded(.down)))
        }
        let attendants = data.roomCrew.count, floors = data.floorWork.count
        guard data.everyoneWorks else { return perFloor }
        let components = min(floors, attendants - wholes, data.unrestrictedFloors + data.qualified)
        return max(perFloor, attendants + floors - max(1, components))
    }

    /// The load ratios at which ``floorPairLowerBound(ceiling:_:)`` may step down, between `low` and `high`: `low`
    /// and every ratio at which a floor's mandatory room work is a whole multiple of the largest capacity (work ÷
    /// (largest paid minutes × efficiency × k)). The bound is constant from one of them up to the next.
    func pairBoundSteps(from low: Double, to high: Double, _ data: FloorPairData) -> [Double] {
        let largest = data.largestCapacity
        guard largest > 0, low > 0 else { return [low] }
        var steps: Set<Double> = [low]
        for work in data.floorWork {
            var k = max(1.0, (work / (largest * high)).rounded(.down))
            while work / (largest * k) >= low {
                if work / (largest * k) <= high { steps.insert(work / (largest * k)) }
                k += 1
            }
        }
        return steps.sorted()
    }

    /// How many attendant × floor pairs of a plan may be on the attendants' home or yesterday's floors: the room
    /// attendants' preferred floors that hold work they may do (each attendant works a floor once). A plan with P
    /// pairs of mandatory room work has at least P less this many off those floors. `Int.max` when a room
    /// attendant has no preferred floors (all their floors cost the same, so any number of pairs may be theirs).
    func homeFloorPairs() -> Int {
        var atHome = 0
        for a in crew.indices where crew[a].role == .roomAttendant {
            let preferred = preferredFloors(a)
            guard !preferred.isEmpty else { return Int.max }
            atHome += Set(groups.filter { $0.eligible.contains(a) }.compactMap(\.floorID)).intersection(preferred).count
        }
        return atHome
    }

    /// Each floor with mandatory room work: its work in standard minutes, how many room attendants have it among
    /// their home or yesterday's floors, and whether it holds room work that only crew away from home may do
    /// (every crew member eligible for it has home or yesterday's floors, none of them this floor): a deep clean
    /// only some may do, or mandatory work only some may do, such as a suite. Nil when a room attendant has no
    /// such floors (every floor costs them the same, so none is off home).
    func floorHomes() -> [(work: Double, home: Int, workAway: Bool)]? {
        let preferred = crew.indices.filter { crew[$0].role == .roomAttendant }.map(preferredFloors)
        guard !preferred.contains(where: \.isEmpty) else { return nil }
        let roomGroups = groups.filter { $0.isMandatory && $0.isRoomTask && $0.floorID != nil }
        let awayFloors = Set(groups.filter { group in
            group.isRoomTask && !group.eligible.isEmpty && group.eligible.allSatisfy { a in
                let home = preferredFloors(a)
                return !home.isEmpty && group.floorID.map { !home.contains($0) } == true
            }
        }.compactMap(\.floorID))
        return Dictionary(grouping: roomGroups) { $0.floorID! }.sorted { $0.key < $1.key }.map { floor, floorGroups in
            (floorGroups.reduce(0.0) { $0 + $1.standardMinutes * Double($1.count) }, preferred.filter { $0.contains(floor) }.count,
             awayFloors.contains(floor))
        }
    }

    /// The fewest attendant × floor pairs off home floors a plan with `pairs` pairs and the highest load ratio z
    /// can have, floor by floor, unless it leaves deep cleans (see below): a floor f with n_f pairs has at least
    /// max(n_f − home_f, away_f) of them off home, where home_f is its home attendants and away_f is 1 when it
    /// holds room work only crew away from home may do (``floorHomes()``; doing it puts such a member on f, and
    /// one who is not a room attendant adds a pair of their own, 1.25, beyond the room attendants' pairs counted).
    /// Each floor needs n_f ≥ ⌈its work ÷ (the largest capacity × z)⌉ attendants; at that need it has
    /// max(away_f, need − home_f) off home (*forced*), and max(0, home_f + away_f − need) more pairs cost it
    /// nothing more (*free*); beyond, each pair is one more off home. The least over the splits of `pairs` (each
    /// floor's count is convex in n_f) is therefore forced + max(0, pairs − needed − free). Mandatory work is done
    /// by every plan the bound speaks of (it is nil when the start leaves some undone, and leaving it costs 10,000).
    /// A plan that leaves every deep clean of f that sets away_f (f holding no such mandatory work) has away_f = 0
    /// there, which lowers this by 1 at most (0.25 in the objective), while each deep clean left costs 5: the
    /// bound, which counts deep cleans left at 0, stays below its objective. `homes` is ``floorHomes()``;
    /// `largest` the largest paid minutes × efficiency of a room attendant.
    func offHomeFloorPairs(pairs: Int, ratio z: Double, _ homes: [(work: Double, home: Int, workAway: Bool)],
                           largest: Double) -> Int {
        guard z > 0, largest > 0 else { return 0 }
        var forced = 0, free = 0, needed = 0
        for floor in homes {
            let need = max(1, Int((floor.work / (largest * z) - 1e-9).rounded(.up)))
            let away = floor.workAway ? 1 : 0
            forced += max(away, need - floor.home)
            free += max(0, floor.home + away - need)
            needed += need
        }
        return forced + max(0, pairs - needed - free)
    }

    /// The most evaluations of the component packing (``componentPairLimit(_:)``) one bound may make: a count, so
    /// that the bound is the same on any machine.
    static let componentBoundEvaluations = 24
    /// The narrowest range of load ratios the bound splits further (0.05 points of the highest load term).
    static let componentBoundWidth = 0.0005
    /// The most branch-and-bound nodes one packing may open: a count, so that the bound is the same on a quiet and on
    /// a loaded machine. The packings take milliseconds in the benchmark hotels, far below it; GLPK's bound is still
    /// valid when the limit stops it.
    static let componentBoundNodes = 10_000
    /// The most seconds one packing may take: only a safety net, which a machine far slower than usual may reach (the
    /// bound may then depend on the machine's speed).
    static let componentBoundSeconds = 5.0

    /// A lower limit on the attendant × floor pairs of any plan whose highest load ratio is at most z: room
    /// attendants + floors − the most components such a plan may have (``FloorComponentPacking`` with
    /// ``FloorComponentPacking/Purpose/bound``; small components of up to 3 floors in hotels of up to 15 floors
    /// with room work, 2 up to 30, single floors beyond, which keeps each packing to milliseconds). Nil when the
    /// model does not make every room attendant work (``everyRoomAttendantWorks()``), as the count assumes; the
    /// limit is nil at a ratio where GLPK fails.
    func componentPairLimit(_ data: FloorPairData) -> ((Double) -> Int?)? {
        guard data.everyoneWorks else { return nil }
        let floors = data.floorWork.count
        guard let (packing, _) = floorComponentPacking(largestSmallComponent: floors <= 15 ? 3 : floors <= 30 ? 2 : 1) else {
            return nil
        }
        return { z in
            guard let result = try? packing.solve(ratio: z, purpose: .bound, seconds: AssignmentEngine.componentBoundSeconds,
                                                   nodes: AssignmentEngine.componentBoundNodes) else {
                return nil
            }
            return packing.attendantCount + packing.floors.count - result.componentCount
        }
    }

    /// A lower bound on the objective without undone work, departures over the allowance and deep cleans
    /// (counted at their least, 0), as the least over the highest load ratio z of
    /// - 100 × z + 1,000 × max(0, z − band), with z at least the even load ratio (no plan that does all mandatory
    ///   work has its busiest room attendant below it) and at least the even ratio plus the least travel the
    ///   pairs force: with P pairs on n room attendants, Σ paid × efficiency × z ≥ the mandatory standard minutes
    ///   + Σ efficiency × travel ≥ … + the lowest efficiency × minutes per floor change × (P − n);
    /// - 1 per attendant × floor pair, at least P, the larger of ``floorPairLowerBound(ceiling:_:)`` at z (fewer
    ///   pairs need more room per attendant) and ``componentPairLimit(_:)`` (attendants + floors − the most
    ///   components of a plan at z), + 0.25 per pair off home floors (at least P − ``homeFloorPairs()``, and at
    ///   least ``offHomeFloorPairs(pairs:ratio:_:largest:)`` floor by floor, which also charges the room work only
    ///   crew away from home may do, suites or deep cleans: 0.25 for the pair off home doing it, less than the 5 of
    ///   leaving a deep clean);
    /// - 3 per attendant × building with more than one building (each working attendant is in one at least).
    /// The least is taken on pieces of z's range from the even ratio up to the ceiling a better plan than `start`
    /// must stay under (``loadRatioCeiling(start:band:)``), by ``LoadRatioPieces``: the pair bound is constant
    /// between the ratios of ``pairBoundSteps(from:to:_:)``; the component limit is taken at each piece's upper
    /// end (it holds for every lower ratio), and the pieces holding the least are split (at most
    /// `packings` packings, 0 for the pair bound alone). Term by term (the total is the bound); nil when the start
    /// leaves mandatory work undone.
    func objectiveLowerBound(start: Plan, band: Double,
                             packings: Int = AssignmentEngine.componentBoundEvaluations) -> ObjectiveTerms? {
        let ceiling = loadRatioCeiling(start: start, band: band)
        guard ceiling.isFinite else { return nil }
        let even = evenLoadRatio()
        let roomCrew = paidRoomCrew
        let capacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let lowestEfficiency = roomCrew.map { crew[$0].efficiency }.min() ?? 0
        let data = floorPairData()
        let atHome = homeFloorPairs()
        let componentPairs = data.flatMap(componentPairLimit)
        let homes = floorHomes()
        func offHome(_ pairs: Int, _ z: Double) -> Int {
            guard let homes, let data else { return 0 }
            return offHomeFloorPairs(pairs: pairs, ratio: z, homes, largest: data.largestCapacity)
        }
        let pieces = LoadRatioPieces(
            stepPairs: { floorPairLowerBound(ceiling: $0, data) },
            packedPairs: { componentPairs?($0) },
            leastRatio: { pairs in
                even + (capacity > 0 ? lowestEfficiency * travelPerFloor * Double(max(0, pairs - roomCrew.count)) / capacity : 0)
            },
            // The pairs off home floors floor by floor only fall as z rises: taken at the piece's upper end.
            terms: { z, upTo, pairs in
                ObjectiveTerms(overBand: AssignmentEngine.overBandWeight * max(0, z - band),
                               highestLoad: AssignmentEngine.loadRatioWeight * z,
                               floorPairs: AssignmentEngine.floorWeight * Double(pairs),
                               offHomeFloors: AssignmentEngine.awayFromHomeWeight * Double(max(0, pairs - atHome, offHome(pairs, upTo))))
            },
            evaluations: componentPairs == nil ? 0 : packings,
            smallestWidth: AssignmentEngine.componentBoundWidth)
        guard var bound = pieces.least(breaks: data.map { pairBoundSteps(from: even, to: ceiling, $0) } ?? [even],
                                       ceiling: ceiling) else { return nil }
        let pairs = floorPairLowerBound(ceiling: ceiling, data)
        let buildings = Set(groups.filter { $0.isMandatory && $0.isRoomTask }.compactMap(\.buildingID))
        if Set(groups.compactMap(\.buildingID)).count > 1, pairs > 0, let data {
            bound.buildings = AssignmentEngine.buildingWeight * Double(max(buildings.count, data.everyoneWorks ? data.roomCrew.count : 0))
        }
        return bound
    }
}

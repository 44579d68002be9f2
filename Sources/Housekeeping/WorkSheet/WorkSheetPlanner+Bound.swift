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

    /// The fewest attendant × floor pairs (mandatory room work) any plan with every mandatory task done and the
    /// highest load ratio at most `ceiling` can have:
    /// - each floor needs ⌈its work ÷ (the largest paid minutes × efficiency × ceiling)⌉ attendants, at least one;
    /// - when every room attendant must work (at least as many room tasks as attendants, as in the model), the
    ///   attendants and floors form a graph with at least attendants + floors − components edges, and there are
    ///   at most: as many components as floors; as many as the attendants left after each floor's whole multiples
    ///   of the largest capacity (a component of floors S needs ⌈work(S) ÷ capacity⌉ ≥ Σ⌊work(f) ÷ capacity⌋ + 1
    ///   attendants); and as many as the floors without restricted work (work only some may do, such as suites)
    ///   plus the attendants who may do some floor's most restricted work (each component with such a floor holds
    ///   one of them).
    /// Returns 0 when nothing can be said (work may be left undone).
    func floorPairLowerBound(ceiling: Double) -> Int {
        guard ceiling.isFinite, ceiling > 0 else { return 0 }
        // The room attendants the model makes work a floor (when there are at least as many room tasks).
        let roomCrew = crew.indices.filter { a in
            crew[a].role == .roomAttendant
                && groups.contains { $0.isMandatory && $0.isRoomTask && $0.floorID != nil && $0.eligible.contains(a) }
        }
        let roomGroups = groups.indices.filter { groups[$0].isMandatory && groups[$0].isRoomTask && groups[$0].floorID != nil }
        guard !roomGroups.isEmpty, !roomCrew.isEmpty else { return 0 }
        let roomSet = Set(roomCrew)
        let byFloor = Dictionary(grouping: roomGroups) { groups[$0].floorID! }
        let largest = roomCrew.map { crew[$0].paidMinutes * crew[$0].efficiency }.max()! * ceiling
        var perFloor = 0, wholes = 0, unrestrictedFloors = 0
        var qualified = Set<Int>()
        for (_, floorGroups) in byFloor {
            let work = floorGroups.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) }
            let ratio = work / largest
            perFloor += max(1, Int((ratio - 1e-9).rounded(.up)))
            wholes += max(0, Int((ratio - 1e-9).rounded(.down)))
            let restricted = floorGroups.map { Set(groups[$0].eligible).intersection(roomSet) }.filter { $0.count < roomCrew.count }
            if let tightest = restricted.min(by: { $0.count < $1.count }) {
                qualified.formUnion(tightest)
            } else {
                unrestrictedFloors += 1
            }
        }
        let floors = byFloor.count
        let roomTasks = roomGroups.reduce(0) { $0 + groups[$1].count }
        guard roomTasks >= roomCrew.count else { return perFloor }
        let components = min(floors, roomCrew.count - wholes, unrestrictedFloors + qualified.count)
        return max(perFloor, roomCrew.count + floors - max(1, components))
    }

    /// A lower bound on the objective: 100 × the even load ratio (no plan that does all mandatory work has its
    /// busiest room attendant below it) + 1 per attendant × floor pair (``floorPairLowerBound(ceiling:)``) + 3 per
    /// attendant × building with more than one building (each working attendant is in one at least). Undone
    /// work, departures over the allowance, deep cleans left and home floors are counted at their least, 0.
    /// Nil when the start leaves mandatory work undone.
    func objectiveLowerBound(start: Plan, band: Double) -> Double? {
        let ceiling = loadRatioCeiling(start: start, band: band)
        guard ceiling.isFinite else { return nil }
        let even = evenLoadRatio()
        var bound = AssignmentEngine.loadRatioWeight * even + AssignmentEngine.overBandWeight * max(0, even - band)
        let pairs = floorPairLowerBound(ceiling: ceiling)
        bound += AssignmentEngine.floorWeight * Double(pairs)
        let buildings = Set(groups.filter { $0.isMandatory && $0.isRoomTask }.compactMap(\.buildingID))
        if Set(groups.compactMap(\.buildingID)).count > 1, pairs > 0 {
            let roomAttendants = crew.indices.filter { a in
                crew[a].role == .roomAttendant
                    && groups.contains { $0.isMandatory && $0.isRoomTask && $0.floorID != nil && $0.eligible.contains(a) }
            }.count
            let roomTasks = groups.filter { $0.isMandatory && $0.isRoomTask && $0.floorID != nil }.reduce(0) { $0 + $1.count }
            bound += AssignmentEngine.buildingWeight * Double(max(buildings.count, roomTasks >= roomAttendants ? roomAttendants : 0))
        }
        return bound
    }
}

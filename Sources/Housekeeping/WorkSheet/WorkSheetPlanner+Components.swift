import Optimization

/// A starting plan on floor components: floors grouped freely (not only consecutive ones) into components, each
/// worked by its own attendants. A plan with K components on A attendants and F floors has at least A + F − K
/// attendant × floor pairs, and exactly that many when each component's attendants sweep its floors in turn, so
/// the most components within the fairness band give the fewest pairs. ``FloorComponentPacking`` chooses the
/// partition at a load ratio z; each component's crew (so many attendants of each capacity) is then filled with
/// individual attendants by a small assignment model — home floors, and an attendant who may do each restricted
/// group (suites, early ready-by times) in every component that has one — and the components are swept and
/// finished as the floor blocks are (``sweptPlan(_:_:band:fillShares:)``), each component's fill also trying the
/// staircase (``staircase(_:_:order:band:into:)``, at most k + m − 1 pairs for k attendants on m floors, deep
/// cleans laid out with the rest when they fit within the band). A few z are tried in the lower half of the
/// way from the even load ratio to the band (``componentRatioShares``): the objective trades 100 × z against 1 per
/// pair, so a lower z with a component fewer may win, and a higher z leaves the fill too little room for whole rooms. The packing counts each floor's deep cleans by what they take beyond an attendant's spare capacity at z
/// (``withOptionalWork(_:_:ratio:)``), so that the components hold room for them.
extension AssignmentEngine {
    /// The most room attendants the component plan is tried with: at 1,000 rooms (53 on duty) its sweeps of the
    /// larger components cost 0.5-1 s per ratio, more than the plan's time allows, for no better start.
    static let componentAttendantLimit = 60
    /// The most floors of a small component.
    static let componentFloorLimit = 3
    /// The most floors of a small component when the floors left over by a packing are packed again.
    static let leftOverFloorLimit = 5
    /// The load ratios tried, as shares of the way from the even load ratio up to the band. The shares 0.75 and 1.0
    /// were dropped: their packings have more components, but the fill cannot hold them within the band with whole
    /// rooms (a block's last attendants end at 0.93-0.95 at 1,000 rooms), and the repair opens more floors than the
    /// packing saved, so they never gave the best start in the benchmark hotels or the sample hotel (1,000 rooms:
    /// 196.0 and 179.0 against 174.07 at 0.5) and cost 0.6 s of the 1,000-room plan's 2.2 s.
    static let componentRatioShares = [0.25, 0.5]
    /// GLPK's budget for one packing and for one assignment of attendants: nodes of its branch-and-cut, so that
    /// the components do not depend on the machine's speed or load (at 25 floors a time limit of 0.25 s was
    /// reached, and two runs gave different packings), and a time limit in seconds as a safety net only.
    static let componentSolveNodes = 200
    static let componentSolveSeconds = 2.0

    /// The component plan, or nil when it does not apply: the floor plans do not (``floorLayout()``), the floors
    /// lie in more than one building, there are more than ``componentAttendantLimit`` room attendants, or no packing within the band leads to a plan that places every task.
    func componentPlan(band: Double, fillShares: [Double]) throws(OptimizationError) -> Plan? {
        guard let layout = floorLayout(), let data = floorPairData() else { return nil }
        let buildings = Set(layout.floorOrder.map { context.floorsByID[$0]?.buildingID })
        guard buildings.count == 1, layout.roomCrew.count <= AssignmentEngine.componentAttendantLimit,
              let (packing, floorIDs) = floorComponentPacking(largestSmallComponent: AssignmentEngine.componentFloorLimit)
        else { return nil }
        let capacity = { (a: Int) in self.crew[a].paidMinutes * self.crew[a].efficiency }
        let membersByKind = packing.kinds.map { kind in data.roomCrew.filter { capacity($0) == kind.capacity } }
        let even = evenLoadRatio()
        var engine = self
        engine.staircaseFill = true
        var built = Set<[[Int]]>()
        var kept: (plan: Plan, value: Double)?
        for share in AssignmentEngine.componentRatioShares {
            let z = even + (band - even) * share
            let packing = withOptionalWork(packing, floorIDs, ratio: z)
            guard let packed = try packing.solve(ratio: z, purpose: .plan, seconds: AssignmentEngine.componentSolveSeconds,
                                                    nodes: AssignmentEngine.componentSolveNodes)
            else { continue }
            let components = try split(packed, packing, ratio: z)
            guard built.insert(components.map(\.floors)).inserted,
                  let members = try componentCrews(components.map { ($0.floors.map { floorIDs[$0] }, $0.crew) }, membersByKind)
            else { continue }
            let blocks = zip(components, members).map { component, members in
                (floors: component.floors.map { floorIDs[$0] }, members: homeOrder(members))
            }
            guard let plan = engine.sweptPlan(blocks, layout, band: band, fillShares: fillShares) else { continue }
            let value = objectiveValue(plan, band: band)
            if kept == nil || value < kept!.value - 1e-9 { kept = (plan, value) }
        }
        return kept?.plan
    }

    /// `packing` with each floor's work raised by what its optional room work (deep cleans) takes beyond the capacity
    /// an attendant at load ratio z has left: a deep clean does not count in the load ratio but takes paid minutes,
    /// so the attendant who does it carries that much less mandatory work, and the component's others carry the rest
    /// (``fillTargets(_:work:plan:ratio:)``). Packed so, the components hold room for their deep cleans, which the
    /// block fill then reserves (at 1,000 rooms a packing without them left deep cleans that cost pairs outside).
    /// The capacity is the largest of a kind (paid minutes × efficiency).
    func withOptionalWork(_ packing: FloorComponentPacking, _ floorIDs: [String], ratio z: Double) -> FloorComponentPacking {
        let roomCrew = Set(paidRoomCrew)
        var packing = packing
        let spare = (1 - z) * packing.largestCapacity
        for (f, floor) in floorIDs.enumerated() {
            for group in groups where !group.isMandatory && group.isRoomTask && group.floorID == floor
                && group.eligible.contains(where: roomCrew.contains) {
                packing.floors[f].work += Double(group.count) * max(0, group.standardMinutes - spare)
            }
        }
        return packing
    }

    /// The components of a packing with its floors left over split further: packed again on their own, with the
    /// attendants left over and small components of up to ``leftOverFloorLimit`` floors, while that gives more
    /// components. The last floors left over form one component with the attendants still left; when none is
    /// left, those attendants join the other components (``spread(_:over:_:)``). Floors are indices into the
    /// packing's floors; each component's crew counts the attendants of each capacity kind.
    private func split(_ packed: FloorComponentPacking.Result, _ packing: FloorComponentPacking,
                       ratio z: Double) throws(OptimizationError) -> [(floors: [Int], crew: [Int])] {
        var components = packed.components.map { (floors: $0.floors, crew: $0.attendants) }
        var leftFloors = packed.leftOver
        var leftCrew = packing.kinds.indices.map { k in packing.kinds[k].count - components.reduce(0) { $0 + $1.crew[k] } }
        // Each small component with restricted work holds a qualified attendant.
        var qualified = packing.qualified - packed.components.filter(\.restricted).count
        while leftFloors.count > 1 {
            let rest = FloorComponentPacking(
                floors: leftFloors.map { packing.floors[$0] },
                kinds: zip(packing.kinds, leftCrew).map { FloorComponentPacking.CapacityKind(capacity: $0.capacity, count: $1) },
                qualified: max(0, qualified), travel: packing.travel,
                largestSmallComponent: min(leftFloors.count - 1, AssignmentEngine.leftOverFloorLimit))
            guard let result = try rest.solve(ratio: z, purpose: .plan, seconds: AssignmentEngine.componentSolveSeconds,
                                                   nodes: AssignmentEngine.componentSolveNodes),
                  result.componentCount > 1 else { break }
            for component in result.components {
                components.append((component.floors.map { leftFloors[$0] }, component.attendants))
                for (k, count) in component.attendants.enumerated() { leftCrew[k] -= count }
                if component.restricted { qualified -= 1 }
            }
            leftFloors = result.leftOver.map { leftFloors[$0] }
        }
        if !leftFloors.isEmpty {
            components.append((leftFloors, leftCrew))
        } else {
            spread(leftCrew, over: &components, packing)
        }
        return components
    }

    /// Attendants left over when the small components cover every floor: each joins, kind by kind, the component
    /// with the highest load ratio (work ÷ capacity) at that moment.
    private func spread(_ left: [Int], over components: inout [(floors: [Int], crew: [Int])], _ packing: FloorComponentPacking) {
        func ratio(_ component: (floors: [Int], crew: [Int])) -> Double {
            let work = component.floors.reduce(0.0) { $0 + packing.floors[$1].work }
            let capacity = zip(component.crew, packing.kinds).reduce(0.0) { $0 + Double($1.0) * $1.1.capacity }
            return capacity > 0 ? work / capacity : .infinity
        }
        for (k, count) in left.enumerated() {
            for _ in 0..<max(0, count) {
                guard let c = components.indices.max(by: { (ratio(components[$0]), -$0) < (ratio(components[$1]), -$1) }) else { return }
                components[c].crew[k] += 1
            }
        }
    }

    /// The attendants of each component, given its floors and how many of each capacity kind it takes (the kinds'
    /// members in `membersByKind`): a GLPK assignment in which every component holds, for each group of work on
    /// its floors that only some attendants may do, at least one who may do it, and as few attendants as possible
    /// have home or yesterday's floors none of which is in their component. Nil when no assignment exists.
    func componentCrews(_ components: [(floors: [String], crew: [Int])], _ membersByKind: [[Int]]) throws(OptimizationError) -> [[Int]]? {
        let roomCrew = Set(membersByKind.joined())
        var model = Model(name: "componentCrews")
        var x: [[Int: Variable]] = Array(repeating: [:], count: components.count)
        var objective = LinearExpression()
        var byAttendant: [Int: LinearExpression] = [:]
        for (c, component) in components.enumerated() {
            let floors = Set(component.floors)
            for (k, members) in membersByKind.enumerated() where component.crew[k] > 0 {
                var row = LinearExpression()
                for a in members {
                    let variable = try model.addVariable(.binary)
                    x[c][a] = variable
                    row.add(1, variable)
                    byAttendant[a, default: LinearExpression()].add(1, variable)
                    let home = preferredFloors(a)
                    if !home.isEmpty, home.isDisjoint(with: floors) { objective.add(1, variable) }
                }
                try model.addConstraint(row == Double(component.crew[k]))
            }
            let restricted = Set(groups.filter { $0.isMandatory && $0.isRoomTask && floors.contains($0.floorID ?? "") }
                .map { Set($0.eligible).intersection(roomCrew) }.filter { $0.count < roomCrew.count })
            for eligible in restricted.sorted(by: { $0.sorted().lexicographicallyPrecedes($1.sorted()) }) {
                var row = LinearExpression()
                for a in eligible.sorted() { if let variable = x[c][a] { row.add(1, variable) } }
                guard !row.terms.isEmpty else { return nil }
                try model.addConstraint(row >= 1)
            }
        }
        for a in byAttendant.keys.sorted() { try model.addConstraint(byAttendant[a]! == 1) }
        try model.setObjective(objective, sense: .minimize)
        let solution = try model.solve(SolveOptions(timeLimitSeconds: AssignmentEngine.componentSolveSeconds, relativeGap: 0,
                                                        nodeLimit: AssignmentEngine.componentSolveNodes))
        guard solution.hasSolution else { return nil }
        return x.map { chosen in chosen.keys.sorted().filter { solution[chosen[$0]!] > 0.5 } }
    }
}

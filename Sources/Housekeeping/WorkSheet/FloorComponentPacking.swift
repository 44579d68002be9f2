import Optimization

/// Floors grouped into *components*: groups of floors worked by their own attendants, nobody working floors of two
/// components. In a plan every attendant × floor pair links an attendant to a floor; the pairs of one component
/// form a connected graph, so a plan with K components on A attendants and F floors has at least A + F − K pairs,
/// and a component whose attendants sweep its floors in turn has exactly that many. The fewest pairs therefore come
/// from the most components — but each component's attendants must carry its work within the highest load ratio
/// z: work + the floor changes it forces ≤ z × their capacity (paid minutes × efficiency, in standard minutes).
/// The capacity left over in a component is its *waste*; all components together waste at most the hotel's slack,
/// z × all capacity − all work.
///
/// The packing enumerates every *small* component (up to ``largestSmallComponent`` floors) with the least waste
/// its floors allow (``cheapestCrew(work:ratio:)``), and lets GLPK choose disjoint small components
/// within the slack, the attendants of each capacity and those qualified for restricted work (suites); the floors
/// left over form components of more floors. Maximising the number of components gives:
/// - with ``Purpose/bound``: an upper limit on the components of *any* plan at z (GLPK's bound, rounded down),
///   as every component of a plan is either one of the small ones or has more floors, and the floors left over
///   may form as many large components as their count allows. For a bound each small component comes once for
///   every crew that may work it (``crews(work:ratio:wasteAtMost:)``: any mix of capacities whose waste and the
///   component's own floor changes fit within the slack), so the attendants of each capacity it takes are exact;
///   every component's floor changes count against the slack; and each component needs more attendants than the
///   whole multiples of the largest capacity its floors' work holds (see ``solve(ratio:purpose:seconds:)``);
/// - with ``Purpose/plan``: a partition to build a plan on — the chosen small components and one component of all
///   floors left over, worked by the attendants left over.
///
/// The work, capacity and travel are in standard minutes; restricted work is work only some attendants may do.
struct FloorComponentPacking: Sendable {
    /// Room attendants of one capacity (paid minutes × efficiency, standard minutes).
    struct CapacityKind: Hashable, Sendable {
        var capacity: Double
        var count: Int
    }

    /// A floor's mandatory room work, in standard minutes, and whether some of it is restricted.
    struct Floor: Hashable, Sendable {
        var work: Double
        var restricted: Bool
    }

    /// A group of floors with the attendants of each capacity kind it takes, and the capacity they leave unused.
    struct Component: Hashable, Sendable {
        var floors: [Int]
        var attendants: [Int]
        var waste: Double
        var restricted: Bool
    }

    enum Purpose: Sendable { case bound, plan }

    /// What a packing found: the chosen small components, the floors left to larger components, and the most
    /// components any plan may have (``Purpose/bound``; 0 when no plan keeps every load ratio within z) or this
    /// partition's number of components (``Purpose/plan``).
    struct Result: Sendable {
        var components: [Component]
        var leftOver: [Int]
        var componentCount: Int
    }

    var floors: [Floor]
    var kinds: [CapacityKind]
    /// Attendants qualified for restricted work.
    var qualified: Int
    /// The fewest standard minutes a floor change costs any attendant (minutes per change × the lowest efficiency).
    var travel: Double
    /// The most floors a small component has.
    var largestSmallComponent: Int

    var attendantCount: Int { kinds.reduce(0) { $0 + $1.count } }
    var totalCapacity: Double { kinds.reduce(0) { $0 + $1.capacity * Double($1.count) } }
    var totalWork: Double { floors.reduce(0) { $0 + $1.work } }

    /// The slack at z: z × all capacity − all work (negative when no plan reaches z).
    func slack(ratio z: Double) -> Double { z * totalCapacity - totalWork }

    var largestCapacity: Double { kinds.map(\.capacity).max() ?? 0 }

    /// The attendants by kind whose capacity at z covers `work` with the least waste (at least one attendant; at
    /// most as many of each kind as there are), or nil when all of them together do not cover it.
    func cheapestCrew(work: Double, ratio z: Double) -> (attendants: [Int], waste: Double)? {
        guard z > 0 else { return nil }
        var best: (attendants: [Int], waste: Double)?
        var counts = Array(repeating: 0, count: kinds.count)
        func search(_ kind: Int, _ covered: Double) {
            if covered >= work - 1e-9, counts.contains(where: { $0 > 0 }) {
                let waste = covered - work
                if best == nil || waste < best!.waste - 1e-9 { best = (counts, waste) }
                return
            }
            guard kind < kinds.count else { return }
            let most = min(kinds[kind].count, Int(((work - covered) / (z * kinds[kind].capacity)).rounded(.up)) + 1)
            for count in stride(from: most, through: 0, by: -1) {
                counts[kind] = count
                search(kind + 1, covered + z * kinds[kind].capacity * Double(count))
            }
            counts[kind] = 0
        }
        search(0, 0)
        return best
    }

    /// Every crew (attendants by kind, at least one) whose capacity at z covers `work` with at most `wasteAtMost`
    /// left unused, and that covers it no longer without one of its attendants. (A component worked by more
    /// attendants than that is, for the packing, one worked by such a crew with the others idle: the packing only
    /// limits the attendants it uses from above.)
    func crews(work: Double, ratio z: Double, wasteAtMost limit: Double) -> [(attendants: [Int], waste: Double)] {
        guard z > 0, limit >= -1e-9 else { return [] }
        var found: [(attendants: [Int], waste: Double)] = []
        var counts = Array(repeating: 0, count: kinds.count)
        func search(_ kind: Int, _ covered: Double) {
            guard covered <= work + limit + 1e-9 else { return }
            guard kind < kinds.count else {
                let smallest = kinds.indices.filter { counts[$0] > 0 }.map { z * kinds[$0].capacity }.min()
                if covered >= work - 1e-9, let smallest, covered - smallest < work - 1e-9 {
                    found.append((counts, max(0, covered - work)))
                }
                return
            }
            let most = min(kinds[kind].count, Int(((work + limit - covered) / (z * kinds[kind].capacity) + 1e-9).rounded(.down)))
            for count in 0...max(0, most) {
                counts[kind] = count
                search(kind + 1, covered + z * kinds[kind].capacity * Double(count))
            }
            counts[kind] = 0
        }
        search(0, 0)
        return found
    }

    /// Every small component whose least waste at z is within the slack; with `everyCrew`, one for each crew
    /// whose waste and floor changes fit within the slack.
    func candidates(ratio z: Double, everyCrew: Bool = false) -> [Component] {
        let slack = slack(ratio: z)
        guard slack >= -1e-9 else { return [] }
        var found: [Component] = []
        var chosen: [Int] = []
        func extend(from first: Int, work: Double) {
            for f in first..<floors.count {
                chosen.append(f)
                let total = work + floors[f].work + (chosen.count > 1 ? travel : 0)
                let restricted = chosen.contains { floors[$0].restricted }
                if everyCrew {
                    for crew in crews(work: total, ratio: z, wasteAtMost: slack - travel * Double(chosen.count - 1)) {
                        found.append(Component(floors: chosen, attendants: crew.attendants, waste: crew.waste, restricted: restricted))
                    }
                } else if let crew = cheapestCrew(work: total, ratio: z), crew.waste <= slack + 1e-9 {
                    found.append(Component(floors: chosen, attendants: crew.attendants, waste: crew.waste, restricted: restricted))
                }
                if chosen.count < largestSmallComponent { extend(from: f + 1, work: total) }
                chosen.removeLast()
            }
        }
        extend(from: 0, work: 0)
        return found
    }

    /// Packs components at z within `seconds` of GLPK and, when given, `nodes` nodes of its branch-and-cut (see the
    /// type's documentation). Nil when GLPK finds no packing (for a plan) or no bound.
    func solve(ratio z: Double, purpose: Purpose, seconds: Double, nodes: Int? = nil) throws(OptimizationError) -> Result? {
        let slack = slack(ratio: z)
        guard !floors.isEmpty, attendantCount > 0 else { return nil }
        guard slack >= -1e-9 else { return purpose == .bound ? Result(components: [], leftOver: [], componentCount: 0) : nil }
        // A bound also counts a small component's own floor changes against the slack (they take capacity too). A
        // plan's packing leaves them out on purpose: it is only a start, and the sweep and the objective judge the
        // plan built on it. Counting them there too loses the best 120-room benchmark plan (81.12 → 84.12 with the
        // four ratios the component plan tries).
        func ownTravel(_ component: Component) -> Double { purpose == .bound ? travel * Double(component.floors.count - 1) : 0 }
        let options = candidates(ratio: z, everyCrew: purpose == .bound)
        var model = Model(name: "floorComponents")
        let chosen = try model.addVariables(options.count, .binary)
        // Components of more floors than the small ones: how many, and the floors they hold.
        let large = try model.addVariable(.integer, lower: 0, upper: purpose == .plan ? 1 : Double(floors.count))
        var objective = LinearExpression(large)
        var wasteRow = LinearExpression(), floorsUsed = LinearExpression(), attendantsUsed = LinearExpression()
        var restrictedRow = LinearExpression()
        var byKind = Array(repeating: LinearExpression(), count: kinds.count)
        var byFloor = Array(repeating: LinearExpression(), count: floors.count)
        for (c, component) in options.enumerated() {
            objective.add(1, chosen[c])
            wasteRow.add(component.waste + ownTravel(component), chosen[c])
            floorsUsed.add(Double(component.floors.count), chosen[c])
            // A plan takes the cheapest crew; a bound has one candidate per crew that fits, so its crew is exact.
            attendantsUsed.add(Double(component.attendants.reduce(0, +)), chosen[c])
            if component.restricted { restrictedRow.add(1, chosen[c]) }
            for (k, count) in component.attendants.enumerated() where count > 0 { byKind[k].add(Double(count), chosen[c]) }
            for f in component.floors { byFloor[f].add(1, chosen[c]) }
        }
        for row in byFloor where !row.terms.isEmpty { try model.addConstraint(row <= 1) }
        // The waste of the small components and the floor changes of the large ones (a large component of n floors
        // has n − 1 at least) fit within the slack: waste + travel × (floors left over − large components) ≤ slack.
        let floorCount = Double(floors.count)
        try model.addConstraint(wasteRow - travel * floorsUsed - travel * LinearExpression(large) <= max(0, slack) - travel * floorCount)
        for (k, row) in byKind.enumerated() where !row.terms.isEmpty { try model.addConstraint(row <= Double(kinds[k].count)) }
        // Floors left over: each large component holds more floors than a small one, and some large component
        // holds them when any is left.
        try model.addConstraint(floorsUsed + Double(largestSmallComponent + 1) * LinearExpression(large) <= floorCount)
        try model.addConstraint(floorsUsed + floorCount * LinearExpression(large) >= floorCount)
        // Each large component needs the attendants its least work takes (more floors than a small component, each
        // with at least the least floor work), and a qualified one when it holds restricted work (for a plan: the
        // one left-over component keeps a qualified attendant when any floor is restricted).
        let leastLargeWork = Double(largestSmallComponent + 1) * (floors.map(\.work).min() ?? 0)
        let leastLargeCrew = Double(max(1, Int((leastLargeWork / (z * largestCapacity) - 1e-9).rounded(.up))))
        try model.addConstraint(attendantsUsed + leastLargeCrew * LinearExpression(large) <= Double(attendantCount))
        if purpose == .bound {
            // And, for a bound, the whole attendants each floor's work takes: a component of floors S needs more
            // than Σ ⌊work(f) ÷ (z × the largest capacity)⌋ over S (the floors whose work is a whole multiple count
            // one less), so the large ones need their floors' wholes + 1 each, and the small ones use up their own
            // floors' wholes: Σ (attendants − wholes) over the small ones + the large ones ≤ attendants − all wholes.
            let wholes = floors.map { Double(max(0, Int(($0.work / (z * largestCapacity) - 1e-9).rounded(.down)))) }
            var beyondWholes = LinearExpression(large)
            for (c, component) in options.enumerated() {
                let own = component.floors.reduce(0.0) { $0 + wholes[$1] }
                beyondWholes.add(Double(component.attendants.reduce(0, +)) - own, chosen[c])
            }
            try model.addConstraint(beyondWholes <= Double(attendantCount) - wholes.reduce(0, +))
        }
        let anyRestricted = floors.contains(where: \.restricted)
        if anyRestricted, !restrictedRow.terms.isEmpty {
            try model.addConstraint(restrictedRow + (purpose == .plan ? LinearExpression(large) : LinearExpression()) <= Double(qualified))
        }
        try model.setObjective(objective, sense: .maximize)
        let solution = try model.solve(SolveOptions(timeLimitSeconds: seconds, relativeGap: 0, nodeLimit: nodes))
        switch purpose {
        case .bound:
            // No packing at all: no plan keeps every load ratio within z.
            if solution.termination == .infeasible { return Result(components: [], leftOver: [], componentCount: 0) }
            guard let bound = solution.bestBound ?? solution.objective, abs(bound) < 1e20 else { return nil }
            let components = solution.hasSolution ? options.indices.filter { solution[chosen[$0]] > 0.5 }.map { options[$0] } : []
            return Result(components: components, leftOver: [], componentCount: Int((bound + 1e-6).rounded(.down)))
        case .plan:
            guard solution.hasSolution, let objective = solution.objective else { return nil }
            let components = options.indices.filter { solution[chosen[$0]] > 0.5 }.map { options[$0] }
            let covered = Set(components.flatMap(\.floors))
            return Result(components: components, leftOver: floors.indices.filter { !covered.contains($0) },
                          componentCount: Int(objective.rounded()))
        }
    }
}

extension AssignmentEngine {
    /// The day's floors with mandatory room work, in building and level order, packed as ``FloorComponentPacking``
    /// over the room attendants who may do some of it; nil when there is no such work or attendant.
    /// `largestSmallComponent` is the most floors of a small component.
    func floorComponentPacking(largestSmallComponent: Int) -> (packing: FloorComponentPacking, floorIDs: [String])? {
        guard let data = floorPairData() else { return nil }
        let roomSet = Set(data.roomCrew)
        let roomGroups = groups.filter { $0.isMandatory && $0.isRoomTask && $0.floorID != nil }
        let byFloor = Dictionary(grouping: roomGroups) { $0.floorID! }
        let floorIDs = byFloor.keys.sorted { (context.rank($0), $0) < (context.rank($1), $1) }
        let floors = floorIDs.map { floor in
            FloorComponentPacking.Floor(
                work: byFloor[floor]!.reduce(0.0) { $0 + $1.standardMinutes * Double($1.count) },
                restricted: byFloor[floor]!.contains { Set($0.eligible).intersection(roomSet).count < roomSet.count })
        }
        let capacities = Dictionary(grouping: data.roomCrew) { crew[$0].paidMinutes * crew[$0].efficiency }
        let kinds = capacities.keys.sorted().map { FloorComponentPacking.CapacityKind(capacity: $0, count: capacities[$0]!.count) }
        let lowestEfficiency = data.roomCrew.map { crew[$0].efficiency }.min() ?? 1
        let packing = FloorComponentPacking(floors: floors, kinds: kinds, qualified: data.qualified,
                                            travel: travelPerFloor * lowestEfficiency,
                                            largestSmallComponent: largestSmallComponent)
        return (packing, floorIDs)
    }
}

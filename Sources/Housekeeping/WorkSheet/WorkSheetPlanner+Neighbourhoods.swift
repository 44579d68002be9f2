import Optimization

/// A large-neighbourhood search after the starts: a few attendants who share floors are re-planned exactly by GLPK
/// (``assignmentModel(from:for:symmetry:band:)`` with everybody else kept as they are), and the result is kept
/// when the day's objective falls. The whole day's model is too big and too weak for GLPK to improve the starts
/// in the time there is; a neighbourhood of a few attendants and their floors is small enough to solve outright.
extension AssignmentEngine {
    /// The most crew members re-planned together.
    static let neighbourhoodAttendantLimit = 5
    /// How many consecutive floors (in building and level order) a neighbourhood is drawn around.
    static let neighbourhoodFloorWindows = [1, 2, 3]
    /// The most branch-and-bound nodes GLPK may open on one neighbourhood: a count, so that a sub-solve stops at the
    /// same plan on a quiet and on a loaded machine (with 0.02 s each instead, a loaded machine gave 107.67–108.92 at
    /// 300 rooms where a quiet one gave 108.33). Most neighbourhoods are solved to optimality in far fewer.
    static let neighbourhoodSolveNodes = 200

    /// The neighbourhoods of a plan, in the order they are tried: for each window of consecutive floors, the crew
    /// members who work any of them, with the floors of the window and every floor those members work; windows
    /// holding fewer than two or more than ``neighbourhoodAttendantLimit`` members are left out, as is a
    /// neighbourhood met before.
    func neighbourhoods(of plan: Plan) -> [Neighbourhood] {
        let floors = Set(groups.compactMap(\.floorID)).sorted { (context.rank($0), $0) < (context.rank($1), $1) }
        var seen = Set<[Int]>()
        var found: [Neighbourhood] = []
        for width in AssignmentEngine.neighbourhoodFloorWindows where width <= floors.count {
            for first in 0...(floors.count - width) {
                let window = Set(floors[first..<(first + width)])
                let members = crew.indices.filter { !plan.floors[$0].isDisjoint(with: window) }
                guard members.count >= 2, members.count <= AssignmentEngine.neighbourhoodAttendantLimit,
                      seen.insert(members).inserted else { continue }
                found.append(Neighbourhood(attendants: members, floors: members.reduce(window) { $0.union(plan.floors[$1]) }))
            }
        }
        return found
    }

    /// Re-plans neighbourhoods of `start` one after the other (``neighbourhoods(of:)``, drawn again from the plan
    /// after each round), at most `budget` of them, each solved by GLPK from the current plan within
    /// ``neighbourhoodSolveNodes`` nodes. `secondsLeft` is only a safety net: no neighbourhood is started once it is
    /// 0, and none runs past it (only a machine far slower than usual reaches it; then the plan may depend on the
    /// machine's speed). A neighbourhood's plan is kept when the day's objective falls. A neighbourhood whose
    /// attendants have the same lists as when it was last solved is not solved again; the search stops when a round has none left. Returns the plan and how many
    /// neighbourhoods were solved.
    func searchNeighbourhoods(_ start: Plan, band: Double, budget: Int,
                              secondsLeft: () -> Double) throws(OptimizationError) -> (plan: Plan, solved: Int) {
        struct Solved: Hashable { var attendants: [Int]; var counts: [[Int]] }
        var plan = start
        var value = objectiveValue(plan, band: band)
        var solved = 0
        var seen = Set<Solved>()
        var fresh = true
        while fresh {
            fresh = false
            for neighbourhood in neighbourhoods(of: plan) {
                let key = Solved(attendants: neighbourhood.attendants, counts: neighbourhood.attendants.map { plan.counts[$0] })
                guard seen.insert(key).inserted else { continue }
                let seconds = secondsLeft()
                guard solved < budget, seconds > 0 else { return (plan, solved) }
                solved += 1
                fresh = true
                guard let candidate = try resolve(neighbourhood, of: plan, band: band, seconds: seconds) else { continue }
                let candidateValue = objectiveValue(candidate, band: band)
                if candidateValue < value - 1e-9 {
                    plan = candidate
                    value = candidateValue
                    seen.insert(Solved(attendants: neighbourhood.attendants, counts: neighbourhood.attendants.map { plan.counts[$0] }))
                }
            }
        }
        return (plan, solved)
    }

    /// GLPK's plan for one neighbourhood of `plan`, everybody else kept, within ``neighbourhoodSolveNodes`` nodes and
    /// `seconds` (a safety net); nil when GLPK has none.
    func resolve(_ neighbourhood: Neighbourhood, of plan: Plan, band: Double,
                 seconds: Double) throws(OptimizationError) -> Plan? {
        let built = try assignmentModel(from: plan, for: neighbourhood, symmetry: [], band: band)
        let solution = try built.model.solve(SolveOptions(timeLimitSeconds: seconds, relativeGap: 0,
                                                          cuts: [.mixedIntegerRounding, .cover], initialSolution: built.initial,
                                                          nodeLimit: AssignmentEngine.neighbourhoodSolveNodes))
        guard solution.hasSolution else { return nil }
        return self.plan(of: solution, built, start: plan)
    }
}

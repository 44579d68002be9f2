/// One attendant's floor dropped, not exchanged for another as in the floor swaps: the attendant hands their tasks
/// on that floor to its other workers, ``balanced(_:within:swapsMakeRoom:budget:)`` spreads the loads within the
/// smaller floor pattern, and the floor-swap searches (``bestFloorSwaps(_:band:secondsLeft:)``),
/// the lists swapped toward home (``swapListsTowardHome(_:)``) and the departures over the allowance
/// (``lowerDepartureExcess(_:band:budget:pairCeiling:)``) then repair the plan. Kept when the day's objective falls:
/// one floor pair fewer for a highest load a little higher is the usual gain, which neither the balancing (each of
/// its steps must lower the higher of two loads) nor the floor swaps (the same number of floors) can reach.
extension AssignmentEngine {
    /// The least time limit, in seconds, at which the planner runs the floor-drop search: each drop tried costs two
    /// floor-swap searches (about 0.15 s in all on the 120-room sample hotel), which the short limits of the benchmark
    /// hotels (2.5, 2.5 and 4.5 s at 120, 300 and 1,000 rooms) leave out to keep their planning short.
    static let floorDropMinimumSeconds = 5.0
    /// How many drops the floor-drop search may try in all (a count, so that it stops at the same plan on a quiet
    /// and on a loaded machine).
    static let floorDropTrials = 200
    /// The share of the time limit after which the floor-drop search stops trying drops whatever its count: a safety
    /// net that only a machine far slower than usual reaches.
    static let floorDropTimeShare = 0.25

    /// `start` improved by dropping one floor of one attendant at a time, each drop repaired as above, the best
    /// first, while one lowers the day's objective; at most `budget` drops tried in all, and none once `secondsLeft`
    /// is 0 (a safety net: then the plan may depend on the machine's speed).
    func floorDropped(_ start: Plan, band: Double, budget: Int = floorDropTrials,
                      secondsLeft: () -> Double = { .infinity }) -> Plan {
        var budget = budget
        let roomCrew = paidRoomCrew
        return bestImprovement(from: start, band: band, goOn: { budget > 0 }) { plan, offer in
            search: for a in roomCrew where plan.floors[a].count > 1 {
                for leave in plan.floors[a].sorted() {
                    let stays = roomCrew.filter { $0 != a && plan.floors[$0].contains(leave) }
                    guard !stays.isEmpty else { continue }
                    var pattern = plan.floors
                    pattern[a].remove(leave)
                    guard let handed = handing(plan, from: a, floor: leave, to: stays, within: pattern) else { continue }
                    guard budget > 0, secondsLeft() > 0 else { break search }
                    budget -= 1
                    offer(repaired(handed, within: pattern, band: band, secondsLeft: secondsLeft))
                }
            }
        }
    }

    /// A plan just after a drop, its loads balanced within `pattern`, then the floor swaps
    /// (``bestFloorSwaps(_:band:secondsLeft:)``), the lists swapped toward home and the departures over the allowance
    /// lowered.
    private func repaired(_ handed: Plan, within pattern: [Set<String>], band: Double, secondsLeft: () -> Double) -> Plan {
        var balanceBudget = AssignmentEngine.balanceMoves
        let balanced = balanced(handed, within: pattern, budget: &balanceBudget)
        let swapped = swapListsTowardHome(bestFloorSwaps(balanced, band: band, secondsLeft: secondsLeft))
        return lowerDepartureExcess(swapped, band: band, budget: AssignmentEngine.departureExcessMoves,
                                    pairCeiling: usualFloorPairs(swapped))
    }
}

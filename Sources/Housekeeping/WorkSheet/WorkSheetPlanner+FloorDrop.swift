/// One attendant's floor dropped, not exchanged for another as in the floor swaps: the attendant hands their tasks
/// on that floor to its other workers, ``balanced(_:within:swapsMakeRoom:budget:)`` spreads the loads within the
/// smaller floor pattern, and the floor-swap searches (``bestFloorSwaps(_:band:secondsLeft:)``),
/// the lists swapped toward home (``swapListsTowardHome(_:)``) and the departures over the allowance
/// (``lowerDepartureExcess(_:band:budget:pairCeiling:)``) then repair the plan. Kept when the day's objective falls:
/// one floor pair fewer for a highest load a little higher is the usual gain, which neither the balancing (each of
/// its steps must lower the higher of two loads) nor the floor swaps (the same number of floors) can reach.
extension AssignmentEngine {
    /// The least time limit, in seconds, at which the planner runs the floor-drop search: each drop tried costs two
    /// floor-swap searches (about 0.15 s in all on the 120-room sample hotel), time the day's model needs more under
    /// the short limits of the benchmark hotels (0.7 s at 120 and 300 rooms, 2.2 s at 1,000).
    static let floorDropMinimumSeconds = 5.0
    /// The share of the time limit the floor-drop search may use before it stops trying drops.
    static let floorDropTimeShare = 0.25

    /// `start` improved by dropping one floor of one attendant at a time, each drop repaired as above, the best
    /// first, while one lowers the day's objective; no drop tried once `secondsLeft` is 0 (only a slow machine or a
    /// big hotel reaches it before the search ends; then the plan may depend on the machine's speed).
    func floorDropped(_ start: Plan, band: Double, secondsLeft: () -> Double = { .infinity }) -> Plan {
        let roomCrew = paidRoomCrew
        return bestImprovement(from: start, band: band) { plan, offer in
            search: for a in roomCrew where plan.floors[a].count > 1 {
                for leave in plan.floors[a].sorted() {
                    let stays = roomCrew.filter { $0 != a && plan.floors[$0].contains(leave) }
                    guard !stays.isEmpty else { continue }
                    var pattern = plan.floors
                    pattern[a].remove(leave)
                    guard let handed = handing(plan, from: a, floor: leave, to: stays, within: pattern) else { continue }
                    guard secondsLeft() > 0 else { break search }
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

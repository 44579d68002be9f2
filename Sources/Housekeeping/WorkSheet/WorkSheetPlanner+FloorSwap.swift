/// One attendant's floor set changed by one floor, the rest re-balanced: the attendant hands their tasks on one floor
/// to its other workers and may work a nearby floor instead, then ``balanced(_:within:swapsMakeRoom:budget:)``
/// spreads the loads within the new floor pattern. Kept when the day's objective falls; the same number of floor
/// pairs with a lower highest load is the usual gain.
extension AssignmentEngine {
    /// How far (in building and level order) the floor taken on may lie from a floor the attendant works.
    static let floorSwapReach = 2
    /// How many trial moves the whole floor-swap search may evaluate, the balancing included (a count; at 1,000
    /// rooms 400,000 gave 178.75 and 1,000,000 176.75, as did 3,000,000).
    static let floorSwapMoves = 1_000_000
    /// The most room attendants a hotel may have for the floor-swap search to run: above it, the search takes long
    /// and gains nothing (at 3,000 rooms, 160 room attendants, with the searches on counts: 8.7 s and 814.78 against
    /// 3.0 s and 814.00 without it, one run), and the neighbourhood search gets its budget once more for each further
    /// full 60 room attendants instead.
    static let floorSwapAttendantLimit = 60

    /// `start` improved by floor swaps, best first, while one lowers the day's objective; at most `budget` trial
    /// moves in all (`swapsMakeRoom` as in ``balanced(_:within:swapsMakeRoom:budget:)``), and no swap tried once
    /// `secondsLeft` is 0 (the time limit, which only a slow machine reaches before the budget is spent; then the
    /// plan may depend on the machine's speed).
    func floorSwapped(_ start: Plan, band: Double, budget: Int, swapsMakeRoom: Bool = true,
                      secondsLeft: () -> Double = { .infinity }) -> Plan {
        var budget = budget
        let roomCrew = paidRoomCrew
        let ranked = Set(groups.compactMap(\.floorID)).sorted { (context.rank($0), $0) < (context.rank($1), $1) }
        return bestImprovement(from: start, band: band, goOn: { budget > 0 }) { plan, offer in
            search: for a in roomCrew {
                for leave in plan.floors[a].sorted() {
                    let stays = roomCrew.filter { $0 != a && plan.floors[$0].contains(leave) }
                    guard !stays.isEmpty, let position = ranked.firstIndex(of: leave) else { continue }
                    let lower = max(0, position - AssignmentEngine.floorSwapReach)
                    let upper = min(ranked.count - 1, position + AssignmentEngine.floorSwapReach)
                    for take in ranked[lower...upper] where take != leave && !plan.floors[a].contains(take) {
                        var pattern = plan.floors
                        pattern[a].remove(leave)
                        pattern[a].insert(take)
                        guard let handed = handing(plan, from: a, floor: leave, to: stays, within: pattern) else { continue }
                        guard budget > 0, secondsLeft() > 0 else { break search }
                        var trialBudget = min(AssignmentEngine.balanceMoves, budget)
                        let allowed = trialBudget
                        offer(balanced(handed, within: pattern, swapsMakeRoom: swapsMakeRoom, budget: &trialBudget))
                        budget -= allowed - trialBudget
                    }
                }
            }
        }
    }

    /// The better of the two floor-swap searches from `start` (as the planner runs them): swaps only where a room
    /// fits on its own (which went further at 1,000 rooms), and swaps that also make the room (which found the better
    /// plan at 300 rooms).
    func bestFloorSwaps(_ start: Plan, band: Double, secondsLeft: () -> Double = { .infinity }) -> Plan {
        let fitting = floorSwapped(start, band: band, budget: AssignmentEngine.floorSwapMoves, swapsMakeRoom: false,
                                   secondsLeft: secondsLeft)
        let roomy = floorSwapped(start, band: band, budget: AssignmentEngine.floorSwapMoves, secondsLeft: secondsLeft)
        return objectiveValue(roomy, band: band) < objectiveValue(fitting, band: band) - 1e-9 ? roomy : fitting
    }

    /// `plan` with crew member `a`'s tasks on `floor` given to `takers` (who work it), each to the least loaded who
    /// can fit it, an optional task of theirs handed on within `pattern` to make room where needed; nil when some
    /// task finds nobody.
    func handing(_ plan: Plan, from a: Int, floor: String, to takers: [Int], within pattern: [Set<String>]) -> Plan? {
        var handed = plan
        for g in groups.indices where handed.counts[a][g] > 0 && groups[g].floorID == floor {
            while handed.counts[a][g] > 0 {
                remove(&handed, a, g)
                let able = takers.filter { mayDo($0, g) }.sorted { (mandatoryRatio(handed, $0), $0) < (mandatoryRatio(handed, $1), $1) }
                guard let b = able.first(where: { fits(handed, $0, g) })
                        ?? able.first(where: { makeRoom(&handed, for: g, at: $0, within: pattern) != nil }) else { return nil }
                add(&handed, b, g)
            }
        }
        return handed
    }
}

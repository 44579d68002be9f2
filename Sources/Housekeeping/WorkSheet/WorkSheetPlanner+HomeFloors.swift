/// Whole lists swapped between attendants so that more of them work their home or yesterday's floors.
extension AssignmentEngine {
    /// Swaps the whole lists of two room attendants when that puts fewer attendant × floor pairs off their home
    /// or yesterday's floors (``floorCost(_:_:)``), repeated while some swap helps. Only attendants with the same
    /// paid minutes and efficiency swap, and only when each may do every task of the other's list (skills and
    /// shift times: the groups' eligibility), so that every load ratio, departure allowance, cap, floor and
    /// building count stays as it was: the objective only loses the 0.25 of the pairs brought home.
    func swapListsTowardHome(_ start: Plan) -> Plan {
        var plan = start
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant }
        guard roomCrew.contains(where: { !preferredFloors($0).isEmpty }) else { return plan }
        func cost(_ a: Int, _ floors: Set<String>) -> Double { floors.reduce(0) { $0 + floorCost(a, $1) } }
        let eligible = groups.map { Set($0.eligible) }
        func mayTake(_ a: Int, listOf b: Int) -> Bool {
            groups.indices.allSatisfy { plan.counts[b][$0] == 0 || eligible[$0].contains(a) }
        }
        var swapped = true
        var rounds = 0
        while swapped, rounds < roomCrew.count {
            swapped = false
            rounds += 1
            for (i, a) in roomCrew.enumerated() {
                for b in roomCrew[(i + 1)...] where crew[a].paidMinutes == crew[b].paidMinutes && crew[a].efficiency == crew[b].efficiency {
                    let gain = cost(a, plan.floors[a]) + cost(b, plan.floors[b]) - cost(a, plan.floors[b]) - cost(b, plan.floors[a])
                    guard gain > 1e-9, mayTake(a, listOf: b), mayTake(b, listOf: a) else { continue }
                    let snapshot = plan
                    plan.copyList(of: b, in: snapshot, to: a)
                    plan.copyList(of: a, in: snapshot, to: b)
                    swapped = true
                }
            }
        }
        return plan
    }
}

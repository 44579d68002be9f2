/// Deep cleans reserved before a block's fill, with per-attendant fill targets. Deep cleans do not count in the load
/// ratio, but they take paid minutes: an attendant who fills up to the band (0.913 of a shift at 1,000 rooms) has no
/// 120 minutes left for a suite deep clean, and once every member of a block is near the band, the make-room step
/// after the fill finds nobody to take the tasks the qualified attendant would have to shed. So before a block is
/// filled, each deep clean on its floors is given to a qualified member, and the fill gives that member only the
/// mandatory work their paid minutes hold beside it; what that takes off them goes to the other members, as long as
/// they stay within the band.
extension AssignmentEngine {
    /// The standard minutes of mandatory work crew member `a` has in `plan`.
    func mandatoryStandardWork(_ plan: Plan, _ a: Int) -> Double { plan.mandatoryWork[a] * crew[a].efficiency }

    /// The standard minutes of optional work (deep cleans) crew member `a` has in `plan`.
    func optionalStandardWork(_ plan: Plan, _ a: Int) -> Double {
        max(0, plan.standardWork[a] - plan.mandatoryWork[a] * crew[a].efficiency)
    }

    /// Each member's share of a block's `work` (standard minutes of mandatory work, with the floor changes when the
    /// caller counts them), in the order given: `ratio(even)` × their capacity (paid minutes × efficiency), where
    /// even is the work ÷ the capacity of the members who take such a share — but never more than the capacity the
    /// optional work they already have in `plan` leaves them (deep cleans reserved for them). What that takes off
    /// them is shared by the others in proportion to capacity. Without optional work in `plan` every share is
    /// `ratio(work ÷ all capacity)` × capacity. Also returns the others' ratio.
    func fillTargets(_ members: [Int], work: Double, plan: Plan, ratio: (Double) -> Double) -> (targets: [Double], ratio: Double) {
        let capacity = members.map { crew[$0].paidMinutes * crew[$0].efficiency }
        let room = members.indices.map { max(0, capacity[$0] - optionalStandardWork(plan, members[$0])) }
        var capped = Array(repeating: false, count: members.count)
        while true {
            let fixed = members.indices.reduce(0.0) { $0 + (capped[$1] ? room[$1] : 0) }
            let free = members.indices.reduce(0.0) { $0 + (capped[$1] ? 0 : capacity[$1]) }
            let shared = free > 0 ? ratio(max(0, work - fixed) / free) : (work > fixed + 1e-9 ? .infinity : 0)
            var changed = false
            for p in members.indices where !capped[p] && shared * capacity[p] > room[p] + 1e-9 {
                capped[p] = true
                changed = true
            }
            if !changed { return (members.indices.map { capped[$0] ? room[$0] : shared * capacity[$0] }, shared) }
        }
    }

    /// Gives the optional room work (deep cleans) still open on a block's floors to members of the block before it is
    /// filled, task by task, those the fewest members may do first, then the longest: each to the member who may do
    /// it with the most capacity left beside their reserved work (then one whose home or yesterday's floors hold it,
    /// then the first in crew order), when the block's mandatory work and floor changes still fit the others within
    /// the band (``fillTargets(_:work:plan:ratio:)``). A task no member can take so stays open for the deep cleans
    /// into spare capacity after the fill.
    func reserveOptionalWork(_ floors: [String], _ groupsByFloor: [String: [Int]], members: [Int], band: Double,
                             into plan: inout Plan) {
        let floorSet = Set(floors)
        let open = groups.indices.filter { g in
            !groups[g].isMandatory && groups[g].isRoomTask && floorSet.contains(groups[g].floorID ?? "")
                && members.contains { mayDo($0, g) }
        }
        guard !open.isEmpty, !members.isEmpty else { return }
        let meanEfficiency = members.reduce(0.0) { $0 + crew[$1].efficiency } / Double(members.count)
        let work = floors.reduce(0.0) { total, floor in
            total + groupsByFloor[floor]!.reduce(0.0) { $0 + groups[$1].standardMinutes * Double(groups[$1].count) }
        } + travelPerFloor * meanEfficiency * Double(floors.count - 1)
        let qualified = { (g: Int) in members.filter { self.mayDo($0, g) }.count }
        let ordered = open.sorted { (qualified($0), -groups[$0].standardMinutes, $0) < (qualified($1), -groups[$1].standardMinutes, $1) }
        for g in ordered {
            var left = groups[g].count - crew.indices.reduce(0) { $0 + plan.counts[$1][g] }
            while left > 0 {
                let current = plan
                let room = { (a: Int) in self.crew[a].paidMinutes * self.crew[a].efficiency - self.optionalStandardWork(current, a) }
                let candidates = members.filter { a in
                    guard mayDo(a, g), fits(plan, a, g) else { return false }
                    var trial = plan
                    add(&trial, a, g)
                    return fillTargets(members, work: work, plan: trial, ratio: { $0 }).ratio <= band + 1e-9
                }
                let key = { (a: Int) in (-room(a), self.preferredFloors(a).contains(self.groups[g].floorID!) ? 0 : 1, a) }
                guard let a = candidates.min(by: { key($0) < key($1) }) else { break }
                add(&plan, a, g)
                left -= 1
            }
        }
    }
}

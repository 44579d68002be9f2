/// The plan state shared by the greedy, the local search and the solver: counts per group and attendant with
/// their totals, and the checks on them (fits, travel, load ratio, departure allowance).
extension AssignmentEngine {
    /// Counts per group and crew member, with the derived totals.
    struct Plan {
        var counts: [[Int]]  // [crew][group]
        var floors: [Set<String>]
        var buildings: [Set<String>]
        var floorUnits: [[String: Int]]
        var buildingUnits: [[String: Int]]
        var work: [Double]  // minutes after efficiency, all work
        var mandatoryWork: [Double]
        var standardWork: [Double]
        var rooms: [Int]
        var departures: [Int]
        var credits: [Double]
        var area: [Double]

        init(crew: Int, groups: Int) {
            counts = Array(repeating: Array(repeating: 0, count: groups), count: crew)
            floors = Array(repeating: [], count: crew)
            buildings = Array(repeating: [], count: crew)
            floorUnits = Array(repeating: [:], count: crew)
            buildingUnits = floorUnits
            work = Array(repeating: 0, count: crew)
            mandatoryWork = work
            standardWork = work
            rooms = Array(repeating: 0, count: crew)
            departures = rooms
            credits = work
            area = work
        }

        /// Gives crew member `slot` the list `source` has in `plan` (counts and every total derived from them).
        mutating func copyList(of source: Int, in plan: Plan, to slot: Int) {
            counts[slot] = plan.counts[source]
            floors[slot] = plan.floors[source]
            buildings[slot] = plan.buildings[source]
            floorUnits[slot] = plan.floorUnits[source]
            buildingUnits[slot] = plan.buildingUnits[source]
            work[slot] = plan.work[source]
            mandatoryWork[slot] = plan.mandatoryWork[source]
            standardWork[slot] = plan.standardWork[source]
            rooms[slot] = plan.rooms[source]
            departures[slot] = plan.departures[source]
            credits[slot] = plan.credits[source]
            area[slot] = plan.area[source]
        }
    }

    func travel(_ plan: Plan, _ a: Int) -> Double {
        travelPerFloor * Double(max(0, plan.floors[a].count - 1)) + travelPerBuilding * Double(max(0, plan.buildings[a].count - 1))
    }

    /// Whether one more task of group g fits crew member a (capacity and caps).
    func fits(_ plan: Plan, _ a: Int, _ g: Int) -> Bool {
        let group = groups[g]
        let member = crew[a]
        var floors = plan.floors[a].count
        var buildings = plan.buildings[a].count
        if let floor = group.floorID, !plan.floors[a].contains(floor) { floors += 1 }
        if let building = group.buildingID, !plan.buildings[a].contains(building) { buildings += 1 }
        let travel = travelPerFloor * Double(max(0, floors - 1)) + travelPerBuilding * Double(max(0, buildings - 1))
        if plan.work[a] + group.standardMinutes / member.efficiency + travel > member.paidMinutes + 1e-6 { return false }
        if group.isRoomTask {
            if let cap = caps.rooms, plan.rooms[a] + 1 > cap { return false }
            if let cap = caps.departures, group.isDeparture, plan.departures[a] + 1 > cap { return false }
            if let cap = caps.credits, plan.credits[a] + group.credits > cap + 1e-6 { return false }
            if let cap = caps.areaSquareMetres, plan.area[a] + group.areaSquareMetres > cap + 1e-6 { return false }
        }
        return true
    }

    func add(_ plan: inout Plan, _ a: Int, _ g: Int, _ count: Int = 1) {
        let group = groups[g]
        let minutes = group.standardMinutes / crew[a].efficiency * Double(count)
        plan.counts[a][g] += count
        if let floor = group.floorID { plan.floors[a].insert(floor); plan.floorUnits[a][floor, default: 0] += count }
        if let building = group.buildingID { plan.buildings[a].insert(building); plan.buildingUnits[a][building, default: 0] += count }
        plan.work[a] += minutes
        plan.standardWork[a] += group.standardMinutes * Double(count)
        if group.isMandatory { plan.mandatoryWork[a] += minutes }
        if group.isRoomTask {
            plan.rooms[a] += count
            if group.isDeparture { plan.departures[a] += count }
            plan.credits[a] += group.credits * Double(count)
            plan.area[a] += group.areaSquareMetres * Double(count)
        }
    }

    func remove(_ plan: inout Plan, _ a: Int, _ g: Int, _ count: Int = 1) {
        let group = groups[g]
        let minutes = group.standardMinutes / crew[a].efficiency * Double(count)
        plan.counts[a][g] -= count
        if let floor = group.floorID {
            plan.floorUnits[a][floor, default: 0] -= count
            if plan.floorUnits[a][floor]! <= 0 { plan.floorUnits[a][floor] = nil; plan.floors[a].remove(floor) }
        }
        if let building = group.buildingID {
            plan.buildingUnits[a][building, default: 0] -= count
            if plan.buildingUnits[a][building]! <= 0 { plan.buildingUnits[a][building] = nil; plan.buildings[a].remove(building) }
        }
        plan.work[a] -= minutes
        plan.standardWork[a] -= group.standardMinutes * Double(count)
        if group.isMandatory { plan.mandatoryWork[a] -= minutes }
        if group.isRoomTask {
            plan.rooms[a] -= count
            if group.isDeparture { plan.departures[a] -= count }
            plan.credits[a] -= group.credits * Double(count)
            plan.area[a] -= group.areaSquareMetres * Double(count)
        }
    }

    /// The departures each room attendant may have before the excess is penalised: max(share + 1, 1.25 ×
    /// share), rounded up, where the share is the day's departures in proportion to paid minutes × efficiency.
    func departureAllowance() -> [Double] { departureAllowanceByCrew }

    /// Works out ``departureAllowance()`` from the groups and the crew.
    func allowanceOfDepartures() -> [Double] {
        let roomCrew = crew.indices.filter { crew[$0].role == .roomAttendant }
        let standardCapacity = roomCrew.reduce(0.0) { $0 + crew[$1].paidMinutes * crew[$1].efficiency }
        let departureTotal = Double(groups.filter(\.isDeparture).reduce(0) { $0 + $1.count })
        var allowance: [Double] = Array(repeating: .infinity, count: crew.count)
        guard departureTotal > 0, standardCapacity > 0 else { return allowance }
        for a in roomCrew {
            let share = departureTotal * crew[a].paidMinutes * crew[a].efficiency / standardCapacity
            allowance[a] = max(share + 1, share * 1.25).rounded(.up)
        }
        return allowance
    }

    /// The load ratio the model minimises for one attendant: (mandatory work + travel) ÷ paid minutes.
    func mandatoryRatio(_ plan: Plan, _ a: Int) -> Double {
        crew[a].paidMinutes > 0 ? (plan.mandatoryWork[a] + travel(plan, a)) / crew[a].paidMinutes : 0
    }
}

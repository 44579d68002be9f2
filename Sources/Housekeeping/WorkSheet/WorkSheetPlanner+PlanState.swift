/// The plan state shared by the greedy, the local search and the solver: counts per group and attendant with
/// their totals, and the checks on them (fits, travel, load ratio, departure allowance).
extension AssignmentEngine {
    /// Counts per group and crew member, with the derived totals.
    struct Plan {
        var counts: [[Int]]  // [crew][group]
        var floors: [Set<String>]
        var buildings: [Set<String>]
        /// Tasks per crew member on each floor, by the floor's number (``WorkGroup/floorNumber``): a floor is among
        /// `floors[a]` exactly when its count is above 0. Grown as floors are added, so a missing entry is 0.
        var floorUnits: [[Int]]
        /// Tasks per crew member in each building, by the building's number (``WorkGroup/buildingNumber``).
        var buildingUnits: [[Int]]
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
            floorUnits = Array(repeating: [], count: crew)
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
        var floors = plan.floors[a].count
        var buildings = plan.buildings[a].count
        if groups[g].floorNumber != nil, !worksFloor(of: g, plan, a) { floors += 1 }
        if let building = groups[g].buildingNumber, building >= plan.buildingUnits[a].count || plan.buildingUnits[a][building] <= 0 {
            buildings += 1
        }
        let travel = travelPerFloor * Double(max(0, floors - 1)) + travelPerBuilding * Double(max(0, buildings - 1))
        if plan.work[a] + groups[g].standardMinutes / crew[a].efficiency + travel > crew[a].paidMinutes + 1e-6 { return false }
        if groups[g].isRoomTask {
            if let cap = caps.rooms, plan.rooms[a] + 1 > cap { return false }
            if let cap = caps.departures, groups[g].isDeparture, plan.departures[a] + 1 > cap { return false }
            if let cap = caps.credits, plan.credits[a] + groups[g].credits > cap + 1e-6 { return false }
            if let cap = caps.areaSquareMetres, plan.area[a] + groups[g].areaSquareMetres > cap + 1e-6 { return false }
        }
        return true
    }

    func add(_ plan: inout Plan, _ a: Int, _ g: Int, _ count: Int = 1) {
        let minutes = groups[g].standardMinutes / crew[a].efficiency * Double(count)
        plan.counts[a][g] += count
        if let floor = groups[g].floorNumber {
            if AssignmentEngine.raise(&plan.floorUnits[a], at: floor, by: count) { plan.floors[a].insert(groups[g].floorID!) }
        }
        if let building = groups[g].buildingNumber {
            if AssignmentEngine.raise(&plan.buildingUnits[a], at: building, by: count) { plan.buildings[a].insert(groups[g].buildingID!) }
        }
        plan.work[a] += minutes
        plan.standardWork[a] += groups[g].standardMinutes * Double(count)
        if groups[g].isMandatory { plan.mandatoryWork[a] += minutes }
        if groups[g].isRoomTask {
            plan.rooms[a] += count
            if groups[g].isDeparture { plan.departures[a] += count }
            plan.credits[a] += groups[g].credits * Double(count)
            plan.area[a] += groups[g].areaSquareMetres * Double(count)
        }
    }

    func remove(_ plan: inout Plan, _ a: Int, _ g: Int, _ count: Int = 1) {
        let minutes = groups[g].standardMinutes / crew[a].efficiency * Double(count)
        plan.counts[a][g] -= count
        if let floor = groups[g].floorNumber {
            if AssignmentEngine.raise(&plan.floorUnits[a], at: floor, by: -count) { plan.floors[a].remove(groups[g].floorID!) }
        }
        if let building = groups[g].buildingNumber {
            if AssignmentEngine.raise(&plan.buildingUnits[a], at: building, by: -count) { plan.buildings[a].remove(groups[g].buildingID!) }
        }
        plan.work[a] -= minutes
        plan.standardWork[a] -= groups[g].standardMinutes * Double(count)
        if groups[g].isMandatory { plan.mandatoryWork[a] -= minutes }
        if groups[g].isRoomTask {
            plan.rooms[a] -= count
            if groups[g].isDeparture { plan.departures[a] -= count }
            plan.credits[a] -= groups[g].credits * Double(count)
            plan.area[a] -= groups[g].areaSquareMetres * Double(count)
        }
    }

    /// Adds `change` to `units[index]` (growing `units` with zeros as needed) and tells whether the place is
    /// newly taken (an addition to 0 or less) or newly left (a removal down to 0 or less), so that the caller
    /// adds the floor or building to the set or takes it out.
    private static func raise(_ units: inout [Int], at index: Int, by change: Int) -> Bool {
        if units.count <= index { units.append(contentsOf: repeatElement(0, count: index + 1 - units.count)) }
        let before = units[index]
        units[index] += change
        return change > 0 ? before <= 0 : units[index] <= 0
    }

    /// How many tasks crew member `a` has on `floor` in `plan`.
    func units(_ plan: Plan, _ a: Int, onFloor floor: String) -> Int {
        guard let number = floorNumbers[floor], number < plan.floorUnits[a].count else { return 0 }
        return plan.floorUnits[a][number]
    }

    /// Whether crew member `a` works the floor of group `g` in `plan` (false for work on no floor).
    func worksFloor(of g: Int, _ plan: Plan, _ a: Int) -> Bool {
        guard let number = groups[g].floorNumber, number < plan.floorUnits[a].count else { return false }
        return plan.floorUnits[a][number] > 0
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

    /// The room attendants with paid minutes today (crew indices): those whose load ratio the objective counts.
    var paidRoomCrew: [Int] { crew.indices.filter { crew[$0].role == .roomAttendant && crew[$0].paidMinutes > 0 } }

    /// The load ratio the model minimises for one attendant: (mandatory work + travel) ÷ paid minutes.
    func mandatoryRatio(_ plan: Plan, _ a: Int) -> Double {
        crew[a].paidMinutes > 0 ? (plan.mandatoryWork[a] + travel(plan, a)) / crew[a].paidMinutes : 0
    }
}

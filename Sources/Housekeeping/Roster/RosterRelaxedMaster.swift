import Optimization

/// The linear programme that gives ``RosterLagrangianBound`` its multipliers: a column-generation master over
/// schedules that meet only the sequence rules (the relaxed pricing's superset), with each employee's counting
/// rules (minutes, weekends, shifts per type, those that can bind) as linear rows over their schedules, and the
/// cover rows with under and over slacks priced by the cover weights and the hard minimums without slack.
/// Its duals are the multipliers; the bound's best schedules at them are the next columns. Kept alive in GLPK
/// (``LinearProgram``) and re-solved warm. A class, not `Sendable`: it lives inside one ``RosterSearch`` call.
final class RosterRelaxedMaster {
    private let lp: LinearProgram
    private let index: RosterIndex
    private let scale: Double
    private var known: [Set<[Int]>]
    private let convexityRow: [Int]
    /// coverSides[r]: the rows of cover row r (under, over, minimum: those it has).
    private let coverSides: [[Int]]
    /// Per employee, the rows of their counting rules that can bind (nil otherwise).
    private let aboveRow: [Int?], belowRow: [Int?], weekendRow: [Int?], shiftRow: [[Int?]]

    /// The master with `roster`'s schedules as its first columns (a roster meeting every hard rule makes it
    /// feasible).
    init(bound: RosterLagrangianBound, roster: [[Int]]) throws(OptimizationError) {
        let index = bound.index
        let lp = LinearProgram(sense: .minimize)
        var convexityRow: [Int] = []
        for _ in 0..<index.employeeCount { convexityRow.append(try lp.addRow(lower: 1, upper: 1)) }
        var coverSides: [[Int]] = []
        for row in index.coverRows {
            var sides: [Int] = []
            if row.underWeight > 0 {
                let side = try lp.addRow(lower: Double(row.preferred), upper: .infinity)
                try lp.addColumn(cost: Double(row.underWeight), entries: [(side, 1)])
                sides.append(side)
            }
            if row.overWeight > 0 {
                let side = try lp.addRow(lower: -.infinity, upper: Double(row.preferred))
                try lp.addColumn(cost: Double(row.overWeight), entries: [(side, -1)])
                sides.append(side)
            }
            if row.minimum > 0 { sides.append(try lp.addRow(lower: Double(row.minimum), upper: .infinity)) }
            coverSides.append(sides)
        }
        let scale = bound.minuteScale
        var aboveRow: [Int?] = [], belowRow: [Int?] = [], weekendRow: [Int?] = [], shiftRow: [[Int?]] = []
        for e in 0..<index.employeeCount {
            aboveRow.append(bound.minutesBind[e].above ? try lp.addRow(lower: -.infinity, upper: Double(index.maxMinutes[e]) / scale) : nil)
            belowRow.append(bound.minutesBind[e].below ? try lp.addRow(lower: Double(index.minMinutes[e]) / scale, upper: .infinity) : nil)
            weekendRow.append(bound.weekendsBind[e] ? try lp.addRow(lower: -.infinity, upper: Double(index.maxWeekends[e])) : nil)
            var rows: [Int?] = []
            for t in 0..<index.shiftCount {
                rows.append(bound.shiftBinds[e][t] ? try lp.addRow(lower: -.infinity, upper: Double(index.maxShifts[e][t])) : nil)
            }
            shiftRow.append(rows)
        }
        self.lp = lp
        self.index = index
        self.scale = scale
        self.convexityRow = convexityRow
        self.coverSides = coverSides
        self.aboveRow = aboveRow
        self.belowRow = belowRow
        self.weekendRow = weekendRow
        self.shiftRow = shiftRow
        known = Array(repeating: [], count: index.employeeCount)
        for (e, row) in roster.enumerated() { try add(e, row) }
    }

    /// Adds a schedule of employee e (meeting the sequence rules) as a column, unless it is there already.
    /// Returns whether it was added.
    @discardableResult
    func add(_ e: Int, _ row: [Int]) throws(OptimizationError) -> Bool {
        guard known[e].insert(row).inserted else { return false }
        var entries: [Int: Double] = [convexityRow[e]: 1]
        var minutes = 0, counts = [Int](repeating: 0, count: index.shiftCount), weekends = Set<Int>()
        for d in 0..<index.dayCount where row[d] >= 0 {
            minutes += index.minutes[row[d]]
            counts[row[d]] += 1
            if index.weekendOf[d] >= 0 { weekends.insert(index.weekendOf[d]) }
            for r in index.rowsAt[d][row[d]] where index.coverRows[r].counts[e] {
                for side in coverSides[r] { entries[side, default: 0] += 1 }
            }
        }
        if let row = aboveRow[e] { entries[row] = Double(minutes) / scale }
        if let row = belowRow[e] { entries[row] = Double(minutes) / scale }
        if let row = weekendRow[e] { entries[row] = Double(weekends.count) }
        for t in 0..<index.shiftCount { if let row = shiftRow[e][t] { entries[row] = Double(counts[t]) } }
        try lp.addColumn(cost: Double(index.requestPenalty(e, row)), upper: 1,
                         entries: entries.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return true
    }

    /// Solves the LP from its last basis and sets `bound`'s multipliers to its duals. Returns the LP value, or
    /// nil when it was not solved to optimality (the multipliers are then unchanged).
    func solve(into bound: inout RosterLagrangianBound, timeLimitSeconds: Double) throws(OptimizationError) -> Double? {
        let solution = try lp.solve(.primal, timeLimitSeconds: timeLimitSeconds)
        guard solution.status == .optimal else { return nil }
        let y = solution.duals
        for r in coverSides.indices { bound.cover[r] = coverSides[r].reduce(0) { $0 + y[$1] } }
        for e in 0..<index.employeeCount {
            // A ≤ row's dual is ≤ 0 in a minimisation: its multiplier is minus the dual.
            bound.aboveMinutes[e] = aboveRow[e].map { -y[$0] } ?? 0
            bound.belowMinutes[e] = belowRow[e].map { y[$0] } ?? 0
            bound.weekends[e] = weekendRow[e].map { -y[$0] } ?? 0
            for t in 0..<index.shiftCount { bound.perShift[e][t] = shiftRow[e][t].map { -y[$0] } ?? 0 }
        }
        return solution.objective
    }
}

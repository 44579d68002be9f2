/// A lower bound on the roster penalty by Lagrangian relaxation with a relaxed pricing, for problems whose
/// exact pricing is too large for column generation (a hotel month with 450- and 480-minute shifts, a year of
/// 150 staff). Internal to the planner.
///
/// The cover rows are relaxed with a multiplier `μ[r]` each (the roster's count of row r against a free count
/// `c[r]` between its hard minimum and the number of people who count in it), and each employee's counting
/// rules (minutes, weekends, shifts per type) with multipliers `≥ 0` of their own. What is left splits: per
/// cover row, the least `penalty(c) + μ·c` (at the minimum, the preferred level or the most people); per
/// employee, the best schedule under the sequence rules alone (``EmployeeScheduleSearch/bestSequence(value:weekendPrice:)``,
/// exact by dynamic programming over a superset of the employee's schedules, so its value is at least that of
/// any schedule meeting all their rules). For **any** multipliers the sum is a valid lower bound on the penalty
/// of every roster that meets the hard rules (weak duality); ``RosterRelaxedMaster`` supplies good ones.
///
/// Minutes are counted in units of the mean shift length (``minuteScale``). Weekends are priced only when no
/// weekend has more than two days (the dynamic programme then counts weekends worked exactly); otherwise the
/// weekend limit is dropped, which still leaves a superset.
struct RosterLagrangianBound {
    let index: RosterIndex
    /// The multiplier of each cover row: the value of one more person counting in it.
    var cover: [Double]
    /// Per employee, the multipliers (`≥ 0`; a negative one, or one of a rule that cannot bind, counts as 0) of the
    /// minutes maximum and minimum (per ``minuteScale`` minutes), the weekend maximum, and each shift type's maximum.
    var aboveMinutes: [Double], belowMinutes: [Double], weekends: [Double], perShift: [[Double]]
    /// Which of those rules can bind (the others keep a multiplier of 0).
    let minutesBind: [(above: Bool, below: Bool)], weekendsBind: [Bool], shiftBinds: [[Bool]]
    /// The minutes in one unit of the minutes multipliers: the mean shift length.
    let minuteScale: Double

    /// All multipliers at 0.
    init(index: RosterIndex) {
        self.index = index
        let e = index.employeeCount, shifts = index.shiftCount, days = index.dayCount
        cover = Array(repeating: 0, count: index.coverRows.count)
        minuteScale = max(1, Double(index.minutes.reduce(0, +)) / Double(max(1, shifts)))
        let twoDayWeekends = (0..<index.weekendCount).allSatisfy { w in index.weekendOf.filter { $0 == w }.count <= 2 }
        var minutesBind: [(above: Bool, below: Bool)] = [], weekendsBind: [Bool] = [], shiftBinds: [[Bool]] = []
        for person in 0..<e {
            let usable = (0..<shifts).filter { index.allows(person, $0) }
            let longest = usable.map { index.minutes[$0] }.max() ?? 0
            let workable = (0..<days).filter { !index.leave[person][$0] }.count
            minutesBind.append((index.maxMinutes[person] < longest * workable, index.minMinutes[person] > 0))
            weekendsBind.append(twoDayWeekends && index.maxWeekends[person] < index.weekendCount)
            shiftBinds.append((0..<shifts).map { index.allows(person, $0) && index.maxShifts[person][$0] < workable })
        }
        self.minutesBind = minutesBind
        self.weekendsBind = weekendsBind
        self.shiftBinds = shiftBinds
        aboveMinutes = Array(repeating: 0, count: e)
        belowMinutes = aboveMinutes
        weekends = aboveMinutes
        perShift = Array(repeating: Array(repeating: 0, count: shifts), count: e)
    }

    /// The bound at the current multipliers, with each employee's best schedule under them.
    struct Evaluation {
        /// A lower bound on the penalty of every roster meeting the hard rules (−infinity when some employee has
        /// no schedule under the sequence rules).
        var bound: Double
        /// rows[e]: the best schedule of employee e under the sequence rules alone (it may break a counting rule).
        var rows: [[Int]]
    }

    /// The Lagrangian bound at the current multipliers.
    func evaluate() -> Evaluation {
        let shifts = index.shiftCount, days = index.dayCount
        var bound = 0.0
        for (r, row) in index.coverRows.enumerated() {
            // min over c in [minimum, people] of penalty(c) + μ·c: convex and piecewise linear, so at an end or at
            // the preferred level.
            let people = row.counts.filter { $0 }.count
            let low = min(row.minimum, people)
            let candidates = [low, people, min(max(row.preferred, low), people)]
            bound += candidates.map { Double(row.penalty($0)) + cover[r] * Double($0) }.min()!
        }
        var rows: [[Int]] = []
        for e in 0..<index.employeeCount {
            let above = minutesBind[e].above ? max(0, aboveMinutes[e]) : 0, below = minutesBind[e].below ? max(0, belowMinutes[e]) : 0
            let weekendPrice = weekendsBind[e] ? max(0, weekends[e]) : 0
            let shiftPrice = (0..<shifts).map { shiftBinds[e][$0] ? max(0, perShift[e][$0]) : 0 }
            var value = Array(repeating: Array(repeating: 0.0, count: shifts + 1), count: days)
            let minutePrice = (above - below) / minuteScale
            for d in 0..<days {
                value[d][0] = -Double(index.requestCost[e][d][0])
                for t in 0..<shifts {
                    var gain = -Double(index.requestCost[e][d][t + 1]) - minutePrice * Double(index.minutes[t]) - shiftPrice[t]
                    for r in index.rowsAt[d][t] where index.coverRows[r].counts[e] { gain += cover[r] }
                    value[d][t + 1] = gain
                }
            }
            let search = EmployeeScheduleSearch(index: index, employee: e)
            guard let row = search.bestSequence(value: value, weekendPrice: weekendPrice) else {
                return Evaluation(bound: -.infinity, rows: [])
            }
            var best = 0.0, worked = Set<Int>()
            for d in 0..<days {
                best += value[d][row[d] + 1]
                if row[d] >= 0 && index.weekendOf[d] >= 0 { worked.insert(index.weekendOf[d]) }
            }
            best -= weekendPrice * Double(worked.count)
            // The employee's term: −(their best value) minus each multiplier times the limit it stands for.
            bound -= best + above * Double(index.maxMinutes[e]) / minuteScale - below * Double(index.minMinutes[e]) / minuteScale
            bound -= weekendPrice * Double(index.maxWeekends[e])
            for t in 0..<shifts where shiftPrice[t] > 0 { bound -= shiftPrice[t] * Double(index.maxShifts[e][t]) }
            rows.append(row)
        }
        return Evaluation(bound: bound, rows: rows)
    }
}

extension RosterLagrangianBound {
    /// The multipliers `share·self + (1 − share)·other` (dual smoothing: priced at a point between the best
    /// multipliers so far and the master's latest duals, column generation oscillates less).
    func blended(with other: RosterLagrangianBound, share: Double) -> RosterLagrangianBound {
        func mix(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { share * $0 + (1 - share) * $1 } }
        var result = self
        result.cover = mix(cover, other.cover)
        result.aboveMinutes = mix(aboveMinutes, other.aboveMinutes)
        result.belowMinutes = mix(belowMinutes, other.belowMinutes)
        result.weekends = mix(weekends, other.weekends)
        result.perShift = zip(perShift, other.perShift).map { mix($0, $1) }
        return result
    }
}

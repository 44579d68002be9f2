import Optimization

extension RosterSearch {
    /// The most listed schedules of one employee that enter a node's LP in one pricing round.
    static let branchColumnsPerRound = 5
    /// Under ``RosterPlanner/Options/roundLimit``, the most branch-and-price nodes per round.
    static let branchNodesPerRound = 10

    /// A node of the branch-and-price tree: the assignments still allowed to some employees on some days.
    struct BranchNode {
        /// (employee, day, mask): on that day the employee may only take the assignments whose bit
        /// (`1 << (a + 1)`, a = -1 for a day off) is set in mask.
        var decisions: [(e: Int, d: Int, mask: UInt64)]
        /// How many of the decisions went against the LP (the branch its solution leaned away from).
        var discrepancies = 0
    }

    /// What solving one node's LP gave.
    private enum NodeOutcome {
        /// The node holds no roster cheaper than the best (its bound says so, or it has none).
        case pruned
        /// The LP's optimum is a roster (every weight 0 or 1).
        case integral([[Int]])
        /// A fractional optimum: the employee and day to branch on, and the assignments the LP leans to (the
        /// preferred child allows only `mask`, the other child only the rest).
        case fractional(e: Int, d: Int, mask: UInt64)
        /// The node was left unsolved (time limit, LP failure, too many pricing rounds): no proof.
        case abandoned
    }

    /// Branch-and-price until the tree is exhausted or `deadline` (seconds since the start). Each
    /// node solves the master's LP over the schedules that keep its branching decisions, priced by scanning
    /// `schedules[e]` when employee e's schedules are listed, else by the dynamic programme with the node's
    /// decisions as −∞ values (the listed employees first: the programme only runs when no listed schedule
    /// entered). A node is cut when its Lagrangian bound shows it holds no roster cheaper than the best.
    ///
    /// Branching is first on whether one employee works on one day (the fractional one the LP is surest of:
    /// work share closest to 0 or 1), then, when every employee's working days are whole, on one assignment
    /// (the most fractional; first forced, then forbidden); every leaf is a roster, kept when it is cheaper
    /// than the best. The preferred child follows the LP (works when the work share is at least one half).
    /// Nodes are taken by limited discrepancy: the open node whose decisions went against the LP least often,
    /// the deepest among those, so the search dives first, then tries one deviation at every depth, then two.
    /// Measured on Curtois Instances 5 and 6 (seeds 1–3, 60 s): work-or-off branching by limited discrepancy found
    /// and proved the optima 1143 and 1950 in every run; one assignment per branch, depth first, found 1950 in one
    /// run of three, and work-or-off depth first missed 1143 in two.
    ///
    /// `schedules[e]`, when set, must hold every schedule of employee e that a roster cheaper than the best
    /// can use (``solveEnumeratedMaster(until:)`` lists them); then an exhausted tree proves the best roster
    /// optimal, and the lower bound says so.
    mutating func branchAndPrice(schedules: [[[Int]]?], deadline: Double) {
        let employees = index.employeeCount, days = index.dayCount
        guard best != nil, index.shiftCount < 63, schedules.count == employees else { return }
        var active = RosterColumnPool(index: index, shortfallWeight: shortfallWeight)
        for e in 0..<employees {
            if let best { active.add(e, best[e]) }
            for row in pool.columns[e] { active.add(e, row) }
        }
        // One LP for the whole tree: each node fixes the columns it forbids at 0 and re-solves warm.
        guard let master = try? RosterMasterProgram(pool: active) else { return }
        var open = [BranchNode(decisions: [])]
        var exhausted = true
        let treeStart = elapsed
        defer { branchAndPriceSeconds += elapsed - treeStart }
        // Under a round limit the tree is limited too (by nodes, not the clock: the run stays deterministic).
        var nodesLeft = options.roundLimit.map { Self.branchNodesPerRound * max(1, $0) } ?? .max
        while let node = Self.takeLeastDiscrepant(&open) {
            if elapsed >= deadline || isProvenOptimal || nodesLeft <= 0 { return }
            nodesLeft -= 1
            branchAndPriceNodes += 1
            var allowed = Array(repeating: Array(repeating: UInt64.max, count: days), count: employees)
            for decision in node.decisions { allowed[decision.e][decision.d] &= decision.mask }
            switch solveNode(allowed: allowed, schedules: schedules, master: master, deadline: deadline) {
            case .pruned:
                continue
            case .abandoned:
                exhausted = false
            case .integral(let candidate):
                guard cost(of: candidate) < bestCost else { continue }
                for e in 0..<employees {
                    pool.add(e, candidate[e])
                    setRow(e, candidate[e])
                    employeeFeasible[e] = true
                }
                recordIfBetter("branch-and-price")
            case .fractional(let e, let d, let mask):
                open.append(BranchNode(decisions: node.decisions + [(e, d, ~mask)], discrepancies: node.discrepancies + 1))
                open.append(BranchNode(decisions: node.decisions + [(e, d, mask)], discrepancies: node.discrepancies))
            }
        }
        if exhausted, let best {
            // No roster cheaper than the best exists.
            let optimum = Double(cost(of: best))
            if optimum > (lowerBound ?? -.infinity) {
                lowerBound = optimum
                report("bound")
            }
        }
    }

    /// Removes and returns the open node with the fewest discrepancies, the deepest among those (the first
    /// such in `open`).
    static func takeLeastDiscrepant(_ open: inout [BranchNode]) -> BranchNode? {
        guard var k = open.indices.first else { return nil }
        for i in open.indices where open[i].discrepancies < open[k].discrepancies
            || (open[i].discrepancies == open[k].discrepancies && open[i].decisions.count > open[k].decisions.count) {
            k = i
        }
        return open.remove(at: k)
    }

    /// Column generation at one node: the master's LP with the schedules that break `allowed` fixed at 0,
    /// re-solved from the last node's basis, priced by scanning `schedules`.
    private mutating func solveNode(
        allowed: [[UInt64]], schedules: [[[Int]]?], master: RosterMasterProgram, deadline: Double
    ) -> NodeOutcome {
        let employees = index.employeeCount, days = index.dayCount
        func keeps(_ e: Int, _ row: [Int]) -> Bool {
            for d in 0..<days where allowed[e][d] & (UInt64(1) << UInt64(row[d] + 1)) == 0 { return false }
            return true
        }
        let candidates = (0..<employees).map { e in schedules[e].map { list in list.indices.filter { keeps(e, list[$0]) } } }
        let searches = (0..<employees).map { EmployeeScheduleSearch(index: index, employee: $0) }
        /// The pricing values of employee e with the node's decisions (a forbidden assignment is worth -∞).
        func restricted(_ e: Int, _ values: [[Double]]) -> [[Double]] {
            var values = values
            for d in 0..<days where allowed[e][d] != UInt64.max {
                for a in 0...index.shiftCount where allowed[e][d] & (UInt64(1) << UInt64(a)) == 0 { values[d][a] = -.infinity }
            }
            return values
        }
        guard (try? master.restrict(to: keeps)) != nil else { return .abandoned }
        for e in 0..<employees where !master.hasAllowed(e) {
            if let list = schedules[e] {
                guard let first = candidates[e]?.first else { return .pruned }
                guard (try? master.add(e, list[first])) == true else { return .abandoned }
            } else {
                let zero = Array(repeating: Array(repeating: 0.0, count: index.shiftCount + 1), count: days)
                let priced = searches[e].pricedSchedule(base: restricted(e, zero), exactOperationLimit: Self.pricingOperationLimit, countingShifts: true)
                if priced.valueBound == -.infinity { return .pruned }
                guard let row = priced.row, keeps(e, row), (try? master.add(e, row)) == true else { return .abandoned }
            }
        }
        let cutoff = Double(bestCost) - 1 + 1e-6
        for _ in 0..<200 {
            guard elapsed < deadline,
                  let solution = try? master.solve(timeLimitSeconds: max(0.01, deadline - elapsed)),
                  solution.status == .optimal
            else { return .abandoned }
            let value = solution.objective
            let duals = solution.duals
            var lagrangian = value
            var added = 0
            // Listed employees first; the dynamic programme only when no listed schedule entered (it is slower).
            let order = (0..<employees).filter { schedules[$0] != nil } + (0..<employees).filter { schedules[$0] == nil }
            for e in order {
                let values = master.pricingValues(e, duals: duals)
                let convexityDual = duals[master.convexityRow[e]]
                guard let list = schedules[e], let indices = candidates[e] else {
                    if added > 0 { lagrangian = -.infinity; break }
                    // Not listed: the dynamic programme prices, the node's decisions as -∞ values.
                    let priced = searches[e].pricedSchedule(
                        base: restricted(e, values), exactOperationLimit: Self.pricingOperationLimit, countingShifts: true)
                    if priced.valueBound == -.infinity { return .pruned }
                    lagrangian += min(0, -priced.valueBound - convexityDual)
                    if let row = priced.row, keeps(e, row) {
                        let rc = -(0..<days).reduce(0.0) { $0 + values[$1][row[$1] + 1] } - convexityDual
                        if rc < -1e-6 && (try? master.add(e, row)) == true { added += 1 }
                    }
                    continue
                }
                var priced: [(rc: Double, k: Int)] = []
                var lowest = 0.0
                for k in indices {
                    let row = list[k]
                    var gain = 0.0
                    for d in 0..<days { gain += values[d][row[d] + 1] }
                    let rc = -gain - convexityDual
                    lowest = min(lowest, rc)
                    if rc < -1e-6 { priced.append((rc, k)) }
                }
                lagrangian += lowest
                priced.sort { $0.rc < $1.rc || ($0.rc == $1.rc && $0.k < $1.k) }
                for (_, k) in priced.prefix(Self.branchColumnsPerRound) where (try? master.add(e, list[k])) == true { added += 1 }
            }
            // The Lagrangian bound is valid at every round (the restricted LP's value only at convergence, where
            // exact pricing makes the two equal).
            if lagrangian > cutoff { return .pruned }
            guard added == 0 else { continue }
            // Converged: branch on the working day the LP is surest of, else on the most fractional assignment, or
            // return the roster.
            var working: (e: Int, d: Int, share: Double)?
            var assignment: (e: Int, d: Int, a: Int, x: Double)?
            var roster: [[Int]] = []
            for e in 0..<employees {
                let weights = master.weights(e, in: solution)
                if let k = weights.firstIndex(where: { $0 > 1 - 1e-6 }) { roster.append(master.columns[e][k]); continue }
                var x = Array(repeating: Array(repeating: 0.0, count: index.shiftCount + 1), count: days)
                for (k, weight) in weights.enumerated() where weight > 1e-9 {
                    let row = master.columns[e][k]
                    for d in 0..<days { x[d][row[d] + 1] += weight }
                }
                for d in 0..<days {
                    let share = 1 - x[d][0]
                    if share > 1e-6 && share < 1 - 1e-6 && (working.map { max(share, 1 - share) > max($0.share, 1 - $0.share) } ?? true) {
                        working = (e, d, share)
                    }
                    for a in 0...index.shiftCount where x[d][a] > 1e-6 && x[d][a] < 1 - 1e-6 {
                        if abs(x[d][a] - 0.5) < abs((assignment?.x ?? 2) - 0.5) { assignment = (e, d, a - 1, x[d][a]) }
                    }
                }
            }
            let off = UInt64(1)
            if let working { return .fractional(e: working.e, d: working.d, mask: working.share >= 0.5 ? ~off : off) }
            if let assignment { return .fractional(e: assignment.e, d: assignment.d, mask: UInt64(1) << UInt64(assignment.a + 1)) }
            return roster.count == employees ? .integral(roster) : .abandoned
        }
        return .abandoned
    }
}

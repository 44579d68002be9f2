extension RosterSearch {
    /// The change in internal cost if employee e had `assignment` on day d instead of the current one (the
    /// request and the cover rows of that day only: O(1)).
    func cellChange(_ e: Int, _ d: Int, to assignment: Int) -> Int {
        let current = rows[e][d]
        guard current != assignment else { return 0 }
        var change = index.requestCost[e][d][assignment + 1] - index.requestCost[e][d][current + 1]
        func shift(_ r: Int, by delta: Int) {
            let cover = index.coverRows[r]
            guard cover.counts[e] else { return }
            let before = counts[r], after = before + delta
            change += cover.penalty(after) - cover.penalty(before)
            change += shortfallWeight * (max(0, cover.minimum - after) - max(0, cover.minimum - before))
        }
        if current >= 0 { for r in index.rowsAt[d][current] { shift(r, by: -1) } }
        if assignment >= 0 { for r in index.rowsAt[d][assignment] { shift(r, by: 1) } }
        return change
    }

    /// Sets employee e's assignment on day d, keeping the cover counts.
    mutating func setCell(_ e: Int, _ d: Int, _ assignment: Int) {
        let current = rows[e][d]
        guard current != assignment else { return }
        if current >= 0 { for r in index.rowsAt[d][current] where index.coverRows[r].counts[e] { counts[r] -= 1 } }
        if assignment >= 0 { for r in index.rowsAt[d][assignment] where index.coverRows[r].counts[e] { counts[r] += 1 } }
        rows[e][d] = assignment
    }

    /// Cell moves, a fast local search for long horizons: for each cover row below its preferred level and
    /// each request not honoured (in a seeded order), the change of one employee's assignment on that day that
    /// fills the row or honours the request, together with the cheapest compensating change of
    /// ``tryCellMove(_:_:to:)``, when it lowers the cost and keeps every rule. Every change is priced in O(1)
    /// from the cover counts and only the cheapest few are checked against the employees' rules, so a pass
    /// costs far less than one dynamic programme per employee over a year. Returns whether the cost fell.
    @discardableResult
    mutating func cellMoves(until deadline: Double) -> Bool {
        // Targets: (cover row, -1) or (employee, day) with a request not honoured.
        var targets: [(Int, Int)] = index.coverRows.indices.compactMap { r in
            let row = index.coverRows[r]
            return counts[r] < max(row.preferred, row.minimum) && (row.underWeight > 0 || counts[r] < row.minimum) ? (r, -1) : nil
        }
        for e in 0..<index.employeeCount {
            for d in 0..<index.dayCount where index.requestCost[e][d][rows[e][d] + 1] > 0 { targets.append((e, d)) }
        }
        targets.shuffle(using: &random)
        var improved = false
        for (first, second) in targets where elapsed < deadline {
            if second < 0 ? fillShortCover(first) : honourRequest(first, second) {
                improved = true
                employeeMoves += 1
                recordIfBetter("search")
            }
        }
        return improved
    }

    /// Someone able takes the short shift of cover row r (still short) that day.
    private mutating func fillShortCover(_ r: Int) -> Bool {
        let row = index.coverRows[r]
        guard counts[r] < max(row.preferred, row.minimum) else { return false }
        var able = (0..<index.employeeCount).filter {
            row.counts[$0] && index.allows($0, row.shift) && !index.leave[$0][row.day] && rows[$0][row.day] != row.shift
        }
        able.shuffle(using: &random)
        for e in able where tryCellMove(e, row.day, to: row.shift) { return true }
        return false
    }

    /// Employee e takes the assignment their request on day d asks for (or, for an off request, the day off).
    private mutating func honourRequest(_ e: Int, _ d: Int) -> Bool {
        let costs = index.requestCost[e][d]
        guard costs[rows[e][d] + 1] > 0 else { return false }
        let options = [-1] + (0..<index.shiftCount).filter { index.allows(e, $0) && !index.leave[e][d] }
        let wanted = options.filter { costs[$0 + 1] < costs[rows[e][d] + 1] }.min { costs[$0 + 1] < costs[$1 + 1] }
        return wanted.map { tryCellMove(e, d, to: $0) } ?? false
    }

    /// The most compensating changes checked against the rules for one move (the cheapest first).
    private static let checkedCandidates = 32

    /// Gives employee e `assignment` on day d together with one compensating change, the cheapest that lowers the
    /// cost and keeps every rule: none; when e leaves a shift, someone else takes it over that day; when e's
    /// working days change, e's own assignment on another day the other way (a shift moved between days keeps
    /// the minutes and the counts near the contract). Returns whether a move was made.
    mutating func tryCellMove(_ e: Int, _ d: Int, to assignment: Int) -> Bool {
        let left = rows[e][d]
        let change = cellChange(e, d, to: assignment)
        let saved = rows[e]
        setCell(e, d, assignment)
        // (employee, day, assignment) of the compensating change, nil for none, with the total change.
        var candidates: [(change: Int, move: (Int, Int, Int)?)] = [(change, nil)]
        if left >= 0 {
            for other in 0..<index.employeeCount where other != e && rows[other][d] != left && index.allows(other, left)
                && !index.leave[other][d] {
                candidates.append((change + cellChange(other, d, to: left), (other, d, left)))
            }
        }
        if (left >= 0) != (assignment >= 0) {
            for other in 0..<index.dayCount where other != d && !index.leave[e][other] && (rows[e][other] >= 0) == (assignment >= 0) {
                // Working one more day: free another; one fewer: work another (the shift given up, when allowed).
                let back = assignment >= 0 ? -1 : left
                candidates.append((change + cellChange(e, other, to: back), (e, other, back)))
            }
        }
        candidates.sort { $0.change < $1.change }
        for candidate in candidates.prefix(Self.checkedCandidates) where candidate.change < 0 {
            guard let (other, day, value) = candidate.move else {
                if index.employeeViolationCount(e, rows[e]) == 0 { return true }
                continue
            }
            let savedOther = rows[other]
            setCell(other, day, value)
            if index.employeeViolationCount(e, rows[e]) == 0 && (other == e || index.employeeViolationCount(other, rows[other]) == 0) {
                return true
            }
            restore(other, savedOther)
        }
        restore(e, saved)
        return false
    }

    private mutating func restore(_ e: Int, _ row: [Int]) {
        for d in 0..<index.dayCount where rows[e][d] != row[d] { setCell(e, d, row[d]) }
    }
}

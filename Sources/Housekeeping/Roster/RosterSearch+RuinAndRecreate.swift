import Foundation

extension RosterSearch {
    /// Clears a few employees and re-plans them one by one (each given everyone else, by dynamic programming);
    /// keeps the result when the cost did not rise, or rose by little while `temperature` is high (simulated
    /// annealing; the best roster is kept apart). Returns whether the cost fell.
    @discardableResult
    mutating func ruinAndRecreate(employeeCount count: Int, temperature: Double = 0) -> Bool {
        guard index.employeeCount > 0 else { return false }
        var chosen = Array(0..<index.employeeCount)
        chosen.shuffle(using: &random)
        chosen = Array(chosen.prefix(count))
        let before = cost(of: rows)
        let saved = chosen.map { rows[$0] }
        let off = [Int](repeating: -1, count: index.dayCount)
        for e in chosen { setRow(e, off) }
        for e in chosen {
            let searcher = EmployeeScheduleSearch(index: index, employee: e)
            guard let row = searcher.bestSchedule(base: values(for: e), rounds: 30) else {
                for (e, row) in zip(chosen, saved) { setRow(e, row) }
                return false
            }
            setRow(e, row)
        }
        let after = cost(of: rows)
        let uphill = Double(after - before)
        let accepted = uphill <= 0 || (temperature > 0 && Double.random(in: 0..<1, using: &random) < exp(-uphill / temperature))
        if !accepted {
            for (e, row) in zip(chosen, saved) { setRow(e, row) }
            return false
        }
        employeeMoves += 1
        return after < before
    }
}

extension RosterSearch {
    /// The weight of the best multipliers so far in the point where the relaxed bound prices (dual smoothing).
    static let relaxedBoundSmoothing = 0.5

    /// A lower bound for problems whose pricing is not exact (column generation skipped): column generation over
    /// schedules that meet the sequence rules only (``RosterRelaxedMaster``), each round's duals giving the
    /// Lagrangian bound of ``RosterLagrangianBound`` (valid at any multipliers) and its best schedules the next
    /// columns; until `deadline` (seconds since the start), convergence or a proof of optimality. The rounds price
    /// between the best multipliers so far and the latest duals (``relaxedBoundSmoothing``), and at the duals
    /// alone when that gives no new schedule. Keeps the best bound when it is positive and beats ``lowerBound``.
    mutating func boundByRelaxedPricing(until deadline: Double) {
        guard let best, elapsed < deadline else { return }
        var duals = RosterLagrangianBound(index: index)
        guard let master = try? RosterRelaxedMaster(bound: duals, roster: best) else { return }
        var center: RosterLagrangianBound?, bestBound = -Double.infinity
        let budget = deadline - elapsed
        rounds: while elapsed < deadline {
            let roundStart = elapsed
            guard let value = try? master.solve(into: &duals, timeLimitSeconds: max(0.01, deadline - elapsed)),
                  elapsed < deadline
            else { break }
            for share in center == nil ? [0] : [Self.relaxedBoundSmoothing, 0] {
                let point = center.map { $0.blended(with: duals, share: share) } ?? duals
                let evaluation = point.evaluate()
                if evaluation.bound > bestBound { bestBound = evaluation.bound; center = point }
                var added = 0
                for (e, row) in evaluation.rows.enumerated() where (try? master.add(e, row)) == true { added += 1 }
                // Penalties are whole numbers: stop when the bound proves the best roster or meets the LP value.
                if value - bestBound < 1e-6 * max(1, abs(value))
                    || Double(bestCost) <= (bestBound - 1e-6 * max(1, abs(bestBound))).rounded(.up) { break rounds }
                if added > 0 { break }
                if share == 0 { break rounds }   // no new schedule at the duals: converged
            }
            // Scale guard: a round that takes an eighth of the budget (the LP of half a year of 100 staff takes
            // seconds) cannot converge in it; the search gets the time back.
            if elapsed - roundStart > budget / 8 { break }
        }
        // A bound of 0 says nothing (no weight is negative): only a positive one is reported.
        let bound = bestBound - 1e-6 * max(1, abs(bestBound))
        guard bound > 0 else { return }
        if bound > (lowerBound ?? -.infinity) {
            lowerBound = bound
            report("bound")
        }
    }
}

/// A planned hotel month: the roster the engine found (if any), its exact evaluation against the hard rules,
/// and, when no roster meets them, why.
public struct HotelRosterPlan: Sendable {
    public let hotel: HotelRosterProblem
    /// The best roster found; it may be short of a hard cover minimum when ``isFeasible`` is false.
    public let roster: Roster?
    /// The roster scored by the engine's scorer against ``HotelRosterProblem/problem`` (hard minimums included).
    public let evaluation: RosterEvaluation?
    /// The engine's result on ``HotelRosterProblem/searchProblem`` (time to first roster, bound, why it stopped).
    public let engine: RosterPlanner.Result?
    /// Why no roster meets every hard rule: obstacles found before solving, people whose own rules cannot be
    /// met, and days the best roster leaves short (which role, by how many). Empty when feasible.
    public let explanation: [String]

    /// The report of the roster found, if any.
    public var report: HotelRosterReport? {
        guard let roster, let evaluation else { return nil }
        return HotelRosterReport(hotel: hotel, roster: roster, evaluation: evaluation, hardViolations: isFeasible ? [] : explanation)
    }

    /// Whether the roster meets every hard rule.
    public var isFeasible: Bool { evaluation?.isFeasible == true }

    /// The lower bound on the penalty, when the engine computed one. It bounds the relaxed search problem,
    /// hence also the hotel's problem; never below 0, since every penalty of the hotel's rules is 0 or more (a
    /// Lagrangian bound can be negative when the engine's pricing has not converged).
    public var lowerBound: Double? { engine?.lowerBound.map { max(0, $0) } }
}

extension HotelRosterProblem {
    /// Plans the month with the engine: checks for obvious obstacles first (and stops there when there are
    /// any), then runs ``RosterPlanner`` on ``searchProblem`` and scores the best roster on ``problem``.
    public func plan(_ options: RosterPlanner.Options, progress: ((RosterPlanner.Progress) -> Void)? = nil) throws(RosterProblemError) -> HotelRosterPlan {
        let obstacles = obstacles()
        if !obstacles.isEmpty {
            return HotelRosterPlan(hotel: self, roster: nil, evaluation: nil, engine: nil, explanation: obstacles)
        }
        let result = try RosterPlanner(problem: searchProblem).plan(options, progress: progress)
        guard let roster = result.roster else {
            var explanation = result.explanation.map(describeEngineLine)
            if result.elapsedSeconds >= options.timeLimitSeconds * 0.98 {
                explanation.insert("the time limit (\(StaffingDemand.decimal(options.timeLimitSeconds, digits: 0)) s) ended the search before a roster meeting every hard rule was found; the reasons below may only be that — try a longer --time-limit", at: 0)
            }
            return HotelRosterPlan(hotel: self, roster: nil, evaluation: nil, engine: result, explanation: explanation)
        }
        let evaluation = try RosterEvaluation(problem: problem, roster: roster)
        var explanation: [String] = []
        if !evaluation.isFeasible {
            explanation = shortfalls(of: roster)
            let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.name) })
            for violation in evaluation.violations where violation.rule != .minimumCover {
                let who = violation.employeeID.map { "\($0) \(names[$0] ?? "")" } ?? "cover"
                let when = violation.day.map { " from \(date(ofDay: $0))" } ?? ""
                explanation.append("\(who)\(when): \(violation.rule.rawValue): \(violation.detail)")
            }
        }
        return HotelRosterPlan(hotel: self, roster: roster, evaluation: evaluation, engine: result, explanation: explanation)
    }

    /// Each day, shift and role a roster leaves below its hard minimum: "2026-12-05 shift M roomAttendant:
    /// 3 rostered, at least 5 needed; short by 2".
    public func shortfalls(of roster: Roster) -> [String] {
        coverCounts(roster).compactMap { row, count in
            guard count < row.minimum else { return nil }
            return "\(date(ofDay: row.day)) shift \(row.shiftTypeID) \(row.role ?? "anyone"): \(count) rostered, at least \(row.minimum) needed; short by \(row.minimum - count)"
        }
    }

    /// Every cover row of ``problem`` with the number of people of its role the roster puts on it.
    public func coverCounts(_ roster: Roster) -> [(cover: RosterProblem.Cover, count: Int)] {
        problem.cover.map { row in
            let count = problem.staff.indices.filter { e in
                roster.shifts[e][row.day] == row.shiftTypeID && (row.role.map { problem.staff[e].roles.contains($0) } ?? true)
            }.count
            return (row, count)
        }
    }

    /// The engine's "day 4 shift M: …" with the date instead of the day number.
    private func describeEngineLine(_ line: String) -> String {
        guard line.hasPrefix("day "), let space = line.dropFirst(4).firstIndex(of: " "),
              let day = Int(line[line.index(line.startIndex, offsetBy: 4)..<space]), (0..<problem.dayCount).contains(day) else { return line }
        return "\(date(ofDay: day))" + line[space...]
    }
}

/// A broken hard rule in a roster: who, which day, which rule and what was found.
public struct RosterViolation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The hard rules of a ``RosterProblem``.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        case leave
        case forbiddenSuccession
        case maximumShiftsOfType
        case maximumMinutes
        case minimumMinutes
        case maximumConsecutiveShifts
        case minimumConsecutiveShifts
        case minimumConsecutiveDaysOff
        case maximumWeekends
        case minimumCover
    }

    public var rule: Rule
    /// The employee concerned; `nil` for a cover rule.
    public var employeeID: String?
    /// The first day concerned; `nil` when the rule concerns the whole horizon.
    public var day: Int?
    /// What was found, e.g. "6 consecutive shifts, at most 5".
    public var detail: String

    public init(rule: Rule, employeeID: String?, day: Int?, detail: String) {
        self.rule = rule
        self.employeeID = employeeID
        self.day = day
        self.detail = detail
    }

    public var description: String {
        let who = employeeID.map { "employee \($0)" } ?? "cover"
        let when = day.map { " day \($0)" } ?? ""
        return "\(rule.rawValue): \(who)\(when): \(detail)"
    }
}

/// The exact score of a roster: every hard rule it breaks and its soft penalty by kind.
///
/// ```swift
/// let evaluation = try RosterEvaluation(problem: problem, roster: roster)
/// if evaluation.isFeasible { print(evaluation.penalty) } else { evaluation.violations.forEach { print($0) } }
/// ```
public struct RosterEvaluation: Sendable, Hashable, Codable {
    /// Every hard rule broken, by employee (in staff order) then cover.
    public var violations: [RosterViolation]
    /// Shift or day on-requests not honoured: the sum of their weights.
    public var onRequestPenalty: Int
    /// Shift or day off-requests not honoured: the sum of their weights.
    public var offRequestPenalty: Int
    /// People short of the preferred cover, times the under weights.
    public var underCoverPenalty: Int
    /// People above the preferred cover, times the over weights.
    public var overCoverPenalty: Int

    /// The total soft penalty (the objective minimised).
    public var penalty: Int { onRequestPenalty + offRequestPenalty + underCoverPenalty + overCoverPenalty }
    /// Whether no hard rule is broken.
    public var isFeasible: Bool { violations.isEmpty }

    /// Scores a roster.
    /// - Throws: ``RosterProblemError`` when the problem is invalid or the roster does not fit it.
    public init(problem: RosterProblem, roster: Roster) throws(RosterProblemError) {
        try problem.validate()
        try problem.validate(roster)
        let index = RosterIndex(problem)
        let position = Dictionary(uniqueKeysWithValues: problem.shiftTypes.enumerated().map { ($1.id, $0) })
        let rows = roster.shifts.map { $0.map { $0.flatMap { position[$0] } ?? -1 } }
        self.init(index: index, rows: rows, problem: problem)
    }

    init(index: RosterIndex, rows: [[Int]], problem: RosterProblem) {
        var violations: [RosterViolation] = []
        let names = problem.shiftTypes.map(\.id)
        for e in 0..<index.employeeCount {
            _ = index.employeeViolationCount(e, rows[e]) { rule, day, detail in
                violations.append(RosterViolation(rule: rule, employeeID: problem.staff[e].id, day: day, detail: detail))
            }
        }
        let counts = index.coverCounts(rows)
        var under = 0, over = 0
        for (row, count) in zip(index.coverRows, counts) {
            if count < row.minimum {
                violations.append(RosterViolation(
                    rule: .minimumCover, employeeID: nil, day: row.day,
                    detail: "\(count) on shift '\(names[row.shift])', at least \(row.minimum)"))
            }
            if count < row.preferred { under += (row.preferred - count) * row.underWeight }
            if count > row.preferred { over += (count - row.preferred) * row.overWeight }
        }
        var on = 0, off = 0
        let staffPosition = Dictionary(uniqueKeysWithValues: problem.staff.enumerated().map { ($1.id, $0) })
        let shiftPosition = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        for request in problem.requests {
            guard let e = staffPosition[request.employeeID] else { continue }
            let a = rows[e][request.day]
            let shift = request.shiftTypeID.flatMap { shiftPosition[$0] }
            switch (request.kind, shift) {
            case (.on, let s?): if a != s { on += request.weight }
            case (.on, nil): if a < 0 { on += request.weight }
            case (.off, let s?): if a == s { off += request.weight }
            case (.off, nil): if a >= 0 { off += request.weight }
            }
        }
        self.violations = violations
        self.onRequestPenalty = on
        self.offRequestPenalty = off
        self.underCoverPenalty = under
        self.overCoverPenalty = over
    }
}

/// Who works what: for each employee (in ``RosterProblem/staff`` order) and each day, a shift type id or
/// `nil` for a day off.
public struct Roster: Sendable, Hashable, Codable {
    /// `shifts[employee][day]`: the shift type id worked, or `nil` for a day off.
    public var shifts: [[String?]]

    public init(shifts: [[String?]]) {
        self.shifts = shifts
    }

    /// An all-days-off roster for a problem.
    public init(allOffFor problem: RosterProblem) {
        self.shifts = Array(repeating: Array(repeating: nil, count: problem.dayCount), count: problem.staff.count)
    }
}

/// The problem with ids replaced by positions, for fast scoring and search. Internal: built once from a
/// validated ``RosterProblem``. An assignment is `-1` for a day off, otherwise a shift type position.
struct RosterIndex: Sendable {
    struct CoverRow: Sendable {
        var day: Int
        var shift: Int
        var minimum: Int
        var preferred: Int
        var underWeight: Int
        var overWeight: Int
        /// Whether each employee counts toward this row (has the role, or the row has none).
        var counts: [Bool]

        func penalty(_ count: Int) -> Int {
            count < preferred ? (preferred - count) * underWeight : (count - preferred) * overWeight
        }
    }

    let employeeCount: Int
    let dayCount: Int
    let shiftCount: Int
    let minutes: [Int]
    /// The shift type ids, for messages.
    let shiftIDs: [String]
    /// forbidden[t][u]: shift u may not follow shift t on the next day.
    let forbidden: [[Bool]]
    /// maxShifts[e][t]
    let maxShifts: [[Int]]
    let minMinutes: [Int]
    let maxMinutes: [Int]
    let maxConsecutive: [Int]
    let minConsecutive: [Int]
    let minDaysOff: [Int]
    let maxWeekends: [Int]
    /// leave[e][d]
    let leave: [[Bool]]
    /// The last previous day: nil when the past is unknown, -1 off, else a shift.
    let historyLast: [Int?]
    /// The length of the trailing run (work or off, as historyLast says) of the previous period.
    let historyRun: [Int]
    /// Whether that trailing run fills the whole known previous period (then it counts as long enough).
    let historyRunIsWhole: [Bool]
    /// requestCost[e][d][a + 1]: the request penalty when employee e has assignment a on day d.
    let requestCost: [[[Int]]]
    let coverRows: [CoverRow]
    /// rowsAt[d][t]: the cover rows of day d and shift t.
    let rowsAt: [[[Int]]]
    /// weekendOf[d]: the weekend index of day d, or -1 on a weekday.
    let weekendOf: [Int]
    let weekendCount: Int

    init(_ problem: RosterProblem) {
        let shiftPosition = Dictionary(uniqueKeysWithValues: problem.shiftTypes.enumerated().map { ($1.id, $0) })
        let staffPosition = Dictionary(uniqueKeysWithValues: problem.staff.enumerated().map { ($1.id, $0) })
        let e = problem.staff.count, d = problem.dayCount, t = problem.shiftTypes.count
        employeeCount = e
        dayCount = d
        shiftCount = t
        minutes = problem.shiftTypes.map(\.minutes)
        shiftIDs = problem.shiftTypes.map(\.id)
        forbidden = problem.shiftTypes.map { shift in problem.shiftTypes.map { shift.forbiddenFollowers.contains($0.id) } }
        maxShifts = problem.staff.map { person in problem.shiftTypes.map { person.maximumShifts[$0.id] ?? Int.max / 4 } }
        minMinutes = problem.staff.map(\.minimumMinutes)
        maxMinutes = problem.staff.map(\.maximumMinutes)
        maxConsecutive = problem.staff.map(\.maximumConsecutiveShifts)
        minConsecutive = problem.staff.map(\.minimumConsecutiveShifts)
        minDaysOff = problem.staff.map(\.minimumConsecutiveDaysOff)
        maxWeekends = problem.staff.map(\.maximumWeekends)
        leave = problem.staff.map { person in (0..<d).map { person.leaveDays.contains($0) } }
        var last: [Int?] = [], run: [Int] = [], whole: [Bool] = []
        for person in problem.staff {
            let history = person.previousDays.map { $0.flatMap { shiftPosition[$0] } ?? -1 }
            guard let final = history.last else {
                last.append(nil); run.append(0); whole.append(true); continue
            }
            let working = final >= 0
            let length = history.reversed().prefix { ($0 >= 0) == working }.count
            last.append(final); run.append(length); whole.append(length == history.count)
        }
        historyLast = last
        historyRun = run
        historyRunIsWhole = whole
        var costs = Array(repeating: Array(repeating: Array(repeating: 0, count: t + 1), count: d), count: e)
        for request in problem.requests {
            guard let person = staffPosition[request.employeeID], (0..<d).contains(request.day) else { continue }
            let shift = request.shiftTypeID.flatMap { shiftPosition[$0] }
            for a in -1..<t {
                let violated: Bool
                switch (request.kind, shift) {
                case (.on, let s?): violated = a != s
                case (.on, nil): violated = a == -1
                case (.off, let s?): violated = a == s
                case (.off, nil): violated = a != -1
                }
                if violated { costs[person][request.day][a + 1] += request.weight }
            }
        }
        requestCost = costs
        var rows: [CoverRow] = []
        var at = Array(repeating: Array(repeating: [Int](), count: t), count: d)
        for cover in problem.cover {
            guard let shift = shiftPosition[cover.shiftTypeID], (0..<d).contains(cover.day) else { continue }
            let counts = problem.staff.map { cover.role == nil || $0.roles.contains(cover.role!) }
            at[cover.day][shift].append(rows.count)
            rows.append(CoverRow(day: cover.day, shift: shift, minimum: cover.minimum, preferred: cover.preferred,
                                 underWeight: cover.underWeight, overWeight: cover.overWeight, counts: counts))
        }
        coverRows = rows
        rowsAt = at
        var weekends = Array(repeating: -1, count: d)
        var index = -1, previousWasWeekend = false
        for day in 0..<d {
            if problem.isWeekend(day: day) {
                if !previousWasWeekend || problem.weekday(ofDay: day) == .saturday { index += 1 }
                weekends[day] = index
                previousWasWeekend = true
            } else {
                previousWasWeekend = false
            }
        }
        weekendOf = weekends
        weekendCount = index + 1
    }

    /// Whether employee e may work shift t at all (not forbidden by a zero maximum).
    func allows(_ e: Int, _ t: Int) -> Bool { maxShifts[e][t] > 0 && minutes[t] <= maxMinutes[e] }

    /// The cover counts of a roster, per cover row.
    func coverCounts(_ roster: [[Int]]) -> [Int] {
        var counts = Array(repeating: 0, count: coverRows.count)
        for e in 0..<employeeCount {
            for d in 0..<dayCount where roster[e][d] >= 0 {
                for row in rowsAt[d][roster[e][d]] where coverRows[row].counts[e] { counts[row] += 1 }
            }
        }
        return counts
    }

    func requestPenalty(_ e: Int, _ row: [Int]) -> Int {
        var total = 0
        for d in 0..<dayCount { total += requestCost[e][d][row[d] + 1] }
        return total
    }

    /// The soft penalty of a whole roster (requests and cover).
    func penalty(_ roster: [[Int]]) -> Int {
        var total = 0
        for e in 0..<employeeCount { total += requestPenalty(e, roster[e]) }
        for (row, count) in zip(coverRows, coverCounts(roster)) { total += row.penalty(count) }
        return total
    }

    /// The shortfall below the hard cover minimums of a roster (0 when every minimum is met).
    func minimumShortfall(_ counts: [Int]) -> Int {
        zip(coverRows, counts).reduce(0) { $0 + max(0, $1.0.minimum - $1.1) }
    }
}

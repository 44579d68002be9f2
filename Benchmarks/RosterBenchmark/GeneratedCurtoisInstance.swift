import Housekeeping

/// A seeded generator of instance files in the Curtois & Qu format (every section: horizon, shifts with
/// forbidden successions, staff contracts, days off, shift on and off requests, cover), shaped like the
/// published Instances 7–24 that are not in this repository: 20 × 28 days with 3 shift types up to
/// 150 staff × 364 days with 32 shift types. It exists to check that the roster engine stays feasible, fast
/// and within its time limit at those sizes; it is not a copy of any published instance.
///
/// Shape, as in the published files: day 0 a Monday, whole weeks; shift lengths 480 minutes for up to four
/// types (E, D, L, N), 360–720 minutes in 30-minute steps beyond; a shift may not follow one whose end leaves
/// less than 11 hours' rest; each person works a subset of the types (0 = not allowed, horizon = no limit, some
/// capped at about one a week), full-time (4–4.5 shifts a week) or part-time (about 2 a week), maximum 5 or 6
/// shifts in a row, minimum runs of 1–3 shifts and 1–3 days off, about half the weekends; one to three days off
/// per four weeks (singles and pairs) and one to four blocks of one to four days of shift on requests, zero to
/// three of shift off requests, with weights 1–3; cover for every
/// day and shift (weight 100 under, 1 over) around the staff's expected supply (a little above it on weekdays,
/// below at weekends), so that some shortfall cannot be avoided, as in the published instances.
///
/// Contracts are made achievable person by person: the minimum minutes need 4 shifts a week (2 part time) of the days
/// the person can work (after days off) at the mean length of their shift types, and at most 85 % of what the
/// run and days-off rules allow with their longest types; the maximum leaves room for two or more shifts above that. The same seed gives the same text.
enum GeneratedCurtoisInstance {
    struct Size: Hashable {
        var staff: Int
        var days: Int
        var shifts: Int
        /// "150x364x32": staff × days × shift types (days rounded up to whole weeks).
        init?(_ text: String) {
            let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 3, parts[0] >= 1, parts[1] >= 7, (1...200).contains(parts[2]) else { return nil }
            staff = parts[0]
            days = (parts[1] + 6) / 7 * 7
            shifts = parts[2]
        }
        var name: String { "Generated-\(staff)x\(days)x\(shifts)" }
    }

    private struct Shift { var id: String; var start: Int; var minutes: Int }

    /// The instance file's text (LF line ends).
    static func text(_ size: Size, seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ UInt64(size.staff * 1_000_003 + size.days * 1009 + size.shifts))
        let days = size.days, weeks = days / 7
        // Shift types.
        var shifts: [Shift] = []
        if size.shifts <= 4 {
            let template = [Shift(id: "E", start: 6 * 60, minutes: 480), Shift(id: "D", start: 9 * 60, minutes: 480),
                            Shift(id: "L", start: 14 * 60, minutes: 480), Shift(id: "N", start: 22 * 60, minutes: 480)]
            shifts = size.shifts == 1 ? [template[1]] : size.shifts == 2 ? [template[0], template[2]] : Array(template.prefix(size.shifts))
        } else {
            let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            for t in 0..<size.shifts {
                let id = t < 26 ? String(letters[t]) : String(letters[t / 26 - 1]) + String(letters[t % 26])
                // Starts spread over the day (early, day, late, night bands), 30-minute steps.
                let band = t % 4
                let base = [5 * 60, 8 * 60, 13 * 60, 21 * 60][band]
                let start = base + 30 * Int.random(in: 0...5, using: &random)
                let minutes = band == 3 ? [480, 600, 720].randomElement(using: &random)!
                    : 360 + 30 * Int.random(in: 0...8, using: &random)
                shifts.append(Shift(id: id, start: start, minutes: minutes))
            }
        }
        func forbidden(_ a: Shift, _ b: Shift) -> Bool {
            let rest = 24 * 60 + b.start - (a.start + a.minutes)   // b on the next day
            return rest < 11 * 60
        }
        var out = "# Generated Curtois & Qu format instance: \(size.staff) staff, \(days) days, \(size.shifts) shift types, seed \(seed)\n"
        out += "# (Benchmarks/RosterBenchmark/GeneratedCurtoisInstance.swift; not a published instance)\n\n"
        out += "SECTION_HORIZON\n# All instances start on a Monday\n# The horizon length in days:\n\(days)\n\n"
        out += "SECTION_SHIFTS\n# ShiftID, Length in mins, Shifts which cannot follow this shift | separated\n"
        for a in shifts {
            out += "\(a.id),\(a.minutes),\(shifts.filter { forbidden(a, $0) }.map(\.id).joined(separator: "|"))\n"
        }
        // Staff.
        struct Person { var id: String; var allowed: [Int]; var perType: [Int]; var shiftsPerDay: Double; var leave: Set<Int> }
        var people: [Person] = []
        var staffLines: [String] = []
        let idLetters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for i in 0..<size.staff {
            let id = size.staff <= 26 ? String(idLetters[i]) : String(idLetters[i % 26]) + String(i / 26 + 1)
            // Shift types this person works.
            var allowed: [Int]
            if size.shifts <= 3 {
                // All types, or all but one (as in Instances 1–6).
                let count = size.shifts > 1 && Double.random(in: 0..<1, using: &random) < 0.6 ? size.shifts - 1 : size.shifts
                allowed = Array((0..<size.shifts).shuffled(using: &random).prefix(count)).sorted()
            } else {
                let count = Int.random(in: 2...min(size.shifts, 6), using: &random)
                allowed = Array((0..<size.shifts).shuffled(using: &random).prefix(count)).sorted()
            }
            var perType = [Int](repeating: 0, count: size.shifts)
            for t in allowed { perType[t] = days }
            // Some types capped at about one a week (never all of them).
            for t in allowed.dropFirst() where Double.random(in: 0..<1, using: &random) < 0.25 {
                perType[t] = max(1, weeks + Int.random(in: -1...1, using: &random))
            }
            // Days off: one to three per four weeks, singles and pairs.
            var leave = Set<Int>()
            for block in 0..<max(1, days / 28) {
                for _ in 0..<Int.random(in: 1...2, using: &random) {
                    let first = block * 28 + Int.random(in: 0..<27, using: &random)
                    leave.insert(min(days - 1, first))
                    if Bool.random(using: &random) { leave.insert(min(days - 1, first + 1)) }
                }
            }
            let fullTime = Double.random(in: 0..<1, using: &random) < 0.75
            let maximumRun = Int.random(in: 5...6, using: &random)
            let minimumRun = fullTime ? Int.random(in: 2...3, using: &random) : Int.random(in: 1...2, using: &random)
            let minimumOff = Int.random(in: 1...3, using: &random) == 1 ? 1 : Int.random(in: 2...3, using: &random)
            let maximumWeekends = fullTime ? (weeks + 1) / 2 : max(1, weeks / 3)
            let available = Double(days - leave.count) / Double(days)
            let lengths = allowed.map { shifts[$0].minutes }
            let meanLength = Double(lengths.reduce(0, +)) / Double(lengths.count)
            // Shifts over the horizon: the minimum about 4 (full time) or 2 (part time) a week of the days that
            // can be worked; the maximum 12 % (30 % part time), and at least two shifts, above it.
            let minimumShifts = (fullTime ? 4.0 : 2.0) * Double(weeks) * available
            let maximumShifts = max(minimumShifts + 2, minimumShifts * (fullTime ? 1.12 : 1.3))
            // What the run, days-off and weekend rules let this person work at most, longest types first within
            // their caps; the minimum stays at 85 % of that, so it is always achievable.
            let workable = Double(days - leave.count) * min(Double(maximumRun) / Double(maximumRun + minimumOff), 5.0 / 7.0)
            var left = Int(workable), capacity = 0
            for t in allowed.sorted(by: { shifts[$0].minutes > shifts[$1].minutes }) where left > 0 {
                let taken = min(left, perType[t])
                capacity += taken * shifts[t].minutes
                left -= taken
            }
            let minimumMinutes = Int(min(minimumShifts * meanLength, 0.85 * Double(capacity)) / 60) * 60
            let maximumMinutes = Int((maximumShifts * meanLength / 60).rounded(.up)) * 60
            let maxShiftsField = (0..<size.shifts).map { "\(shifts[$0].id)=\(perType[$0])" }.joined(separator: "|")
            staffLines.append("\(id),\(maxShiftsField),\(maximumMinutes),\(minimumMinutes),\(maximumRun),\(minimumRun),\(minimumOff),\(maximumWeekends)")
            people.append(Person(id: id, allowed: allowed, perType: perType,
                                 shiftsPerDay: (minimumShifts + maximumShifts) / 2 / Double(days), leave: leave))
        }
        out += "\nSECTION_STAFF\n# ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends\n"
        out += staffLines.joined(separator: "\n") + "\n"
        out += "\nSECTION_DAYS_OFF\n# EmployeeID, DayIndexes (start at zero)\n"
        for person in people { out += ([person.id] + person.leave.sorted().map(String.init)).joined(separator: ",") + "\n" }
        // Requests: blocks of one to four days, a shift the person works, weight 1–3.
        func requestLines(perFourWeeks: ClosedRange<Int>) -> String {
            var lines = ""
            for person in people {
                var taken = Set<Int>()
                for block in 0..<max(1, days / 28) {
                    for _ in 0..<Int.random(in: perFourWeeks, using: &random) {
                        let first = block * 28 + Int.random(in: 0..<28, using: &random)
                        let length = Int.random(in: 1...4, using: &random)
                        let shift = shifts[person.allowed.randomElement(using: &random)!].id
                        let weight = Int.random(in: 1...3, using: &random)
                        for d in first..<min(days, first + length) where !person.leave.contains(d) && !taken.contains(d) {
                            taken.insert(d)
                            lines += "\(person.id),\(d),\(shift),\(weight)\n"
                        }
                    }
                }
            }
            return lines
        }
        out += "\nSECTION_SHIFT_ON_REQUESTS\n# EmployeeID, Day, ShiftID, Weight\n" + requestLines(perFourWeeks: 1...4)
        out += "\nSECTION_SHIFT_OFF_REQUESTS\n# EmployeeID, Day, ShiftID, Weight\n" + requestLines(perFourWeeks: 0...3)
        // Cover: each person's expected shifts a day shared over the types they work, times a daily factor.
        var supply = [Double](repeating: 0, count: size.shifts)
        for person in people {
            for t in person.allowed { supply[t] += person.shiftsPerDay / Double(person.allowed.count) }
        }
        out += "\nSECTION_COVER\n# Day, ShiftID, Requirement, Weight for under, Weight for over\n"
        for d in 0..<days {
            let weekend = d % 7 >= 5
            for t in 0..<size.shifts {
                let factor = (weekend ? 0.85 : 1.1) * Double.random(in: 0.8...1.25, using: &random)
                let requirement = max(0, Int((supply[t] * factor).rounded()))
                out += "\(d),\(shifts[t].id),\(requirement),100,1\n"
            }
        }
        return out
    }
}

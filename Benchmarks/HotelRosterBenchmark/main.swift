// Hotel roster benchmark: the sample hotel's month and a generated 100-staff hotel month, planned through
// the hotel mapping (demand from the forecast, rest rules, leave, requests) and the roster engine.
// For each time limit: seconds to the first roster meeting every hard rule, the penalty, the lower bound and
// the gap, and the scorer's hard-violation count. Run in release mode (see Benchmarks/README.md):
//   swift run -c release HotelRosterBenchmark [--time-limits 10,60] [--seed N] [--only sample|large] [--large-rooms 900]
//                                             [--column-share 0.3] [--cooling-moves 5000]
//                                             [--minimum-cover-weight 1000]
import Foundation
import Housekeeping

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count else { return nil }
    return arguments[position + 1]
}
let limits = (option("--time-limits") ?? "10,60").split(separator: ",").compactMap { Double($0) }
let seed = UInt64(option("--seed") ?? "1") ?? 1
let only = option("--only")
let minimumCoverWeight = option("--minimum-cover-weight").flatMap { Int($0) }
let largeRooms = Int(option("--large-rooms") ?? "900") ?? 900
let columnShare = option("--column-share").flatMap { Double($0) }
let coolingMoves = option("--cooling-moves").flatMap { Int($0) }
let december = RosterMonth(year: 2026, month: 12)!

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
func format(_ value: Double?, _ digits: Int = 1) -> String { value.map { StaffingDemand.decimal($0, digits: digits) } ?? "–" }

var cases: [(name: String, month: HotelMonth)] = []
if only == nil || only == "sample" {
    cases.append(("sample hotel month (120 rooms, 19 staff)", HotelMonth.sample(month: december, seed: seed)))
}
if only == nil || only == "large" {
    // 900 rooms on 20 floors; 83 attendants, 14 leads, 3 public-area cleaners = 100 rostered staff (about the
    // sample's ratio of staff to work).
    let options = SampleHotelOptions(rooms: largeRooms, floors: 20, attendants: 83, leads: 14, publicAreaCleaners: 3, seed: seed)
    cases.append(("generated hotel month (\(largeRooms) rooms, 100 staff)", HotelMonth.sample(month: december, options: options)))
}

print("| case | time limit (s) | first feasible (s) | penalty | lower bound | gap | hard violations | stop |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for (name, original) in cases {
    var month = original
    if let minimumCoverWeight { month.rules.minimumCoverWeight = minimumCoverWeight }
    let hotel = try HotelRosterProblem(month)
    for limit in limits {
        let start = ContinuousClock.now
        var options = RosterPlanner.Options(timeLimitSeconds: limit, seed: seed)
        if let columnShare { options.columnGenerationTimeShare = columnShare }
        if let coolingMoves { options.coolingMoves = coolingMoves }
        let plan = try hotel.plan(options) { progress in
            log("  [\(format(progress.elapsedSeconds, 2)) s] \(progress.phase) penalty \(progress.bestPenalty.map(String.init) ?? "-") bound \(format(progress.lowerBound))")
        }
        let wall = (ContinuousClock.now - start).components
        let elapsed = Double(wall.seconds) + Double(wall.attoseconds) * 1e-18
        let penalty = plan.isFeasible ? plan.evaluation?.penalty : nil
        let gap = penalty.flatMap { p in plan.lowerBound.map { p > 0 ? (Double(p) - $0) / Double(p) * 100 : 0 } }
        let firstFeasible = plan.isFeasible ? plan.engine?.secondsToFirstRoster : nil
        let violations = plan.evaluation?.violations.count
        print("| \(name) | \(format(limit, 0)) | \(format(firstFeasible, 2)) | \(penalty.map(String.init) ?? "none") | \(format(plan.lowerBound)) | \(gap.map { format($0) + " %" } ?? "–") | \(violations.map(String.init) ?? "–") | \(plan.engine?.stop.rawValue ?? "obstacles") (\(format(elapsed, 1)) s) |")
        if !plan.isFeasible { for line in plan.explanation.prefix(10) { log("  \(line)") } }
    }
}

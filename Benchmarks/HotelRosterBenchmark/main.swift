// Hotel roster benchmark: the sample hotel's month and a generated 100-staff hotel month, planned through
// the hotel mapping (demand from the forecast, rest rules, leave, requests) and the roster engine.
// For each time limit: seconds to the first roster meeting every hard rule, the penalty, the lower bound and
// the gap, and the scorer's hard-violation count. Run in release mode (see Benchmarks/README.md):
//   swift run -c release HotelRosterBenchmark --help   (the options: HotelRosterBenchmarkArguments.swift)
import Foundation
import Housekeeping

let arguments = HotelRosterBenchmarkArguments.parseOrExit()
let limits = arguments.limits
let seed = arguments.seed
let only = arguments.only
let minimumCoverWeight = arguments.minimumCoverWeight
let largeRooms = arguments.largeRooms
let columnShare = arguments.columnShare
let boundShare = arguments.boundShare
let coolingMoves = arguments.coolingMoves
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
        if let boundShare { options.relaxedBoundTimeShare = boundShare }
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

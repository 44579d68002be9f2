import Foundation
import Housekeeping

/// A minimal plain-text rendering of a ``WorkSheet``: the summary, then one block per attendant and lead.
/// (The full text/json/csv/html renderers live with the output formats.)
enum WorksheetPlainText {
    static func render(_ sheet: WorkSheet) -> String {
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        func number(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }
        let summary = sheet.summary
        line("Work sheet — \(sheet.propertyName) — \(sheet.date)")
        line("Rooms \(summary.roomCount) (\(summary.blockedRoomCount) out of order/service, \(summary.noServiceRoomCount) no service)")
        line("Tasks: " + summary.tasksByKind.map { "\($0.kind.rawValue) \($0.planned)/\($0.derived)" }.joined(separator: ", "))
        line("Minutes: mandatory \(number(summary.mandatoryStandardMinutes)) standard; planned work \(number(summary.plannedWorkMinutes)) + travel \(number(summary.plannedTravelMinutes)) of \(number(summary.paidMinutes)) paid (\(number(summary.utilisation * 100)) %)")
        line("Highest load \(number(summary.highestLoadRatio * 100)) % of paid minutes; load ÷ fair share \(number(summary.quality.highestLoadOverFairShare, 3)) (baseline \(number(summary.baseline.highestLoadOverFairShare, 3)))")
        line("Floors per attendant: mean \(number(summary.quality.floorsPerAttendantMean, 2)), max \(summary.quality.floorsPerAttendantMax) (baseline \(number(summary.baseline.floorsPerAttendantMean, 2)), \(summary.baseline.floorsPerAttendantMax))")
        let solver = summary.solver
        line("Solver: \(solver.method.rawValue), \(solver.termination); objective \(solver.objective.map { number($0, 2) } ?? "-"), bound \(solver.bestBound.map { number($0, 2) } ?? "-"), gap \(solver.relativeGap.map { number($0 * 100, 2) + " %" } ?? "-"); \(number(solver.solveSeconds, 2)) s solve, \(number(solver.planSeconds, 2)) s total")
        let undone = summary.undoneMandatory
        if undone.isEmpty {
            line("Left undone: nothing mandatory")
        } else {
            line("Left undone: \(undone.count) tasks, \(number(summary.missingMinutes)) attendant-minutes missing")
            for item in undone { line("  \(item.task.place) \(item.task.kind.rawValue): \(item.explanation)") }
        }
        let optional = summary.undone.filter { !$0.task.isMandatory }
        if !optional.isEmpty { line("Deep cleans not planned: " + optional.map { $0.task.place }.joined(separator: ", ")) }
        if let extra = summary.oneMoreAttendant { line("One more attendant: \(extra.explanation)") }
        for warning in sheet.warnings { line("Warning: \(warning)") }
        for warning in sheet.stockWarnings { line("Stock short: \(warning.storeroomID) \(warning.itemID) needs \(number(warning.needed)) has \(number(warning.onHand))") }
        for attendant in sheet.attendants {
            line()
            line("\(attendant.staffID) \(attendant.staffName) — shift \(attendant.shiftTypeID) \(attendant.shiftStart)–\(attendant.shiftEnd) — \(attendant.roomCount) rooms (\(attendant.departureCount) departures, \(attendant.stayoverCount) stayovers), \(number(attendant.loadMinutes)) of \(number(attendant.paidMinutes)) min, floors \(attendant.floorIDs.joined(separator: ","))")
            for item in attendant.tasks {
                let flags = (item.task.flags.map(\.rawValue) + item.flags.map(\.rawValue)).joined(separator: " ")
                line("  \(item.start)–\(item.finish)  \(item.task.place.padding(toLength: 24, withPad: " ", startingAt: 0)) \(item.task.kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \(flags)")
            }
            if !attendant.cart.items.isEmpty {
                line("  cart: " + attendant.cart.items.map { "\($0.name) \(number($0.quantity))" }.joined(separator: ", "))
            }
        }
        for lead in sheet.leads {
            line()
            line("\(lead.staffID) \(lead.staffName) — inspections: \(lead.inspections.count)")
            for inspection in lead.inspections {
                line("  \(inspection.start)  Room \(inspection.roomNumber) (floor \(inspection.floorID), \(inspection.reason.rawValue), by \(inspection.attendantID))")
            }
        }
        return out
    }
}

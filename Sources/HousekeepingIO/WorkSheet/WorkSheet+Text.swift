import Housekeeping

/// Writes the work sheet as plain text for the terminal or a printer, at most 100 columns wide: the summary
/// first, then one block per attendant (tasks in order with times, flags, totals, the cart), one per lead
/// (inspections in order), the storeroom issue and stock warnings, and a legend of the tags.
public enum WorkSheetTextRenderer {
    /// The widest line the text uses.
    public static let width = 100
    /// The units a line is never broken before, so that they stay with their number.
    static let units: Set<String> = ["s", "min", "%"]

    public static func render(_ document: WorkSheetDocument) -> String {
        var out = TextLines()
        let title = "WORK SHEET · \(document.property.name) · \(WorkSheetLabels.weekday(document.weekday)) \(document.date)"
        out.line(title)
        out.line(String(repeating: "=", count: min(width, max(title.count, 60))))
        out.blank()
        summary(document, into: &out)
        for attendant in document.attendants { attendantBlock(attendant, into: &out) }
        for lead in document.leads { leadBlock(lead, into: &out) }
        supplies(document, into: &out)
        legend(into: &out)
        return out.text
    }

    // MARK: Summary

    private static func summary(_ document: WorkSheetDocument, into out: inout TextLines) {
        let summary = document.summary
        out.line("SUMMARY")
        let rooms = summary.rooms
        var roomParts = ["\(rooms.total) rooms", "\(rooms.withWork) with work today"]
        if rooms.blocked > 0 { roomParts.append("\(rooms.blocked) out of order/service") }
        if rooms.noService > 0 { roomParts.append("\(rooms.noService) declined service") }
        out.field("Rooms", roomParts.joined(separator: " · "))
        out.field("Staff", "\(summary.attendantsOnDuty) attendant\(summary.attendantsOnDuty == 1 ? "" : "s") on duty · "
                  + "\(summary.leadsOnDuty) lead\(summary.leadsOnDuty == 1 ? "" : "s") inspecting")
        out.field("Tasks", "kind".padded(to: 16) + "needed".leftPadded(to: 8) + "planned".leftPadded(to: 9))
        var derivedTotal = 0
        var plannedTotal = 0
        for line in summary.tasksByKind {
            derivedTotal += line.derived
            plannedTotal += line.planned
            out.field("", WorkSheetLabels.kind(line.kind).padded(to: 16) + "\(line.derived)".leftPadded(to: 8)
                      + "\(line.planned)".leftPadded(to: 9))
        }
        out.field("", "total".padded(to: 16) + "\(derivedTotal)".leftPadded(to: 8) + "\(plannedTotal)".leftPadded(to: 9))
        out.field("Minutes", "\(WorkSheetLabels.minutes(summary.mandatoryStandardMinutes)) needed (mandatory, standard pace) · "
                  + "\(WorkSheetLabels.minutes(summary.plannedWorkMinutes)) planned + "
                  + "\(WorkSheetLabels.minutes(summary.plannedTravelMinutes)) travel · "
                  + "\(WorkSheetLabels.minutes(summary.paidMinutes)) paid")
        out.field("Utilisation", "\(WorkSheetLabels.percent(summary.utilisation)) of paid minutes · busiest attendant at "
                  + "\(WorkSheetLabels.percent(summary.highestLoadRatio)) of their shift")
        if summary.undone.isEmpty {
            out.field("Left undone", "nothing")
        } else {
            let optional = summary.undone.count - summary.undoneMandatoryCount
            var head = summary.undoneMandatoryCount == 0
                ? "nothing mandatory"
                : "\(summary.undoneMandatoryCount) mandatory task\(summary.undoneMandatoryCount == 1 ? "" : "s"), "
                  + "\(WorkSheetLabels.minutes(summary.missingAttendantMinutes)) attendant-minutes missing"
            if optional > 0 { head += " · \(optional) optional deep clean\(optional == 1 ? "" : "s") not planned" }
            out.field("Left undone", head)
            for undone in summary.undone {
                let place = undone.room ?? undone.place
                let ready = undone.readyBy.map { " ready by \($0)" } ?? ""
                out.field("", "\(place.truncated(to: 14).padded(to: 14)) \(WorkSheetLabels.kind(undone.kind).padded(to: 15))"
                          + "\(WorkSheetLabels.minutes(undone.minutes).leftPadded(to: 4)) min\(ready) · \(undone.explanation)")
            }
        }
        if let extra = summary.oneMoreAttendant {
            out.field("One more", extra.explanation)
        } else if summary.undoneMandatoryCount > 0 {
            out.field("One more", "not worked out for this day")
        }
        let solver = summary.solver
        var solverLine = solver.method == "glpk" ? "GLPK, \(WorkSheetLabels.termination(solver.termination))"
                                                 : "greedy plan (GLPK \(WorkSheetLabels.termination(solver.termination)))"
        if let gap = solver.relativeGap { solverLine += " · gap \(WorkSheetLabels.fixed(gap * 100, 2)) %" }
        if let objective = solver.objective { solverLine += " · objective \(WorkSheetLabels.fixed(objective, 4))" }
        if let bound = solver.bestBound { solverLine += " · bound \(WorkSheetLabels.fixed(bound, 4))" }
        if solver.relativeGap == nil, solver.method == "glpk", solver.termination != "optimal" {
            solverLine += " · gap not shown"
        }
        out.field("Solver", solverLine)
        var modelLine = "\(WorkSheetLabels.grouped(solver.variables)) variables (\(WorkSheetLabels.grouped(solver.integerVariables)) integer), "
            + "\(WorkSheetLabels.grouped(solver.constraints)) constraints, \(solver.workGroups) work groups"
        if let solve = solver.solveSeconds, let plan = solver.planSeconds {
            // The whole day's model is not solved when it is too large: only the planning time means anything then.
            modelLine += solver.termination == SolverReport.tooLargeToSolve ? " · planned in \(WorkSheetLabels.fixed(plan, 2)) s"
                : " · solved in \(WorkSheetLabels.fixed(solve, 2)) s, planned in \(WorkSheetLabels.fixed(plan, 2)) s"
        }
        out.field("", modelLine)
        out.blank()
        out.line("  This plan against the usual method (even credits, filled floor by floor):")
        out.line("    " + "".padded(to: 42) + "this plan".leftPadded(to: 12) + "usual".leftPadded(to: 12))
        let plan = summary.plan
        let baseline = summary.baseline
        let rows: [(String, String, String)] = [
            ("busiest load ÷ fair share", WorkSheetLabels.fixed(plan.highestLoadOverFairShare, 2),
             WorkSheetLabels.fixed(baseline.highestLoadOverFairShare, 2)),
            ("floors per attendant, mean", WorkSheetLabels.fixed(plan.floorsPerAttendantMean, 2),
             WorkSheetLabels.fixed(baseline.floorsPerAttendantMean, 2)),
            ("floors per attendant, most", "\(plan.floorsPerAttendantMax)", "\(baseline.floorsPerAttendantMax)"),
            ("travel minutes", WorkSheetLabels.minutes(plan.travelMinutes), WorkSheetLabels.minutes(baseline.travelMinutes)),
            ("most departures ÷ fair share", WorkSheetLabels.fixed(plan.highestDeparturesOverFairShare, 2),
             WorkSheetLabels.fixed(baseline.highestDeparturesOverFairShare, 2)),
            ("attendants over their paid minutes", "\(plan.attendantsOverCapacity)", "\(baseline.attendantsOverCapacity)"),
        ]
        for (label, mine, theirs) in rows {
            out.line("    " + label.padded(to: 42) + mine.leftPadded(to: 12) + theirs.leftPadded(to: 12))
        }
        for warning in document.warnings { out.wrapped("Note: \(warning)", indent: "  ", hanging: "        ") }
        out.blank()
    }

    // MARK: Attendants and leads

    private static func attendantBlock(_ attendant: WorkSheetDocument.Attendant, into out: inout TextLines) {
        out.line(String(repeating: "-", count: width))
        var head = "\(attendant.id)  \(attendant.name)"
        if attendant.role != .roomAttendant { head += " (\(WorkSheetLabels.role(attendant.role)))" }
        head += " · shift \(attendant.shift.id) \(attendant.shift.start)–\(attendant.shift.end)"
        if !attendant.floors.isEmpty {
            head += " · floor\(attendant.floors.count == 1 ? "" : "s") \(WorkSheetLabels.floors(attendant.floors))"
        }
        if attendant.efficiency != 1 { head += " · pace \(WorkSheetLabels.percent(attendant.efficiency))" }
        out.wrapped(head, indent: "", hanging: "    ")
        if attendant.tasks.isEmpty {
            out.line("    no tasks today")
        } else {
            out.line("    " + "#".leftPadded(to: 3) + "  " + "room".padded(to: 8) + " " + "floor".padded(to: 5) + " "
                     + "task".padded(to: 15) + "min".leftPadded(to: 4) + "  " + "start–end".padded(to: 11) + "  "
                     + "ready".padded(to: 5) + "  flags")
            for task in attendant.tasks {
                // A room shows its number and floor; a public-area visit its place across both columns.
                // A public-area visit shows its place across the room, floor and task columns.
                let what = task.room.map {
                    $0.truncated(to: 8).padded(to: 8) + " " + (task.floor ?? "").truncated(to: 5).padded(to: 5) + " "
                        + WorkSheetLabels.kind(task.kind).padded(to: 15)
                } ?? task.place.truncated(to: 29).padded(to: 30)
                let flags = WorkSheetLabels.flags(task.flags).joined(separator: " ")
                let row = "[ ]" + "\(task.order)".leftPadded(to: 4) + "  " + what + WorkSheetLabels.minutes(task.minutes).leftPadded(to: 4)
                    + "  " + "\(task.start)–\(task.finish)" + "  " + (task.readyBy?.description ?? "").padded(to: 5)
                    + "  " + flags
                out.wrapped(row.trailingSpacesRemoved, indent: "", hanging: String(repeating: " ", count: 64))
                if let note = task.note, !note.isEmpty {
                    out.wrapped("note: \(note)", indent: "          ", hanging: "                ")
                }
            }
        }
        var totals = [attendant.rooms == 0 && !attendant.tasks.isEmpty
            ? "Total: \(attendant.tasks.count) task\(attendant.tasks.count == 1 ? "" : "s")"
            : "Total: \(attendant.rooms) room\(attendant.rooms == 1 ? "" : "s")"
              + (attendant.rooms > 0 ? " (\(attendant.departures) departure\(attendant.departures == 1 ? "" : "s"), \(attendant.stayovers) stayover\(attendant.stayovers == 1 ? "" : "s"))" : "")]
        totals.append("\(WorkSheetLabels.minutes(attendant.loadMinutes)) of \(WorkSheetLabels.minutes(attendant.paidMinutes)) min"
                      + " (\(WorkSheetLabels.percent(attendant.loadRatio)))"
                      + (attendant.travelMinutes > 0 ? " incl. \(WorkSheetLabels.minutes(attendant.travelMinutes)) travel" : ""))
        if attendant.credits > 0 { totals.append("\(WorkSheetLabels.quantity(attendant.credits)) credits") }
        out.segments(totals, indent: "    ", hanging: "      ")
        if !attendant.cart.isEmpty {
            out.line("    Cart:")
            for kind in SupplyKind.allCases {
                let lines = attendant.cart.filter { $0.kind == kind }
                guard !lines.isEmpty else { continue }
                out.list("\(WorkSheetLabels.supplyKind(kind)):", lines.map { "\(WorkSheetLabels.quantity($0.quantity)) × \($0.name)" },
                         indent: "      ", hanging: "        ")
            }
        }
        out.blank()
    }

    private static func leadBlock(_ lead: WorkSheetDocument.Lead, into out: inout TextLines) {
        out.line(String(repeating: "-", count: width))
        out.line("\(lead.id)  \(lead.name) (lead) · shift \(lead.shift.id) \(lead.shift.start)–\(lead.shift.end)"
                 + " · \(lead.inspections.count) inspection\(lead.inspections.count == 1 ? "" : "s"), \(WorkSheetLabels.minutes(lead.minutes)) min")
        if lead.inspections.isEmpty {
            out.line("    no inspections today")
        } else {
            out.line("    " + "#".leftPadded(to: 3) + "  " + "room".padded(to: 8) + " " + "floor".padded(to: 5) + " "
                     + "ready at".padded(to: 9) + "inspect".padded(to: 13) + "why".padded(to: 15) + "cleaned by")
            for inspection in lead.inspections {
                let row = "[ ]" + "\(inspection.order)".leftPadded(to: 4) + "  " + inspection.room.truncated(to: 8).padded(to: 8) + " "
                    + inspection.floor.truncated(to: 5).padded(to: 5) + " " + inspection.roomReadyAt.description.padded(to: 9)
                    + "\(inspection.start)–\(inspection.finish)".padded(to: 13)
                    + WorkSheetLabels.inspectionReason(inspection.reason).padded(to: 15)
                    + "\(inspection.attendantID) \(inspection.attendantName)"
                out.line(row.truncated(to: width))
            }
        }
        out.blank()
    }

    // MARK: Supplies

    private static func supplies(_ document: WorkSheetDocument, into out: inout TextLines) {
        out.line(String(repeating: "-", count: width))
        out.line("STOREROOM ISSUE (二级库)")
        if document.storeroomIssues.isEmpty { out.line("  nothing to issue") }
        // Items down, storerooms across (at most 8 a table), so a lead can read each storeroom's column.
        let columnsPerTable = 8
        var start = 0
        while start < document.storeroomIssues.count {
            let issues = Array(document.storeroomIssues[start..<min(start + columnsPerTable, document.storeroomIssues.count)])
            var items: [WorkSheetDocument.SupplyLine] = []
            for issue in issues {
                for item in issue.items where !items.contains(where: { $0.item == item.item }) { items.append(item) }
            }
            items.sort { ($0.kind.sortIndex, $0.name) < ($1.kind.sortIndex, $1.name) }
            out.line("  " + "item".padded(to: 30) + "unit".padded(to: 8) + issues.map { $0.storeroom.truncated(to: 7).leftPadded(to: 7) }.joined())
            for item in items {
                let cells = issues.map { issue in
                    (issue.items.first { $0.item == item.item }.map { WorkSheetLabels.quantity($0.quantity) } ?? "-").leftPadded(to: 7)
                }
                out.line("  " + item.name.truncated(to: 29).padded(to: 30) + item.unit.truncated(to: 7).padded(to: 8) + cells.joined())
            }
            start += columnsPerTable
        }
        for issue in document.storeroomIssues {
            out.wrapped("\(issue.storeroom): \(issue.name)"
                        + (issue.floors.isEmpty ? "" : ", floor\(issue.floors.count == 1 ? "" : "s") \(WorkSheetLabels.floors(issue.floors))"),
                        indent: "    ", hanging: "      ")
        }
        out.blank()
        out.line("STOCK WARNINGS")
        if document.stockWarnings.isEmpty { out.line("  none: every storeroom holds what the day needs") }
        for warning in document.stockWarnings {
            out.wrapped("\(warning.storeroomName): \(warning.itemName) — needs \(WorkSheetLabels.quantity(warning.needed)) "
                        + "\(warning.unit), has \(WorkSheetLabels.quantity(warning.onHand)), short by "
                        + "\(WorkSheetLabels.quantity(warning.short))", indent: "  ", hanging: "    ")
        }
        out.blank()
    }

    private static func legend(into out: inout TextLines) {
        out.line("TAGS")
        for (tag, meaning) in WorkSheetLabels.legend {
            out.line("  " + tag.padded(to: 17) + meaning)
        }
    }
}

/// Lines of text under construction.
struct TextLines {
    private(set) var text = ""

    mutating func line(_ line: String) { text += line.trailingSpacesRemoved + "\n" }
    mutating func blank() { text += "\n" }

    /// A labelled line in the summary: the label in a 14-column margin.
    mutating func field(_ label: String, _ value: String) {
        wrapped("  " + label.padded(to: 14) + value, indent: "", hanging: String(repeating: " ", count: 16))
    }

    /// A label and a comma-separated list, wrapped between items (an item is never split across lines
    /// unless it is longer than a line by itself).
    mutating func list(_ label: String, _ items: [String], indent: String, hanging: String) {
        let limit = WorkSheetTextRenderer.width
        var current = indent + label
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if current.count + 1 + piece.count > limit, current.count > hanging.count {
                line(current)
                current = hanging + piece
            } else {
                current += " " + piece
            }
        }
        line(current)
    }

    /// Pieces joined by " · ", wrapped between pieces.
    mutating func segments(_ pieces: [String], indent: String, hanging: String) {
        let limit = WorkSheetTextRenderer.width
        var current = indent
        for (index, piece) in pieces.enumerated() {
            let joined = index == 0 ? piece : " · " + piece
            if index > 0, current.count + joined.count > limit {
                line(current + " ·")
                current = hanging + piece
            } else {
                current += joined
            }
        }
        line(current)
    }

    /// Wraps at word boundaries to ``WorkSheetTextRenderer/width``; continuation lines start with `hanging`.
    mutating func wrapped(_ text: String, indent: String, hanging: String) {
        let limit = WorkSheetTextRenderer.width
        var current = indent
        var currentCount = indent.count
        var startOfLine = true
        // Keep runs of spaces (column alignment) within a line; break only at single spaces between words, and never
        // between a number and its unit ("5.00 s", "18 min"): a word followed by a unit moves on with it.
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let isUnit = { (word: String) -> Bool in
            var core = Substring(word)
            while let last = core.last, ",;.)".contains(last) { core = core.dropLast() }
            return WorkSheetTextRenderer.units.contains(String(core))
        }
        for (index, piece) in words.enumerated() {
            let unitAfter = index + 1 < words.count && isUnit(words[index + 1]) ? words[index + 1].count + 1 : 0
            let addition = startOfLine ? piece.count : piece.count + 1
            if !startOfLine, currentCount + addition + unitAfter > limit, !piece.isEmpty, !isUnit(piece) {
                line(current)
                current = hanging + piece
                currentCount = hanging.count + piece.count
            } else {
                current += startOfLine ? piece : " " + piece
                currentCount += addition
            }
            startOfLine = false
        }
        line(current)
    }
}

extension String {
    /// The text padded with spaces on the right to `width` characters (unchanged when longer).
    func padded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    /// The text padded with spaces on the left to `width` characters (unchanged when longer).
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    /// The text cut to `width` characters, ending in "…" when cut.
    func truncated(to width: Int) -> String { count <= width ? self : String(prefix(max(0, width - 1))) + "…" }
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

extension SupplyKind {
    /// Linen, then consumables, then saleable items.
    var sortIndex: Int { SupplyKind.allCases.firstIndex(of: self) ?? 0 }
}

import Housekeeping

/// Writes the work sheet as one self-contained HTML page to print and hand out: a summary page, then one
/// page per attendant (tasks in order with a check box for each room, totals, the cart pick list) and one per
/// lead (inspections in order). A4, print CSS with a page break after each section, no scripts, no external
/// assets; every piece of text from the input is HTML-escaped.
public enum WorkSheetHTMLRenderer {
    public static func render(_ document: WorkSheetDocument) -> String {
        var html = HTMLText()
        let title = "Work sheet · \(document.property.name) · \(WorkSheetLabels.weekday(document.weekday)) \(document.date)"
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"generator\" content=\"housekeeping worksheet\">\n")
        html.raw("<title>\(title.htmlEscaped)</title>\n<style>\n\(style)</style>\n</head>\n<body>\n")
        summaryPage(document, title: title, into: &html)
        for attendant in document.attendants { attendantPage(attendant, document: document, into: &html) }
        for lead in document.leads { leadPage(lead, document: document, into: &html) }
        html.raw("</body>\n</html>\n")
        return html.text
    }

    static let style = """
        @page { size: A4; margin: 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Helvetica Neue", Arial, "Noto Sans", sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
        section.page { padding: 0 0 6mm 0; break-after: page; page-break-after: always; }
        section.page:last-of-type { break-after: auto; page-break-after: auto; }
        @media screen { body { max-width: 210mm; margin: 0 auto; padding: 8mm; background: #eee; }
          section.page { background: #fff; padding: 10mm; margin-bottom: 8mm; box-shadow: 0 1px 4px #999; } }
        h1 { font-size: 16pt; margin: 0 0 2mm 0; }
        h2 { font-size: 12pt; margin: 5mm 0 2mm 0; border-bottom: 1px solid #000; }
        p.meta { margin: 0 0 3mm 0; }
        table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; }
        th, td { border: 1px solid #777; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
        th { background: #e6e6e6; font-weight: 600; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .box { display: inline-block; width: 4mm; height: 4mm; border: 1px solid #000; }
        .tag { display: inline-block; border: 1px solid #000; border-radius: 1mm; padding: 0 1mm; margin: 0 0.5mm 0.5mm 0;
          font-size: 8.5pt; font-weight: 600; }
        .tag.warning { background: #000; color: #fff; }
        .note { font-style: italic; }
        dl.figures { display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 3mm; margin: 0; }
        dl.figures dt { font-weight: 600; }
        dl.figures dd { margin: 0; }
        .signature { margin-top: 6mm; }

        """

    // MARK: Pages

    private static func summaryPage(_ document: WorkSheetDocument, title: String, into html: inout HTMLText) {
        let summary = document.summary
        html.raw("<section class=\"page summary\">\n")
        html.raw("<h1>\(title.htmlEscaped)</h1>\n")
        html.raw("<p class=\"meta\">Summary for the lead. One page per attendant and per lead follows.</p>\n")
        html.raw("<dl class=\"figures\">\n")
        let rooms = summary.rooms
        figure("Rooms", "\(rooms.total) rooms · \(rooms.withWork) with work today · \(rooms.blocked) out of order or service"
               + " · \(rooms.noService) declined service", into: &html)
        figure("Staff", "\(summary.attendantsOnDuty) attendants on duty · \(summary.leadsOnDuty) leads inspecting", into: &html)
        figure("Minutes", "\(WorkSheetLabels.minutes(summary.mandatoryStandardMinutes)) needed (mandatory work, standard pace) · "
               + "\(WorkSheetLabels.minutes(summary.plannedWorkMinutes)) planned + \(WorkSheetLabels.minutes(summary.plannedTravelMinutes)) travel · "
               + "\(WorkSheetLabels.minutes(summary.paidMinutes)) paid", into: &html)
        figure("Utilisation", "\(WorkSheetLabels.percent(summary.utilisation)) of paid minutes · busiest attendant at "
               + "\(WorkSheetLabels.percent(summary.highestLoadRatio)) of their shift", into: &html)
        let undoneText = summary.undone.isEmpty ? "nothing"
            : summary.undoneMandatoryCount == 0 ? "nothing mandatory (\(summary.undone.count) optional not planned)"
            : "\(summary.undoneMandatoryCount) mandatory tasks, \(WorkSheetLabels.minutes(summary.missingAttendantMinutes)) attendant-minutes missing"
        figure("Left undone", undoneText, into: &html)
        if let extra = summary.oneMoreAttendant { figure("One more attendant", extra.explanation, into: &html) }
        let solver = summary.solver
        var solverText = solver.method == "glpk" ? "GLPK, \(WorkSheetLabels.termination(solver.termination))"
                                                 : "greedy plan (GLPK \(WorkSheetLabels.termination(solver.termination)))"
        if let gap = solver.relativeGap { solverText += " · gap \(WorkSheetLabels.fixed(gap * 100, 2)) %" }
        if let solve = solver.solveSeconds, solver.termination != SolverReport.tooLargeToSolve {
            solverText += " · solved in \(WorkSheetLabels.fixed(solve, 2)) s"
        }
        figure("Solver", solverText, into: &html)
        html.raw("</dl>\n")

        html.raw("<h2>Tasks by kind</h2>\n<table>\n<thead><tr><th>kind</th><th class=\"number\">needed</th><th class=\"number\">planned</th></tr></thead>\n<tbody>\n")
        for line in summary.tasksByKind {
            html.raw("<tr><td>\(WorkSheetLabels.kind(line.kind).htmlEscaped)</td><td class=\"number\">\(line.derived)</td>"
                     + "<td class=\"number\">\(line.planned)</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n")

        if !summary.undone.isEmpty {
            html.raw("<h2>Left undone</h2>\n<table>\n<thead><tr><th>room</th><th>task</th><th class=\"number\">min</th><th>ready by</th><th>why</th></tr></thead>\n<tbody>\n")
            for undone in summary.undone {
                html.raw("<tr><td>\((undone.room ?? undone.place).htmlEscaped)</td><td>\(WorkSheetLabels.kind(undone.kind).htmlEscaped)</td>"
                         + "<td class=\"number\">\(WorkSheetLabels.minutes(undone.minutes))</td><td>\(undone.readyBy?.description ?? "")</td>"
                         + "<td>\(undone.explanation.htmlEscaped)</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n")
        }

        html.raw("<h2>This plan against the usual method (even credits, floor by floor)</h2>\n<table>\n")
        html.raw("<thead><tr><th></th><th class=\"number\">this plan</th><th class=\"number\">usual method</th></tr></thead>\n<tbody>\n")
        let plan = summary.plan
        let baseline = summary.baseline
        let rows: [(String, String, String)] = [
            ("busiest load ÷ fair share", WorkSheetLabels.fixed(plan.highestLoadOverFairShare, 2), WorkSheetLabels.fixed(baseline.highestLoadOverFairShare, 2)),
            ("floors per attendant, mean", WorkSheetLabels.fixed(plan.floorsPerAttendantMean, 2), WorkSheetLabels.fixed(baseline.floorsPerAttendantMean, 2)),
            ("floors per attendant, most", "\(plan.floorsPerAttendantMax)", "\(baseline.floorsPerAttendantMax)"),
            ("travel minutes", WorkSheetLabels.minutes(plan.travelMinutes), WorkSheetLabels.minutes(baseline.travelMinutes)),
            ("most departures ÷ fair share", WorkSheetLabels.fixed(plan.highestDeparturesOverFairShare, 2), WorkSheetLabels.fixed(baseline.highestDeparturesOverFairShare, 2)),
            ("attendants over their paid minutes", "\(plan.attendantsOverCapacity)", "\(baseline.attendantsOverCapacity)"),
        ]
        for (label, mine, theirs) in rows {
            html.raw("<tr><td>\(label.htmlEscaped)</td><td class=\"number\">\(mine)</td><td class=\"number\">\(theirs)</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n")

        html.raw("<h2>Attendants</h2>\n<table>\n<thead><tr><th>staff</th><th>name</th><th>shift</th><th>floors</th>"
                 + "<th class=\"number\">rooms</th><th class=\"number\">load</th></tr></thead>\n<tbody>\n")
        for attendant in document.attendants {
            html.raw("<tr><td>\(attendant.id.htmlEscaped)</td><td>\(attendant.name.htmlEscaped)</td>"
                     + "<td>\(attendant.shift.id.htmlEscaped) \(attendant.shift.start)–\(attendant.shift.end)</td>"
                     + "<td>\(WorkSheetLabels.floors(attendant.floors).htmlEscaped)</td><td class=\"number\">\(attendant.rooms)</td>"
                     + "<td class=\"number\">\(WorkSheetLabels.percent(attendant.loadRatio))</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n")

        html.raw("<h2>Storeroom issue (二级库)</h2>\n")
        if document.storeroomIssues.isEmpty { html.raw("<p>Nothing to issue.</p>\n") }
        for issue in document.storeroomIssues {
            html.raw("<p><strong>\(issue.name.htmlEscaped)</strong> (\(issue.storeroom.htmlEscaped))"
                     + (issue.floors.isEmpty ? "" : " · floors \(WorkSheetLabels.floors(issue.floors).htmlEscaped)") + "</p>\n")
            supplyTable(issue.items, into: &html)
        }
        html.raw("<h2>Stock warnings</h2>\n")
        if document.stockWarnings.isEmpty {
            html.raw("<p>None: every storeroom holds what the day needs.</p>\n")
        } else {
            html.raw("<table>\n<thead><tr><th>storeroom</th><th>item</th><th class=\"number\">needed</th><th class=\"number\">on hand</th>"
                     + "<th class=\"number\">short</th></tr></thead>\n<tbody>\n")
            for warning in document.stockWarnings {
                html.raw("<tr><td>\(warning.storeroomName.htmlEscaped)</td><td>\(warning.itemName.htmlEscaped)</td>"
                         + "<td class=\"number\">\(WorkSheetLabels.quantity(warning.needed))</td>"
                         + "<td class=\"number\">\(WorkSheetLabels.quantity(warning.onHand))</td>"
                         + "<td class=\"number\">\(WorkSheetLabels.quantity(warning.short)) \(warning.unit.htmlEscaped)</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n")
        }
        if !document.warnings.isEmpty {
            html.raw("<h2>Notes</h2>\n<ul>\n")
            for warning in document.warnings { html.raw("<li>\(warning.htmlEscaped)</li>\n") }
            html.raw("</ul>\n")
        }
        html.raw("<h2>Tags</h2>\n<dl class=\"figures\">\n")
        for (tag, meaning) in WorkSheetLabels.legend { figure(tag, meaning, into: &html) }
        html.raw("</dl>\n</section>\n")
    }

    private static func attendantPage(_ attendant: WorkSheetDocument.Attendant, document: WorkSheetDocument,
                                      into html: inout HTMLText) {
        html.raw("<section class=\"page attendant\" id=\"attendant-\(attendant.id.htmlEscaped)\">\n")
        html.raw("<h1>\(attendant.name.htmlEscaped) <small>(\(attendant.id.htmlEscaped))</small></h1>\n")
        var meta = "\(WorkSheetLabels.weekday(document.weekday)) \(document.date) · \(WorkSheetLabels.role(attendant.role)) · shift "
            + "\(attendant.shift.id) \(attendant.shift.start)–\(attendant.shift.end)"
        if !attendant.floors.isEmpty { meta += " · floors \(WorkSheetLabels.floors(attendant.floors))" }
        if attendant.efficiency != 1 { meta += " · pace \(WorkSheetLabels.percent(attendant.efficiency))" }
        html.raw("<p class=\"meta\">\(meta.htmlEscaped)</p>\n")
        if attendant.tasks.isEmpty {
            html.raw("<p>No tasks today.</p>\n")
        } else {
            html.raw("<table class=\"tasks\">\n<thead><tr><th>done</th><th class=\"number\">#</th><th>room</th><th>floor</th><th>task</th>"
                     + "<th class=\"number\">min</th><th>start–end</th><th>ready by</th><th>flags and notes</th></tr></thead>\n<tbody>\n")
            for task in attendant.tasks {
                var flags = WorkSheetLabels.flags(task.flags).map { tag in
                    let warning = tag == "MISSES-READY-BY" || tag == "AFTER-SHIFT"
                    return "<span class=\"tag\(warning ? " warning" : "")\">\(tag.htmlEscaped)</span>"
                }.joined(separator: " ")
                if let note = task.note, !note.isEmpty { flags += (flags.isEmpty ? "" : "<br>") + "<span class=\"note\">\(note.htmlEscaped)</span>" }
                html.raw("<tr><td><span class=\"box\"></span></td><td class=\"number\">\(task.order)</td>"
                         + "<td>\((task.room ?? task.place).htmlEscaped)</td><td>\((task.floor ?? "").htmlEscaped)</td>"
                         + "<td>\(WorkSheetLabels.kind(task.kind).htmlEscaped)</td><td class=\"number\">\(WorkSheetLabels.minutes(task.minutes))</td>"
                         + "<td>\(task.start)–\(task.finish)</td><td>\(task.readyBy?.description ?? "")</td><td>\(flags)</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n")
        }
        var totals = (attendant.rooms == 0 ? "\(attendant.tasks.count) task\(attendant.tasks.count == 1 ? "" : "s") · "
                      : "\(attendant.rooms) rooms (\(attendant.departures) departures, \(attendant.stayovers) stayovers) · ")
            + "\(WorkSheetLabels.minutes(attendant.workMinutes)) min work + \(WorkSheetLabels.minutes(attendant.travelMinutes)) travel = "
            + "\(WorkSheetLabels.minutes(attendant.loadMinutes)) of \(WorkSheetLabels.minutes(attendant.paidMinutes)) paid "
            + "(\(WorkSheetLabels.percent(attendant.loadRatio)))"
        if attendant.credits > 0 { totals += " · \(WorkSheetLabels.quantity(attendant.credits)) credits" }
        html.raw("<p><strong>Total:</strong> \(totals.htmlEscaped)</p>\n")
        html.raw("<h2>Cart pick list</h2>\n")
        if attendant.cart.isEmpty { html.raw("<p>Nothing to load.</p>\n") } else { supplyTable(attendant.cart, checkBoxes: true, into: &html) }
        html.raw("<p class=\"signature\">Signed: ______________________ &nbsp; Checked by: ______________________</p>\n")
        html.raw("</section>\n")
    }

    private static func leadPage(_ lead: WorkSheetDocument.Lead, document: WorkSheetDocument, into html: inout HTMLText) {
        html.raw("<section class=\"page lead\" id=\"lead-\(lead.id.htmlEscaped)\">\n")
        html.raw("<h1>\(lead.name.htmlEscaped) <small>(\(lead.id.htmlEscaped)) · inspections</small></h1>\n")
        let meta = "\(WorkSheetLabels.weekday(document.weekday)) \(document.date) · lead · shift \(lead.shift.id) "
            + "\(lead.shift.start)–\(lead.shift.end) · \(lead.inspections.count) inspections, \(WorkSheetLabels.minutes(lead.minutes)) min"
        html.raw("<p class=\"meta\">\(meta.htmlEscaped)</p>\n")
        if lead.inspections.isEmpty {
            html.raw("<p>No inspections today.</p>\n")
        } else {
            html.raw("<table class=\"inspections\">\n<thead><tr><th>passed</th><th class=\"number\">#</th><th>room</th><th>floor</th>"
                     + "<th>ready at</th><th>inspect</th><th>why</th><th>cleaned by</th></tr></thead>\n<tbody>\n")
            for inspection in lead.inspections {
                html.raw("<tr><td><span class=\"box\"></span></td><td class=\"number\">\(inspection.order)</td>"
                         + "<td>\(inspection.room.htmlEscaped)</td><td>\(inspection.floor.htmlEscaped)</td><td>\(inspection.roomReadyAt)</td>"
                         + "<td>\(inspection.start)–\(inspection.finish)</td><td>\(WorkSheetLabels.inspectionReason(inspection.reason).htmlEscaped)</td>"
                         + "<td>\(inspection.attendantID.htmlEscaped) \(inspection.attendantName.htmlEscaped)</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n")
        }
        html.raw("</section>\n")
    }

    // MARK: Pieces

    private static func figure(_ label: String, _ value: String, into html: inout HTMLText) {
        html.raw("<dt>\(label.htmlEscaped)</dt><dd>\(value.htmlEscaped)</dd>\n")
    }

    private static func supplyTable(_ lines: [WorkSheetDocument.SupplyLine], checkBoxes: Bool = false, into html: inout HTMLText) {
        html.raw("<table class=\"supplies\">\n<thead><tr>" + (checkBoxes ? "<th>loaded</th>" : "")
                 + "<th>kind</th><th>item</th><th class=\"number\">quantity</th><th>unit</th></tr></thead>\n<tbody>\n")
        for line in lines {
            html.raw("<tr>" + (checkBoxes ? "<td><span class=\"box\"></span></td>" : "")
                     + "<td>\(WorkSheetLabels.supplyKind(line.kind).htmlEscaped)</td><td>\(line.name.htmlEscaped)</td>"
                     + "<td class=\"number\">\(WorkSheetLabels.quantity(line.quantity))</td><td>\(line.unit.htmlEscaped)</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n")
    }
}

/// HTML under construction; callers escape every piece of input text with `htmlEscaped`.
struct HTMLText {
    private(set) var text = ""
    mutating func raw(_ markup: String) { text += markup }
}

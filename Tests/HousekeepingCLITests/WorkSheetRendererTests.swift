import Foundation
import Testing
import Housekeeping
@testable import HousekeepingIO

/// The four renderers on a small hand-made sheet whose every line is known.
@Suite("Work sheet renderers on a hand-made sheet")
struct WorkSheetRendererTests {
    let sheet = WorkSheetFixture.sheet
    let property = WorkSheetFixture.property

    func text(_ format: WorkSheetFormat, reproducible: Bool = false) throws -> String {
        String(decoding: try format.render(sheet, property: property, options: WorkSheetRenderOptions(reproducible: reproducible)),
               as: UTF8.self)
    }

    @Test("text: a wrapped line never leaves a unit without its number")
    func wrapKeepsUnitsWithNumbers() {
        // "5.00" ends at column 100, its unit would not fit.
        let text = String(repeating: "x", count: 92) + " in 5.00 s, then 18 min and 40 %"
        var lines = TextLines()
        lines.wrapped(text, indent: "", hanging: "    ")
        let wrapped = lines.text.split(separator: "\n").map(String.init)
        #expect(wrapped == [String(repeating: "x", count: 92) + " in", "    5.00 s, then 18 min and 40 %"])
        #expect(wrapped.allSatisfy { $0.count <= WorkSheetTextRenderer.width })
    }

    @Test("text: summary first, then one block per attendant and lead, no line over 100 columns")
    func textLayout() throws {
        let text = try text(.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 }, "longest line \(lines.map(\.count).max() ?? 0)")
        let summary = try #require(text.range(of: "SUMMARY"))
        let first = try #require(text.range(of: "A01  Li Na"))
        let second = try #require(text.range(of: "P01  Wang Fang"))
        let lead = try #require(text.range(of: "L01  Zhao Min (lead)"))
        #expect(summary.lowerBound < first.lowerBound && first.lowerBound < second.lowerBound && second.lowerBound < lead.lowerBound)
        #expect(text.contains("1 mandatory task, 18 attendant-minutes missing"))
        #expect(text.contains("one more attendant on shift M would do 1 of the 1 undone tasks"))
        #expect(text.contains("gap 0.00 %"))
        #expect(text.contains("solved in 0.01 s"))
        // A task row: room, floor, kind, minutes, start–finish, ready-by, tags.
        #expect(text.contains("[ ]   1  0201     2     departure        30  08:00–08:30  14:00  ARRIVAL VIP"))
        #expect(text.contains("[ ]   2  0305     3     stayover         18  08:35–08:53         DND-RETRY\n"))
        #expect(text.contains("[ ]   3  0307     3     touch-up         14  08:53–09:07  08:30  MISSES-READY-BY\n"))
        #expect(text.contains("[ ]   1  Lobby and entrance              38  08:00–08:37  07:30  MISSES-READY-BY\n"))
        #expect(text.contains("note: Guest says <script>"))
        #expect(text.contains("    busiest load ÷ fair share                         1.02        1.31\n"))
        #expect(text.contains("Floor 3 storeroom: Soap bar — needs 3 piece, has 1, short by 2"))
        #expect(text.contains("linen: 1 × Sheet set"))
        #expect(text.contains("  Sheet set                     set           1\n"))
    }

    @Test("reproducible text leaves out the solve time")
    func textWithoutTimings() throws {
        let text = try text(.text, reproducible: true)
        #expect(!text.contains("solved in"))
        #expect(text.contains("GLPK, optimal"))
    }

    @Test("json: decodes back to the same document, with every attendant and task exactly once")
    func jsonRoundTrip() throws {
        let data = try WorkSheetFormat.json.render(sheet, property: property)
        let document = try WorkSheetJSONRenderer.decode(data)
        #expect(document == WorkSheetDocument(sheet, property: property))
        #expect(document.formatVersion == 1)
        #expect(document.attendants.map(\.id) == ["A01", "P01"])
        #expect(document.attendants.flatMap(\.tasks).map(\.taskID)
                == ["0201/departureClean", "0305/stayoverService", "0307/vacantTouchUp", "post:LOBBY@07:00"])
        #expect(document.attendants[0].tasks[1].flags == ["doNotDisturb", "retryIfDoNotDisturb"])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"date\" : \"2026-12-01\""))
        #expect(text.contains("\"start\" : \"08:00\""))
        #expect(text.contains("\"solveSeconds\" : 0.012"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test("json: keys are sorted at every level")
    func jsonKeysSorted() throws {
        let text = String(decoding: try WorkSheetFormat.json.render(sheet, property: property), as: UTF8.self)
        // The keys of the top-level object, in the order written.
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevel == topLevel.sorted())
        #expect(topLevel.first == "attendants" && topLevel.contains("formatVersion"))
    }

    @Test("json: a newer format version is refused")
    func jsonNewerVersionRefused() throws {
        var document = WorkSheetDocument(sheet, property: property)
        document.formatVersion = 2
        let data = try WorkSheetJSONRenderer.render(document)
        #expect(throws: DecodingError.self) { try WorkSheetJSONRenderer.decode(data) }
    }

    @Test("csv: the header, then one row per scheduled task, quoted where needed")
    func csvRows() throws {
        let text = try text(.csv)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "attendant_id,attendant_name,order,room,floor,task_kind,minutes,start,finish,flags,ready_by,place,note")
        #expect(lines.count == 1 + 4)
        #expect(lines[1].hasPrefix("A01,Li Na,1,0201,2,departureClean,30,08:00,08:30,arrivalToday;vip;linenChange,14:00,Room 0201,"))
        #expect(lines[1].hasSuffix(",\"Guest says <script>alert(1)</script> & \"\"extra\"\" pillows\""))
        #expect(lines[4] == "P01,Wang Fang,1,,,publicArea,37.5,08:00,08:37,missesReadyBy,07:30,Lobby and entrance,")
    }

    @Test("html: a summary page, one page-break section per attendant and per lead, markup escaped")
    func htmlPages() throws {
        let html = try text(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<section class=\"page ").count - 1 == 1 + 2 + 1)
        #expect(html.components(separatedBy: "<section class=\"page attendant\"").count - 1 == 2)
        #expect(html.components(separatedBy: "<section class=\"page lead\"").count - 1 == 1)
        #expect(html.contains("break-after: page") && html.contains("page-break-after: always") && html.contains("size: A4"))
        #expect(html.contains("Guest says &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;extra&quot; pillows"))
        #expect(!html.contains("<script"))
        #expect(html.contains("The &lt;Sample&gt; Hotel"))
        // A check box per room on each attendant page, and one per cart line.
        #expect(html.components(separatedBy: "<span class=\"box\"></span>").count - 1 == 4 + 3 + 1)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
    }

    @Test("the same sheet renders to the same bytes in every format")
    func deterministic() throws {
        for format in WorkSheetFormat.allCases {
            let first = try format.render(sheet, property: property)
            let second = try format.render(WorkSheetFixture.sheet, property: property)
            #expect(first == second, "\(format)")
        }
    }

    @Test("HTML escaping covers the five special characters")
    func escaping() {
        #expect("a<b>&\"c\"'d'".htmlEscaped == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect("房间 0312".htmlEscaped == "房间 0312")
    }
}

@Suite("Reproducible rendering")
struct ReproducibleRenderingTests {
    @Test("reproducible output drops the times always, and the bound and gap unless the plan is proven optimal",
          arguments: [("optimal", true), ("feasibleAtGapLimit", false), ("feasibleAtTimeLimit", false)])
    func boundKeptOnlyWhenOptimal(termination: String, keepsBound: Bool) {
        var sheet = WorkSheetFixture.sheet
        sheet.summary.solver.termination = termination
        sheet.summary.solver.bestBound = 12
        sheet.summary.solver.relativeGap = 0.04
        let reproducible = WorkSheetDocument(sheet, property: WorkSheetFixture.property, options: WorkSheetRenderOptions(reproducible: true))
        #expect(reproducible.summary.solver.solveSeconds == nil && reproducible.summary.solver.planSeconds == nil)
        #expect((reproducible.summary.solver.bestBound != nil) == keepsBound)
        #expect((reproducible.summary.solver.relativeGap != nil) == keepsBound)
        #expect(reproducible.summary.solver.objective == 12.5)
        let full = WorkSheetDocument(sheet, property: WorkSheetFixture.property)
        #expect(full.summary.solver.bestBound == 12 && full.summary.solver.relativeGap == 0.04)
        #expect(full.summary.solver.solveSeconds == 0.012 && full.summary.solver.planSeconds == 0.046)
    }
}

@Suite("Work sheet renderers on edge cases")
struct WorkSheetEdgeCaseTests {
    @Test("an empty day: no attendants, no leads, nothing undone still renders in every format")
    func emptyDay() throws {
        var sheet = WorkSheetFixture.sheet
        sheet.attendants = []
        sheet.leads = []
        sheet.storeroomIssues = []
        sheet.stockWarnings = []
        sheet.summary.undone = []
        sheet.summary.oneMoreAttendant = nil
        let property = WorkSheetFixture.property
        let text = String(decoding: try WorkSheetFormat.text.render(sheet, property: property), as: UTF8.self)
        #expect(text.contains("Left undone   nothing\n"))
        #expect(text.contains("nothing to issue"))
        let csv = String(decoding: try WorkSheetFormat.csv.render(sheet, property: property), as: UTF8.self)
        #expect(csv.split(separator: "\n").count == 1)
        let html = String(decoding: try WorkSheetFormat.html.render(sheet, property: property), as: UTF8.self)
        #expect(html.components(separatedBy: "<section class=\"page ").count - 1 == 1)
        let document = try WorkSheetJSONRenderer.decode(try WorkSheetFormat.json.render(sheet, property: property))
        #expect(document.attendants.isEmpty && document.leads.isEmpty)
    }

    @Test("a public-area cleaner's page counts tasks, not rooms")
    func publicAreaTotals() throws {
        let html = String(decoding: try WorkSheetFormat.html.render(WorkSheetFixture.sheet, property: WorkSheetFixture.property), as: UTF8.self)
        #expect(html.contains("<strong>Total:</strong> 1 task · 38 min work"))
        let text = String(decoding: try WorkSheetFormat.text.render(WorkSheetFixture.sheet, property: WorkSheetFixture.property), as: UTF8.self)
        #expect(text.contains("    Total: 1 task · 38 of 480 min (8 %)\n"))
    }
}

import ArgumentParser
import Foundation
import Testing
import Housekeeping
import HousekeepingIO
@testable import Optimization
@testable import HousekeepingCLI

/// `housekeeping worksheet` driven in-process: parsed with `parseAsRoot`, run with its output captured.
///
/// The default sample hotel does not reach the gap target within a second, so those runs stop at a short time
/// limit; the checks that compare two runs use a 16-room sample that the solver proves optimal long before
/// its time limit, so both runs give the same plan.
@Suite("housekeeping worksheet")
struct WorksheetCommandTests {
    /// A small sample the solver finishes (proven optimal) in a fraction of a second, long before its time
    /// limit, so two runs give the same plan.
    static let small = ["--rooms", "16", "--floors", "2", "--attendants", "2", "--time-limit", "20"]

    /// Fails the test, rather than letting it pass by luck, when the small sample stops being solved before
    /// the time limit (a changed model or a much slower machine): comparing two runs then means nothing.
    func requireSolvedBeforeTimeLimit(_ json: Data) throws {
        let solver = try WorkSheetJSONRenderer.decode(json).summary.solver
        try #require(solver.termination == "optimal" || solver.termination == "feasibleAtGapLimit" || solver.method == "greedy",
                     "the small sample stopped at \(solver.termination); pick a smaller one")
    }

    /// Parses and runs `housekeeping worksheet <arguments>`, returning what it wrote.
    func run(_ arguments: [String]) throws -> CapturedOutput {
        var command = try HousekeepingCommand.parseAsRoot(["worksheet"] + arguments)
        let capture = CapturedOutput()
        try CommandOutput.$current.withValue(capture.output) { try command.run() }
        return capture
    }

    /// The attendants (room attendants and public-area cleaners) and leads on duty in the default sample.
    static let sampleCrew: (attendants: [StaffMember], leads: [StaffMember]) = {
        let hotel = SampleHotel()
        let staff = hotel.day.onDuty.compactMap { hotel.property.staffMember($0.staffID) }
        return (staff.filter { $0.has(.roomAttendant) || $0.has(.publicAreaCleaner) }.sorted { $0.id < $1.id },
                staff.filter { $0.has(.lead) }.sorted { $0.id < $1.id })
    }()

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worksheet-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: Each format on the sample hotel

    @Test("text: the summary first, then exactly one block per attendant and lead on duty")
    func textOnSample() throws {
        let capture = try run(["--time-limit", "1"])
        let text = capture.standardOutputText
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(capture.standardError.contains("built-in sample hotel"))
        #expect(lines.first?.hasPrefix("WORK SHEET · ") == true)
        let summaryLine = try #require(lines.firstIndex(of: "SUMMARY"))
        for label in ["Rooms", "Tasks", "Minutes", "Utilisation", "Left undone", "Solver"] {
            #expect(lines.contains { $0.hasPrefix("  \(label) ") }, "summary line \(label)")
        }
        #expect(text.contains("planned in "), "the planning time is shown by default")
        #expect(text.contains("This plan against the usual method"))
        let crew = Self.sampleCrew
        #expect(!crew.attendants.isEmpty && !crew.leads.isEmpty)
        var blockLines: [Int] = []
        for attendant in crew.attendants {
            let heads = lines.indices.filter { lines[$0].hasPrefix("\(attendant.id)  \(attendant.name) ") }
            #expect(heads.count == 1, "one block for \(attendant.id)")
            blockLines += heads
        }
        for lead in crew.leads {
            #expect(lines.filter { $0.hasPrefix("\(lead.id)  \(lead.name) (lead)") }.count == 1, "one block for \(lead.id)")
        }
        #expect(blockLines.allSatisfy { $0 > summaryLine })
        // Blocks are the only lines that start with a staff id followed by two spaces.
        let allHeads = lines.filter { $0.range(of: #"^[A-Z]+[0-9]+  "#, options: .regularExpression) != nil }
        #expect(allHeads.count == crew.attendants.count + crew.leads.count)
        #expect(lines.allSatisfy { $0.count <= 100 }, "longest line \(lines.map(\.count).max() ?? 0)")
    }

    @Test("json: decodes back; every attendant once; every task exactly once (on one list, or undone)")
    func jsonOnSample() throws {
        let capture = try run(["--time-limit", "1", "--format", "json"])
        let document = try WorkSheetJSONRenderer.decode(capture.standardOutput)
        #expect(document.formatVersion == WorkSheetDocument.currentFormatVersion)
        #expect(document.date == SampleHotel().day.date)
        #expect(document.attendants.map(\.id) == Self.sampleCrew.attendants.map(\.id))
        #expect(document.leads.map(\.id) == Self.sampleCrew.leads.map(\.id))
        let scheduled = document.attendants.flatMap(\.tasks).map(\.taskID)
        let undone = document.summary.undone.map(\.taskID)
        #expect(Set(scheduled).count == scheduled.count, "no task on two lists")
        #expect(Set(scheduled).isDisjoint(with: undone), "no task both planned and undone")
        #expect(document.summary.tasksByKind.reduce(0) { $0 + $1.derived } == scheduled.count + undone.count)
        #expect(document.summary.tasksByKind.reduce(0) { $0 + $1.planned } == scheduled.count)
        for attendant in document.attendants {
            #expect(attendant.tasks.map(\.order) == Array(1...max(1, attendant.tasks.count)).prefix(attendant.tasks.count).map { $0 })
        }
        let inspected = document.leads.flatMap(\.inspections).map(\.taskID)
        #expect(Set(inspected).isSubset(of: Set(scheduled)), "leads inspect only rooms someone cleans")
    }

    @Test("csv: the header, then one row per scheduled task, orders 1…n per attendant")
    func csvOnSample() throws {
        let capture = try run(["--time-limit", "1", "--format", "csv"])
        let lines = capture.standardOutputText.split(separator: "\n").map(String.init)
        #expect(lines.first == "attendant_id,attendant_name,order,room,floor,task_kind,minutes,start,finish,flags,ready_by,place,note")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count > 50)
        let byAttendant = Dictionary(grouping: rows, by: { $0[0] })
        #expect(Set(byAttendant.keys).isSubset(of: Set(Self.sampleCrew.attendants.map(\.id))))
        for (_, rows) in byAttendant { #expect(rows.map { Int($0[2]) ?? 0 } == Array(1...rows.count)) }
    }

    @Test("csv and json of the same plan list the same tasks in the same order")
    func csvMatchesJSON() throws {
        let jsonData = try run(Self.small + ["--format", "json"]).standardOutput
        try requireSolvedBeforeTimeLimit(jsonData)
        let json = try WorkSheetJSONRenderer.decode(jsonData)
        let csv = try run(Self.small + ["--format", "csv"]).standardOutputText
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let fromJSON = json.attendants.flatMap { attendant in attendant.tasks.map { "\(attendant.id) \($0.order) \($0.room ?? "") \($0.kind.rawValue)" } }
        let fromCSV = rows.map { "\($0[0]) \($0[2]) \($0[3]) \($0[5])" }
        #expect(!fromCSV.isEmpty)
        #expect(fromCSV == fromJSON)
    }

    @Test("html: a summary page and one page-break section per attendant and per lead")
    func htmlOnSample() throws {
        let html = try run(["--time-limit", "1", "--format", "html"]).standardOutputText
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.components(separatedBy: "<section class=\"page summary\"").count - 1 == 1)
        #expect(html.components(separatedBy: "<section class=\"page attendant\"").count - 1 == Self.sampleCrew.attendants.count)
        #expect(html.components(separatedBy: "<section class=\"page lead\"").count - 1 == Self.sampleCrew.leads.count)
        for attendant in Self.sampleCrew.attendants { #expect(html.contains("id=\"attendant-\(attendant.id)\"")) }
        #expect(html.contains("break-after: page") && html.contains("page-break-after: always"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
    }

    @Test("html: a note with markup in the room status file comes out escaped")
    func htmlEscapesNotesFromFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var example = try HousekeepingCommand.parseAsRoot(["example", "--output", folder.path, "--rooms", "16", "--floors", "2", "--attendants", "2"])
        try CommandOutput.$current.withValue(CapturedOutput().output) { try example.run() }
        let statusFile = folder.appendingPathComponent("room-status.csv")
        var lines = try String(contentsOf: statusFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("room,") })
        // A dirty, available room with normal service always has a task, so its note reaches a sheet.
        let dirty = try #require(lines.indices.first { $0 > header && lines[$0].contains(",dirty,available,normal,") && lines[$0].hasSuffix(",") })
        lines[dirty] += "<b>cot</b> & extra towels"
        try lines.joined(separator: "\n").write(to: statusFile, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("sheet.html")
        _ = try run(["--input", folder.path, "--format", "html", "--output", output.path, "--time-limit", "20"])
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("&lt;b&gt;cot&lt;/b&gt; &amp; extra towels"))
        #expect(!html.contains("<b>cot"))
    }

    @Test("a solve longer than a second reports progress on standard error, never on standard output")
    func progressOnStandardError() throws {
        let capture = try run(["--time-limit", "2", "--format", "json"])
        let document = try WorkSheetJSONRenderer.decode(capture.standardOutput)
        let solveSeconds = try #require(document.summary.solver.solveSeconds)
        if solveSeconds >= 1.5 {
            #expect(capture.standardError.contains("planning… "), "\(capture.standardError)")
        }
        let quiet = try run(["--time-limit", "2", "--format", "json", "--quiet"])
        #expect(!quiet.standardError.contains("planning… "))
    }

    // MARK: Determinism and files

    @Test("identical input gives identical output, byte for byte, in every format", arguments: WorkSheetFormat.allCases)
    func deterministic(format: WorkSheetFormat) throws {
        if format == .json { try requireSolvedBeforeTimeLimit(try run(Self.small + ["--format", "json"]).standardOutput) }
        let first = try run(Self.small + ["--format", format.rawValue, "--reproducible"]).standardOutput
        let second = try run(Self.small + ["--format", format.rawValue, "--reproducible"]).standardOutput
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test("--output writes the same bytes as standard output would, and nothing to standard output")
    func outputFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sheet.json").path
        try "old contents".write(toFile: path, atomically: true, encoding: .utf8)
        let toFile = try run(Self.small + ["--format", "json", "--reproducible", "--output", path])
        let toStdout = try run(Self.small + ["--format", "json", "--reproducible"])
        #expect(toFile.standardOutput.isEmpty)
        #expect(toFile.standardError.contains("Wrote the work sheet"))
        #expect(FileManager.default.contents(atPath: path) == toStdout.standardOutput)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sheet.json"], "no temporary file left")
    }

    @Test("--output to a folder that does not exist, or under a file, is rejected before planning, leaving nothing")
    func outputUnwritable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no-such-folder/sheet.txt").path
        let file = folder.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        for path in [missing, file.appendingPathComponent("sheet.txt").path, folder.path] {
            do {
                _ = try run(["--output", path])
                Issue.record("--output \(path) was accepted")
            } catch {
                #expect(HousekeepingCommand.exitCode(for: error) != .success)
                #expect(HousekeepingCommand.message(for: error).contains("--output"), "\(HousekeepingCommand.message(for: error))")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plain-file"])
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("a day too big for the staff on duty: the whole sheet is written, the undone work named, exit status 2")
    func shortDayExitsWithTwo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sheet.txt").path
        var command = try HousekeepingCommand.parseAsRoot(["worksheet", "--rooms", "40", "--floors", "2", "--attendants", "1",
                                                           "--time-limit", "2", "--output", path])
        let capture = CapturedOutput()
        #expect(throws: ExitCode(2)) { try CommandOutput.$current.withValue(capture.output) { try command.run() } }
        let sheet = try String(contentsOfFile: path, encoding: .utf8)
        #expect(sheet.contains("mandatory tasks") && sheet.contains("attendant-minutes missing"))
        #expect(sheet.contains("TAGS"), "the whole sheet, to its last section")
        #expect(capture.standardError.contains("mandatory tasks left undone"), "\(capture.standardError)")
    }

    @Test("the atomic writer leaves an existing target untouched and no temporary file when it fails")
    func atomicWriteFailure() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("sheet.txt")
        try AtomicFile.write(Data("first\n".utf8), to: target.path)
        try AtomicFile.write(Data("second\n".utf8), to: target.path)
        #expect(FileManager.default.contents(atPath: target.path) == Data("second\n".utf8))
        let blocker = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try "inside".write(to: blocker.appendingPathComponent("keep"), atomically: true, encoding: .utf8)
        #expect(throws: OutputFileError.self) { try AtomicFile.write(Data("x".utf8), to: blocker.path) }
        #expect(throws: OutputFileError.self) { try AtomicFile.write(Data("x".utf8), to: folder.appendingPathComponent("nope/x").path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["sheet.txt", "taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocker.path) == ["keep"])
    }

    // MARK: Options

    @Test("bad options are rejected before any work, with a message naming the option",
          arguments: [
            (["--time-limit=-1"], "--time-limit"),
            (["--time-limit", "0"], "--time-limit"),
            (["--time-limit", "nan"], "--time-limit"),
            (["--format", "pdf"], "--format"),
            (["--gap", "2"], "--gap"),
            (["--date", "2026-02-30"], "--date"),
            (["--property", "hotel.json"], "--property"),
          ])
    func badOptions(arguments: [String], option: String) {
        do {
            _ = try HousekeepingCommand.parseAsRoot(["worksheet"] + arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(HousekeepingCommand.exitCode(for: error) != .success)
            #expect(HousekeepingCommand.message(for: error).contains(option), "\(HousekeepingCommand.message(for: error))")
        }
    }

    @Test("the format is case-insensitive and the defaults are text to standard output")
    func formatsAccepted() throws {
        let command = try #require(try HousekeepingCommand.parseAsRoot(["worksheet", "--format", "HTML"]) as? WorksheetCommand)
        #expect(command.outputFormat == .html)
        let defaults = try #require(try HousekeepingCommand.parseAsRoot(["worksheet"]) as? WorksheetCommand)
        #expect(defaults.outputFormat == .text && defaults.output == nil && defaults.timeLimit == 10)
    }

    @Test("--help explains every option in plain words, with examples")
    func help() {
        let help = HousekeepingCommand.helpMessage(for: WorksheetCommand.self)
        for option in ["--input", "--property", "--status", "--date", "--format", "--output", "--time-limit", "--reproducible"] {
            #expect(help.contains(option), "\(option) in --help")
        }
        #expect(help.contains("Examples:"))
        #expect(help.contains("housekeeping worksheet --input"))
        #expect(help.contains("built-in sample hotel"))
    }
}

@Suite("worksheet progress lines")
struct WorksheetProgressTests {
    @Test("a progress line gives the time, the best plan so far and the gap in plain words")
    func progressLine() {
        let line = WorksheetCommand.progressLine(SolveProgress(elapsedSeconds: 2.04, incumbentObjective: 200, bestBound: 150))
        #expect(line == "planning…   2.0 s · best plan so far 200.0 · at most 25.0 % from the best possible")
        #expect(WorksheetCommand.progressLine(SolveProgress(elapsedSeconds: 1, incumbentObjective: nil, bestBound: nil))
                == "planning…   1.0 s · no plan yet")
    }
}

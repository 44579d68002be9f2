import ArgumentParser
import Foundation
import Testing
import Housekeeping
import HousekeepingIO
@testable import HousekeepingCLI

/// `housekeeping worksheet --replan morning.json --absent ID --at HH:MM`.
@Suite("housekeeping worksheet --replan")
struct WorksheetReplanTests {
    func document(_ path: String) throws -> WorkSheetDocument {
        try WorkSheetJSONRenderer.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("the morning sheet saved as JSON is re-planned: the absent attendant's unfinished rooms move, other lists keep theirs")
    func replanFromSavedSheet() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try exitCode(["example", "--output", folder]) == 0)
        let morningPath = (folder as NSString).appendingPathComponent("morning.json")
        let afterPath = (folder as NSString).appendingPathComponent("after.json")
        _ = try exitCode(["worksheet", "--input", folder, "--time-limit", "2", "--format", "json", "--output", morningPath, "--quiet"])
        let code = try exitCode(["worksheet", "--input", folder, "--replan", morningPath, "--absent", "A03", "--at", "11:00",
                                 "--format", "json", "--output", afterPath])
        #expect(code == 0 || code == 2)
        let morning = try document(morningPath)
        let after = try document(afterPath)
        func ids(_ document: WorkSheetDocument, _ staff: String) -> [String] {
            document.attendants.first { $0.id == staff }?.tasks.map(\.taskID) ?? []
        }
        let doneByEleven = morning.attendants.first { $0.id == "A03" }!.tasks.filter { $0.finish <= TimeOfDay(hour: 11)! }.map(\.taskID)
        #expect(ids(after, "A03") == doneByEleven)
        let moved = Set(ids(morning, "A03")).subtracting(doneByEleven)
        #expect(!moved.isEmpty)
        for attendant in morning.attendants where attendant.id != "A03" {
            #expect(Set(ids(morning, attendant.id)).isSubset(of: Set(ids(after, attendant.id))), "\(attendant.id) keeps its rooms")
        }
        let undone = Set(after.summary.undone.map(\.taskID))
        let placed = Set(after.attendants.flatMap { $0.tasks.map(\.taskID) })
        #expect(moved.isSubset(of: placed.union(undone)))
        #expect(after.summary.solver.termination == "replanned")
        #expect(after.warnings.contains { $0.hasPrefix("re-planned at 11:00 after A03 went home") })
    }

    @Test("--absent and --at go with --replan; --replan needs both")
    func options() {
        for arguments in [["--absent", "A03"], ["--at", "11:00"], ["--replan", "m.json", "--at", "11:00"],
                          ["--replan", "m.json", "--absent", "A03"], ["--replan", "m.json", "--absent", "A03", "--at", "11h"]] {
            #expect(throws: (any Error).self, "\(arguments)") { try HousekeepingCommand.parseAsRoot(["worksheet"] + arguments) }
        }
    }
}

import Optimization
import Synchronization
import Testing
@testable import Housekeeping

@Suite("Work-sheet model export")
struct ModelExportTests {
    /// The export of a plan of `property` and `day` with the given options, and the sheet.
    func export(_ property: Property, _ day: DayStatus, _ options: WorkSheetOptions) throws -> (DayModelExport, WorkSheet) {
        let captured = Mutex<DayModelExport?>(nil)
        var options = options
        options.modelExport = { export in captured.withLock { $0 = export } }
        let sheet = try WorkSheetPlanner(property: property, day: day, options: options).plan()
        return (try #require(captured.withLock { $0 }), sheet)
    }

    @Test func theExportedModelHoldsThePlanAtItsObjectiveWithEveryFloorOpen() throws {
        // Three floors of 6 rooms (departures and stayovers), four attendants with home floors, one slower; a
        // pair limit of 1 restricts the planner's own model to floors near its start, but not the export.
        let staff = [Fixture.attendant("A1", homeFloors: ["1"]), Fixture.attendant("A2", efficiency: 0.75, homeFloors: ["2"]),
                     Fixture.attendant("A3", homeFloors: ["3"]), Fixture.attendant("A4", homeFloors: ["3"])]
        let property = Fixture.property(floors: 3, roomsPerFloor: 6, staff: staff)
        let day = Fixture.day(for: property, property.rooms.enumerated().map { offset, room in
            offset % 3 == 1 ? Fixture.stayover(room.number, nights: offset % 4 + 1) : Fixture.departure(room.number)
        })
        let (export, sheet) = try export(property, day, WorkSheetOptions(timeLimitSeconds: 5, fullModelPairLimit: 1))
        let model = export.model
        #expect(abs(export.objective - (try #require(sheet.summary.solver.objective))) < 1e-6)
        // The plan's values: within bounds, whole where integer, every row satisfied, at the plan's objective.
        #expect(export.values.count == model.variables.count)
        for (definition, value) in zip(model.variables, export.values) {
            #expect(value >= definition.lower - 1e-9 && value <= definition.upper + 1e-9)
            if definition.kind != .continuous { #expect(abs(value - value.rounded()) < 1e-9) }
        }
        let value = { (variable: Variable) in export.values[variable.index] }
        for row in model.constraints {
            let activity = row.constraint.expression.evaluate(value)
            #expect(activity >= row.constraint.lower - 1e-6 && activity <= row.constraint.upper + 1e-6, "\(row.name ?? "row")")
        }
        #expect(abs(model.objective.evaluate(value) - export.objective) < 1e-6)
        // Every attendant × floor pair is open: 4 × 3 floor variables.
        #expect(model.variables.filter { $0.name?.hasPrefix("floor_") == true }.count == 12)
        // Its optimum is at most the plan's objective and at least the planner's own bound.
        let solution = try model.solve(SolveOptions(timeLimitSeconds: 20, relativeGap: 0))
        try #require(solution.termination == .optimal)
        let optimum = try #require(solution.objective)
        #expect(optimum <= export.objective + 1e-6)
        #expect(try #require(sheet.summary.solver.boundTerms).total <= optimum + 1e-6)
    }
}

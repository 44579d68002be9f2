import Foundation
@testable import Housekeeping
import HousekeepingIO
import Testing

/// The lower bound by column generation with a relaxed pricing (``RosterSearch/boundByRelaxedPricing(until:)``,
/// ``RosterLagrangianBound``, ``RosterRelaxedMaster``): never above a known optimum, and positive where the cover
/// cannot be met without penalty.
@Suite("Relaxed-pricing bound")
struct RelaxedPricingBoundTests {
    static func instance(_ name: String) throws -> RosterProblem {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).txt").path
        return try CurtoisInstance.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    /// The relaxed bound from the first roster of `problem` (construction only), given up to `seconds`.
    static func relaxedBound(_ problem: RosterProblem, seconds: Double = 60) throws -> Double {
        var search = RosterSearch(problem: problem, options: .init(timeLimitSeconds: 2 * seconds, seed: 1), progress: nil)
        search.construct()
        try #require(search.best != nil)
        search.boundByRelaxedPricing(until: search.elapsed + seconds)
        return try #require(search.lowerBound)
    }

    /// Measured: 430.2, 726.5 and 1000.0 (on Instance1 the exact pricing's LP value is 558: the relaxed pricing
    /// gives up part of it).
    @Test(arguments: [("Instance1", 607.0, 400.0), ("Instance2", 828.0, 700.0), ("Instance3", 1001.0, 990.0)])
    func boundIsStrongAndAtMostTheKnownOptimum(name: String, optimum: Double, floor: Double) throws {
        let bound = try Self.relaxedBound(try Self.instance(name))
        #expect(bound <= optimum + 1e-6, "\(name): bound \(bound) above the optimum \(optimum)")
        #expect(bound > floor, "\(name): bound \(bound), measured above \(floor)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func boundIsAtMostTheProvenOptimumOfSmallProblems(seed: UInt64) throws {
        // Small problems with every rule (history, leave, roles, hard minimums, requests, weekends, shift-type
        // maximums) that the engine proves optimal by column generation and branch-and-price.
        let problem = RosterPlannerTests.randomProblem(seed: seed)
        let result = try RosterPlanner(problem: problem).plan(.init(timeLimitSeconds: 60, seed: 1))
        try #require(result.stop == .provenOptimal)
        let optimum = Double(try #require(result.evaluation).penalty)
        let bound = try Self.relaxedBound(problem)
        #expect(bound <= optimum + 1e-6, "seed \(seed): bound \(bound) above the optimum \(optimum)")
    }

    @Test func lagrangianBoundIsValidAtArbitraryMultipliers() throws {
        // Weak duality holds at any multipliers (the employees' ≥ 0), not only at the master's duals: random ones
        // must never give a bound above the proven optimum.
        for seed in [UInt64(1), 2] {
            let problem = RosterPlannerTests.randomProblem(seed: seed)
            let result = try RosterPlanner(problem: problem).plan(.init(timeLimitSeconds: 60, seed: 1))
            try #require(result.stop == .provenOptimal)
            let optimum = Double(try #require(result.evaluation).penalty)
            var random = SeededGenerator(seed: seed)
            var relaxation = RosterLagrangianBound(index: RosterIndex(problem))
            for _ in 0..<200 {
                relaxation.cover = relaxation.cover.map { _ in Double.random(in: -5...15, using: &random) }
                relaxation.aboveMinutes = relaxation.aboveMinutes.map { _ in Double.random(in: 0...20, using: &random) }
                relaxation.belowMinutes = relaxation.belowMinutes.map { _ in Double.random(in: 0...20, using: &random) }
                relaxation.weekends = relaxation.weekends.map { _ in Double.random(in: 0...20, using: &random) }
                relaxation.perShift = relaxation.perShift.map { $0.map { _ in Double.random(in: 0...20, using: &random) } }
                let bound = relaxation.evaluate().bound
                #expect(bound <= optimum + 1e-6, "seed \(seed): bound \(bound) above the optimum \(optimum)")
            }
        }
    }

    @Test func plannerReportsAPositiveBoundWhenPricingIsNotExact() throws {
        // Minutes priced (mixed shift lengths over 12 weeks): column generation is skipped, the relaxed bound runs.
        let problem = try CurtoisInstance.parse(RosterScaleTests.text(staff: 6, weeks: 12))
        let index = RosterIndex(problem)
        #expect((0..<index.employeeCount).contains { EmployeeScheduleSearch(index: index, employee: $0).exactResources() == nil })
        let result = try RosterPlanner(problem: problem).plan(.init(timeLimitSeconds: 30, seed: 1, roundLimit: 2))
        let bound = try #require(result.lowerBound)
        let penalty = Double(try #require(result.evaluation).penalty)
        #expect(bound > 0 && bound <= penalty + 1e-6, "bound \(bound), penalty \(penalty)")
    }
}

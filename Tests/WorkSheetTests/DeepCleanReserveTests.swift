import Testing
@testable import Housekeeping

@Suite("Deep cleans reserved before a block's fill")
struct DeepCleanReserveTests {
    /// Three attendants of 480 paid minutes share 1,200 minutes of a block's work: 400 each, a ratio of 0.833. With a
    /// 120-minute deep clean reserved for the first, their paid minutes hold only 360 minutes of mandatory work beside
    /// it; the 40 minutes that takes off them go to the other two (420 each, 0.875), who stay below 480 × 0.913.
    @Test func theAttendantWithADeepCleanTakesOnlyWhatTheirMinutesHoldBesideIt() throws {
        let (property, day) = ComponentPlanTests.hotel()
        let (engine, _) = try Fixture.engine(property, day)
        var plan = AssignmentEngine.Plan(crew: 3, groups: 0)
        let even = engine.fillTargets([0, 1, 2], work: 1_200, plan: plan, ratio: { $0 })
        #expect(even.targets.map { ($0 * 1e6).rounded() / 1e6 } == [400, 400, 400])
        plan.standardWork[0] = 120
        plan.work[0] = 120
        let reserved = engine.fillTargets([0, 1, 2], work: 1_200, plan: plan, ratio: { $0 })
        #expect(reserved.targets.map { ($0 * 1e6).rounded() / 1e6 } == [360, 420, 420])
        #expect(abs(reserved.ratio - 0.875) < 1e-9)
    }
}

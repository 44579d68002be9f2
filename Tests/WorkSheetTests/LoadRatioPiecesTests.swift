import Testing
@testable import Housekeeping

@Suite("Load ratio pieces")
struct LoadRatioPiecesTests {
    /// 100 × z + 1 per pair, as the bound's terms without the band and home floors.
    static func pieces(stepPairs: @escaping (Double) -> Int = { _ in 0 }, packedPairs: @escaping (Double) -> Int? = { _ in nil },
                       leastRatio: @escaping (Int) -> Double = { _ in 0 }, evaluations: Int = 40) -> LoadRatioPieces {
        LoadRatioPieces(stepPairs: stepPairs, packedPairs: packedPairs, leastRatio: leastRatio,
                        terms: { z, _, pairs in ObjectiveTerms(highestLoad: 100 * z, floorPairs: Double(pairs)) },
                        evaluations: evaluations, smallestWidth: 1e-4)
    }

    @Test func theStepPairsAreTakenAtEachBreak() throws {
        // 20 pairs below 0.45, none from there: [0.4, 0.45) gives 40 + 20 = 60, [0.45, 0.6) 45 + 0, the ceiling 60.
        let least = try #require(Self.pieces(stepPairs: { $0 < 0.45 ? 20 : 0 }, evaluations: 0)
            .least(breaks: [0.4, 0.45], ceiling: 0.6))
        #expect(abs(least.total - 45) < 1e-9)
        #expect(least.floorPairs == 0)
    }

    @Test func thePackedPairsAreTakenAtEachPieceUpperEnd() throws {
        // 30 pairs below 0.5, 5 from there (a limit that holds for every lower ratio): the least is 55, at 0.5.
        // Refined, the bound comes within a piece's width of it and never above; taking the limit at a piece's
        // lower end would give the piece [m, b) with m just above 0.5 (no midpoint of [0.4, 0.62] is 0.5) its
        // value 100 × m + 5 > 55, and every piece below 0.5 at least 70, so a bound above the optimum.
        let truth: (Double) -> Int = { $0 < 0.5 ? 30 : 5 }
        let least = try #require(Self.pieces(packedPairs: truth).least(breaks: [0.4], ceiling: 0.62))
        #expect(least.total <= 55 + 1e-9)
        #expect(least.total > 54.9)
        // Without packings, only the start of the range counts: 40 + 0 pairs.
        #expect(abs(try #require(Self.pieces(packedPairs: truth, evaluations: 0).least(breaks: [0.4], ceiling: 0.62)).total - 40) < 1e-9)
        // A few packings already raise it, never above 55.
        let few = try #require(Self.pieces(packedPairs: truth, evaluations: 3).least(breaks: [0.4], ceiling: 0.62))
        #expect(few.total > 40 && few.total <= 55 + 1e-9)
    }

    @Test func aPieceWhosePairsForceARatioAboveItHoldsNoPlan() throws {
        // 10 pairs anywhere, and 10 pairs force a ratio of at least 0.55: [0.4, 0.5) holds no plan, [0.5, 0.6)
        // starts at 0.55: 55 + 10.
        let least = try #require(Self.pieces(stepPairs: { _ in 10 }, leastRatio: { 0.45 + 0.01 * Double($0) }, evaluations: 0)
            .least(breaks: [0.4, 0.5], ceiling: 0.6))
        #expect(abs(least.total - 65) < 1e-9)
    }

    @Test func aTermThatFallsAsTheRatioRisesIsTakenAtThePieceUpperEnd() throws {
        // 20 points below a ratio of 0.41, none from there (as pairs off home floors, which fall as z rises): the
        // least is 41, at 0.41. One piece [0.4, 0.62) must count the term at 0.62 (40 + 0); at 0.4 it would say 60,
        // above the least.
        let pieces = LoadRatioPieces(stepPairs: { _ in 0 }, packedPairs: { _ in nil }, leastRatio: { _ in 0 },
                                     terms: { z, upTo, _ in ObjectiveTerms(highestLoad: 100 * z, offHomeFloors: upTo < 0.41 ? 20 : 0) },
                                     evaluations: 0, smallestWidth: 1e-4)
        let least = try #require(pieces.least(breaks: [0.4], ceiling: 0.62))
        #expect(abs(least.total - 40) < 1e-9)
    }
}

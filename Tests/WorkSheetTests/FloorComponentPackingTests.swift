import Testing
@testable import Housekeeping

@Suite("Floor component packing")
struct FloorComponentPackingTests {
    typealias Packing = FloorComponentPacking

    static func packing(_ works: [Double], kinds: [(Double, Int)], travel: Double = 0, restricted: Set<Int> = [],
                        qualified: Int = 0, smallest: Int = 2) -> Packing {
        Packing(floors: works.enumerated().map { Packing.Floor(work: $1, restricted: restricted.contains($0)) },
                kinds: kinds.map { Packing.CapacityKind(capacity: $0.0, count: $0.1) },
                qualified: qualified, travel: travel, largestSmallComponent: smallest)
    }

    @Test func theCheapestCrewWastesLeast() throws {
        // 700 minutes at z = 1: two of 360 waste 20; 480 + 360 wastes 140; two of 480 waste 260.
        let crew = try #require(Self.packing([700], kinds: [(360, 2), (480, 3)]).cheapestCrew(work: 700, ratio: 1))
        #expect(crew.attendants == [2, 0])
        #expect(abs(crew.waste - 20) < 1e-9)
        // With only one of 360: 480 + 360.
        let one = try #require(Self.packing([700], kinds: [(360, 1), (480, 3)]).cheapestCrew(work: 700, ratio: 1))
        #expect(one.attendants == [1, 1])
        #expect(Self.packing([700], kinds: [(360, 1)]).cheapestCrew(work: 700, ratio: 1) == nil)
    }

    @Test func theBoundTriesEveryCrewThatFitsTheSlackAndNoLargerOne() throws {
        // 700 minutes at z = 1 with two of 360 and three of 480: two of 360 waste 20, 360 + 480 waste 140, two of 480
        // waste 260; two of 360 + one of 480 (waste 500) is over 300, and covers 700 without its 480 anyway.
        let packing = Self.packing([700], kinds: [(360, 2), (480, 3)])
        let crews = packing.crews(work: 700, ratio: 1, wasteAtMost: 300)
        #expect(crews.map(\.attendants).sorted { $0.lexicographicallyPrecedes($1) } == [[0, 2], [1, 1], [2, 0]])
        #expect(packing.crews(work: 700, ratio: 1, wasteAtMost: 100).map(\.attendants) == [[2, 0]])
        // Three of 480 (waste 740) cover 700 without one of them: never a crew, whatever the slack.
        #expect(!packing.crews(work: 700, ratio: 1, wasteAtMost: 10_000).map(\.attendants).contains([0, 3]))
    }

    @Test func handComputedPacking() throws {
        // Floors of 480, 480, 300 and 170 minutes, three attendants of 480, 5 minutes per floor change, z = 1: the
        // slack is 1,440 − 1,430 = 10. Floors 0 and 1 alone waste nothing; 2 and 3 together take 300 + 170 + 5 =
        // 475 (waste 5); any other small group wastes more than 10. So three components: {0}, {1}, {2, 3}.
        let packing = Self.packing([480, 480, 300, 170], kinds: [(480, 3)], travel: 5)
        let plan = try #require(try packing.solve(ratio: 1, purpose: .plan, seconds: 5))
        #expect(plan.componentCount == 3)
        #expect(Set(plan.components.map(\.floors)) == [[0], [1], [2, 3]])
        #expect(plan.leftOver.isEmpty)
        let bound = try #require(try packing.solve(ratio: 1, purpose: .bound, seconds: 5))
        #expect(bound.componentCount == 3)
        // With single floors as the only small components, 2 and 3 form a large one: still three.
        let singles = Self.packing([480, 480, 300, 170], kinds: [(480, 3)], travel: 5, smallest: 1)
        #expect(try singles.solve(ratio: 1, purpose: .bound, seconds: 5)?.componentCount == 3)
        let leftOver = try #require(try singles.solve(ratio: 1, purpose: .plan, seconds: 5))
        #expect(leftOver.leftOver == [2, 3] && leftOver.componentCount == 3)
        // Below z = 1 there is no slack: no plan.
        #expect(try packing.solve(ratio: 0.99, purpose: .bound, seconds: 5)?.componentCount == 0)
        #expect(try packing.solve(ratio: 0.99, purpose: .plan, seconds: 5) == nil)
    }

    @Test func restrictedFloorsNeedAQualifiedAttendantEach() throws {
        // Two floors of 480 with suites, two attendants of 480 of whom one may do suites: one component only.
        let packing = Self.packing([480, 480], kinds: [(480, 2)], restricted: [0, 1], qualified: 1)
        #expect(try packing.solve(ratio: 1.2, purpose: .bound, seconds: 5)?.componentCount == 1)
        let free = Self.packing([480, 480], kinds: [(480, 2)])
        #expect(try free.solve(ratio: 1.2, purpose: .bound, seconds: 5)?.componentCount == 2)
    }

    /// The most components of any partition of the floors whose blocks the attendants (all of them, at least one per
    /// block) can carry at z, by trying every partition and every way to share the attendants out.
    static func bruteForceComponents(_ packing: Packing, ratio z: Double) -> Int {
        let floors = packing.floors.indices.map { $0 }
        var best = 0
        func partitions(_ rest: ArraySlice<Int>, _ blocks: [[Int]]) {
            guard let first = rest.first else {
                if fits(blocks, 0, packing.kinds.map(\.count), packing.qualified) { best = max(best, blocks.count) }
                return
            }
            for b in blocks.indices {
                var next = blocks
                next[b].append(first)
                partitions(rest.dropFirst(), next)
            }
            partitions(rest.dropFirst(), blocks + [[first]])
        }
        func fits(_ blocks: [[Int]], _ b: Int, _ left: [Int], _ qualifiedLeft: Int) -> Bool {
            guard b < blocks.count else { return left.allSatisfy { $0 == 0 } }
            let block = blocks[b]
            let work = block.reduce(0.0) { $0 + packing.floors[$1].work } + packing.travel * Double(block.count - 1)
            let restricted = block.contains { packing.floors[$0].restricted }
            // Every way to take some of each kind (the last block takes all that is left).
            func take(_ k: Int, _ taken: [Int]) -> Bool {
                guard k < left.count else {
                    let capacity = zip(taken, packing.kinds).reduce(0.0) { $0 + Double($1.0) * $1.1.capacity }
                    guard taken.reduce(0, +) > 0, z * capacity >= work - 1e-9 else { return false }
                    if restricted, qualifiedLeft == 0 { return false }
                    let remaining = zip(left, taken).map { $0 - $1 }
                    return fits(blocks, b + 1, remaining, qualifiedLeft - (restricted ? 1 : 0))
                }
                let counts = b == blocks.count - 1 ? [left[k]] : Array(0...left[k])
                return counts.contains { take(k + 1, taken + [$0]) }
            }
            return take(0, [])
        }
        partitions(floors[...], [])
        return best
    }

    @Test func theBoundIsNeverBelowTheMostComponentsOfAnyPartition() throws {
        var random = SeededGenerator(seed: 7)
        var tighter = 0
        for trial in 0..<40 {
            let floorCount = Int.random(in: 2...5, using: &random)
            let works = (0..<floorCount).map { _ in Double(Int.random(in: 150...900, using: &random)) }
            let kinds = [(360.0, Int.random(in: 0...2, using: &random)), (480.0, Int.random(in: 1...4, using: &random))]
                .filter { $0.1 > 0 }
            let restricted = Set((0..<floorCount).filter { _ in Double.random(in: 0..<1, using: &random) < 0.3 })
            let packing = Self.packing(works, kinds: kinds, travel: 5, restricted: restricted,
                                       qualified: Int.random(in: 1...2, using: &random), smallest: 1 + trial % 3)
            let even = packing.totalWork / packing.totalCapacity
            for z in [even, even * 1.03, even * 1.1, even * 1.3] {
                let exact = Self.bruteForceComponents(packing, ratio: z)
                let bound = try #require(try packing.solve(ratio: z, purpose: .bound, seconds: 5))
                #expect(bound.componentCount >= exact, "trial \(trial) z \(z): bound \(bound.componentCount) < \(exact)")
                if bound.componentCount == exact, exact > 1 { tighter += 1 }
                if let plan = try packing.solve(ratio: z, purpose: .plan, seconds: 5) {
                    #expect(plan.componentCount <= exact, "trial \(trial) z \(z): plan \(plan.componentCount) > \(exact)")
                }
            }
        }
        // The bound is exact often enough to be worth having.
        #expect(tighter > 20)
    }
}

import Testing
@testable import Housekeeping

@Suite("Branch-and-price node order")
struct BranchNodeOrderTests {
    static func node(depth: Int, discrepancies: Int) -> RosterSearch.BranchNode {
        RosterSearch.BranchNode(decisions: Array(repeating: (e: 0, d: depth, mask: 1), count: depth), discrepancies: discrepancies)
    }

    @Test func theFewestDiscrepanciesComeFirstThenTheDeepest() {
        var open = [
            Self.node(depth: 5, discrepancies: 2), Self.node(depth: 1, discrepancies: 0),
            Self.node(depth: 3, discrepancies: 1), Self.node(depth: 2, discrepancies: 0),
            Self.node(depth: 4, discrepancies: 1),
        ]
        var taken: [(depth: Int, discrepancies: Int)] = []
        while let node = RosterSearch.takeLeastDiscrepant(&open) { taken.append((node.decisions.count, node.discrepancies)) }
        #expect(taken.map(\.depth) == [2, 1, 4, 3, 5])
        #expect(taken.map(\.discrepancies) == [0, 0, 1, 1, 2])
    }

    @Test func amongEqualNodesTheFirstOpenedIsTaken() {
        var open = [Self.node(depth: 2, discrepancies: 1), Self.node(depth: 2, discrepancies: 1)]
        open[1].decisions[0].e = 7
        let first = RosterSearch.takeLeastDiscrepant(&open)
        #expect(first?.decisions[0].e == 0)
        #expect(open.count == 1)
        #expect(RosterSearch.takeLeastDiscrepant(&open)?.decisions[0].e == 7)
        #expect(RosterSearch.takeLeastDiscrepant(&open) == nil)
    }
}

/// The least of the work sheet's load and pair terms over the highest load ratio z, found on *pieces* [a, b) of z's
/// range, refined where the least lies.
///
/// Two lower limits on the attendant × floor pairs of a plan at z, both never rising as z rises:
/// - ``stepPairs``, known exactly on each piece from its lower end: it only steps down at the ratios the search
///   starts from (``least(breaks:ceiling:)``'s breaks), so it holds on [a, b) from a;
/// - ``packedPairs``, a limit at z that holds for every ratio up to z (attendants + floors − the most components of
///   any plan at z, ``FloorComponentPacking``): a plan at z in [a, b) has at least as many pairs as it gives at **b**
///   (its ratio is at most b, and fewer components fit at a lower ratio). Taking it at a instead would not be valid.
///
/// On a piece [a, b) every plan therefore has at least P = max(stepPairs(a), packedPairs(b)) pairs and its
/// highest load ratio at least max(a, ``leastRatio``(P)) (the floor changes P pairs force); when that is b or more
/// no plan lies in the piece. The bound is the least over the pieces of ``terms``(that ratio, b, P), and the point
/// z = ceiling on its own. ``terms`` gets the piece's upper end b too, for terms that only fall as z rises (such as
/// the pairs off home floors): a plan in the piece has a ratio below b, so such a term must be taken at b, not at
/// the piece's least ratio. Refining only raises it: a piece split at m gives [a, m) the pairs at m ≥ those at b and
/// [m, b) the ratio m ≥ a. The search splits the piece holding the least until that piece is exact (the pairs at
/// its lower end are the same), narrower than ``smallestWidth``, or ``evaluations`` of ``packedPairs`` are spent:
/// a count, so that the same input gives the same bound on any machine.
struct LoadRatioPieces {
    var stepPairs: (Double) -> Int
    var packedPairs: (Double) -> Int?
    var leastRatio: (Int) -> Double
    /// The terms of a plan whose highest load ratio is at least the first value and below the second, with at least
    /// so many pairs.
    var terms: (Double, Double, Int) -> ObjectiveTerms
    /// The most evaluations of ``packedPairs``.
    var evaluations: Int
    /// The narrowest piece worth splitting.
    var smallestWidth: Double

    private struct Piece {
        var lower: Double
        var upper: Double
        var terms: ObjectiveTerms?
        var pairs: Int
        var exact: Bool
    }

    /// The least terms over z from the first break up to `ceiling` (breaks sorted, below the ceiling, with
    /// ``stepPairs`` constant between one and the next). Nil when no piece holds a plan.
    func least(breaks: [Double], ceiling: Double) -> ObjectiveTerms? {
        var packed: [Double: Int] = [:]
        var spent = 0
        func packedPairs(at z: Double) -> Int? {
            if let known = packed[z] { return known }
            guard spent < evaluations else { return nil }
            spent += 1
            // A packing that fails says nothing: 0 pairs.
            let value = self.packedPairs(z) ?? 0
            packed[z] = value
            return value
        }
        func piece(_ lower: Double, _ upper: Double, evaluate: Bool) -> Piece {
            let known = evaluate ? packedPairs(at: upper) : packed[upper]
            let pairs = max(stepPairs(lower), known ?? 0)
            let ratio = max(lower, leastRatio(pairs))
            let exact = known != nil && packed[lower].map { max(stepPairs(lower), $0) == pairs } == true
            return Piece(lower: lower, upper: upper, terms: ratio < upper ? terms(ratio, upper, pairs) : nil, pairs: pairs,
                         exact: exact || upper - lower < smallestWidth)
        }
        let points = breaks.filter { $0 < ceiling } + [ceiling]
        var pieces = zip(points, points.dropFirst()).map { piece($0, $1, evaluate: false) }
        let atCeiling = stepPairs(ceiling)
        let atLeast = max(ceiling, leastRatio(atCeiling))
        let last = terms(atLeast, atLeast, atCeiling)
        while let index = pieces.indices.filter({ pieces[$0].terms != nil })
            .min(by: { (pieces[$0].terms!.total, pieces[$0].lower) < (pieces[$1].terms!.total, pieces[$1].lower) }),
            !pieces[index].exact, spent < evaluations {
            let current = pieces[index]
            if packed[current.upper] == nil {
                pieces[index] = piece(current.lower, current.upper, evaluate: true)
                continue
            }
            let middle = (current.lower + current.upper) / 2
            let below = piece(current.lower, middle, evaluate: true)
            pieces[index] = piece(middle, current.upper, evaluate: false)
            pieces.insert(below, at: index)
        }
        return (pieces.compactMap(\.terms) + [last]).min { $0.total < $1.total }
    }
}

/// Why a model was rejected before the solver saw it.
///
/// GLPK ends the whole process on a bad index, bound or coefficient; ``Model`` checks every input first
/// and throws one of these instead. Each message names the variable or constraint and what was expected.
public enum OptimizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A variable created by another model was used in this one.
    case foreignVariable(String)
    /// A coefficient, constant or bound is NaN, or a coefficient is infinite.
    case notFinite(String)
    /// A lower bound is above its upper bound.
    case invalidBounds(String)
    /// An integer variable has bounds that are not whole numbers.
    case nonIntegralBounds(String)
    /// A name is empty, too long (over 255 bytes) or contains control characters.
    case invalidName(String)
    /// A solve option is out of range (a negative time limit, a gap outside 0…1, …).
    case invalidOption(String)
    /// An initial solution gives a variable NaN or an infinite value.
    case invalidInitialSolution(String)
    /// The solver failed for a numerical reason (singular basis, no convergence); the code is GLPK's.
    case solverFailure(String)
    /// A model could not be written to a file.
    case exportFailed(String)
    /// A ``LinearProgram`` was used on another thread than the one that created it (GLPK keeps per-thread state).
    case wrongThread(String)

    public var description: String {
        switch self {
        case .foreignVariable(let message): "variable from another model: \(message)"
        case .notFinite(let message): "value not finite: \(message)"
        case .invalidBounds(let message): "invalid bounds: \(message)"
        case .nonIntegralBounds(let message): "integer variable with fractional bounds: \(message)"
        case .invalidName(let message): "invalid name: \(message)"
        case .invalidOption(let message): "invalid solve option: \(message)"
        case .invalidInitialSolution(let message): "invalid initial solution: \(message)"
        case .solverFailure(let message): "solver failure: \(message)"
        case .exportFailed(let message): "export failed: \(message)"
        case .wrongThread(let message): "wrong thread: \(message)"
        }
    }
}

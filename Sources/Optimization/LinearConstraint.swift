/// A linear constraint `lower ≤ expression ≤ upper`; either side may be infinite.
///
/// Usually written with comparison operators, which move constants to the bounds:
///
/// ```swift
/// model.addConstraint(2 * x + y <= 10)
/// model.addConstraint(x + y >= z)               // x + y − z ≥ 0
/// model.addConstraint(LinearConstraint(lower: 2, x + y, upper: 5))
/// ```
public struct LinearConstraint: Sendable {
    /// The variable part; its constant is always 0 (constants live in the bounds).
    public var expression: LinearExpression
    /// The lower bound, or `-Double.infinity`.
    public var lower: Double
    /// The upper bound, or `Double.infinity`.
    public var upper: Double

    /// A ranged constraint `lower ≤ expression ≤ upper`.
    public init(lower: Double, _ expression: LinearExpression, upper: Double) {
        var variablePart = expression
        variablePart.constant = 0
        self.expression = variablePart
        self.lower = lower - expression.constant
        self.upper = upper - expression.constant
    }
}

// MARK: - Comparison operators
//
// `a <= b`, `a >= b` and `a == b` on expressions, variables and numbers build a ``LinearConstraint``: the
// variable part of `a − b` between bounds taken from its constant (`x + 2 <= 5` is `−∞ ≤ x ≤ 3`).

/// `lhs ≤ rhs` as a constraint.
public func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lower: -.infinity, lhs, upper: rhs)
}
/// `lhs ≥ rhs` as a constraint.
public func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lower: rhs, lhs, upper: .infinity)
}
/// `lhs = rhs` as a constraint.
public func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lower: rhs, lhs, upper: rhs)
}
public func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { lhs - rhs <= 0 }
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { lhs - rhs >= 0 }
public func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { lhs - rhs == 0 }
public func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs - rhs <= 0 }
public func >= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs - rhs >= 0 }
public func == (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs - rhs == 0 }
public func <= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) <= rhs }
public func >= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) >= rhs }
public func == (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) == rhs }
public func <= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) - rhs <= 0 }
public func >= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) - rhs >= 0 }

/// A linear expression: a sum of coefficient × variable terms plus a constant.
///
/// Build expressions with ordinary operators:
///
/// ```swift
/// let cost = 2 * x + 3 * y - z + 4
/// let total = LinearExpression.sum(workers.map { hours[$0] })
/// ```
///
/// Terms on the same variable are merged; coefficients are checked when the expression is handed to a
/// ``Model`` (a NaN or infinite coefficient is an ``OptimizationError``, never a crash).
public struct LinearExpression: Sendable {
    /// The coefficient of each variable that appears in the expression.
    public private(set) var terms: [Variable: Double]
    /// The constant part.
    public var constant: Double

    /// An expression from explicit terms and a constant.
    public init(terms: [Variable: Double] = [:], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// The expression `1 × variable`.
    public init(_ variable: Variable) {
        self.terms = [variable: 1]
        self.constant = 0
    }

    /// Adds `coefficient × variable` to the expression in place.
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        terms[variable, default: 0] += coefficient
    }

    /// Adds another expression to this one in place; cheaper than `a = a + b` in loops.
    public mutating func add(_ other: LinearExpression) {
        for (variable, coefficient) in other.terms { terms[variable, default: 0] += coefficient }
        constant += other.constant
    }

    /// The sum of the given expressions.
    public static func sum<S: Sequence>(_ expressions: S) -> LinearExpression where S.Element == LinearExpression {
        var total = LinearExpression()
        for expression in expressions { total.add(expression) }
        return total
    }

    /// The sum of the given variables, each with coefficient 1.
    public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
        var total = LinearExpression()
        for variable in variables { total.add(1, variable) }
        return total
    }

    /// The value of the expression when each variable takes the value `value(variable)`.
    public func evaluate(_ value: (Variable) -> Double) -> Double {
        terms.reduce(constant) { $0 + $1.value * value($1.key) }
    }

    func scaled(by factor: Double) -> LinearExpression {
        LinearExpression(terms: terms.mapValues { $0 * factor }, constant: constant * factor)
    }
}

// MARK: - Operators
//
// `+`, `-`, unary `-`, `*` by a number, `+=` and `-=` combine expressions, variables and numbers into a
// ``LinearExpression``; terms on the same variable are merged.

public func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var result = lhs
    result.add(rhs)
    return result
}
public func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs + LinearExpression(rhs) }
public func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression { LinearExpression(lhs) + rhs }
public func + (lhs: Variable, rhs: Variable) -> LinearExpression { LinearExpression(lhs) + LinearExpression(rhs) }
public func + (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs + LinearExpression(constant: rhs) }
public func + (lhs: Double, rhs: LinearExpression) -> LinearExpression { LinearExpression(constant: lhs) + rhs }
public func + (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs) + rhs }
public func + (lhs: Double, rhs: Variable) -> LinearExpression { lhs + LinearExpression(rhs) }

public prefix func - (operand: LinearExpression) -> LinearExpression { operand.scaled(by: -1) }
public prefix func - (operand: Variable) -> LinearExpression { LinearExpression(terms: [operand: -1]) }

public func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression { lhs + (-rhs) }
public func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs + (-rhs) }
public func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression { LinearExpression(lhs) + (-rhs) }
public func - (lhs: Variable, rhs: Variable) -> LinearExpression { LinearExpression(lhs) + (-rhs) }
public func - (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs + (-rhs) }
public func - (lhs: Double, rhs: LinearExpression) -> LinearExpression { lhs + (-rhs) }
public func - (lhs: Variable, rhs: Double) -> LinearExpression { LinearExpression(lhs) + (-rhs) }
public func - (lhs: Double, rhs: Variable) -> LinearExpression { lhs + (-rhs) }

public func * (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(terms: [rhs: lhs]) }
public func * (lhs: Variable, rhs: Double) -> LinearExpression { rhs * lhs }
public func * (lhs: Double, rhs: LinearExpression) -> LinearExpression { rhs.scaled(by: lhs) }
public func * (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs.scaled(by: rhs) }

public func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }
public func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(1, rhs) }
public func -= (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(-rhs) }
public func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(-1, rhs) }

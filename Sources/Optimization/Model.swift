import Synchronization

/// A mixed-integer linear programme: variables, linear constraints and a linear objective.
///
/// ```swift
/// var model = Model()
/// let x = try model.addVariable(.integer, lower: 0, upper: 10, name: "x")
/// let y = try model.addVariable(.continuous, lower: 0)
/// try model.addConstraint(x + 2 * y <= 14, name: "capacity")
/// try model.setObjective(3 * x + 4 * y, sense: .maximize)
/// let solution = try model.solve(SolveOptions(timeLimitSeconds: 5))
/// if solution.hasSolution { print(solution[x]) }
/// ```
///
/// Every input is checked when it is added: NaN or infinite coefficients, a lower bound above the upper,
/// fractional bounds on an integer variable, a variable from another model, an empty name. The solver never
/// sees a model it would abort on. A model is a value: copies are independent.
public struct Model: Sendable {
    /// Whether the objective is minimised or maximised.
    public enum Sense: String, Sendable, Codable {
        /// Find the smallest objective.
        case minimize
        /// Find the largest objective.
        case maximize
    }

    /// The description of one constraint as stored in the model.
    public struct ConstraintDefinition: Sendable {
        /// The constraint, with zero coefficients removed.
        public var constraint: LinearConstraint
        /// An optional name, used in exports and error messages.
        public var name: String?
    }

    private static let nextID = Atomic<Int>(1)

    /// The identity shared by the variables this model creates.
    public let id: Int
    /// The variables, in creation order (``Variable/index`` is the position here).
    public private(set) var variables: [VariableDefinition] = []
    /// The constraints, in the order they were added.
    public private(set) var constraints: [ConstraintDefinition] = []
    /// The objective's variable part and constant.
    public private(set) var objective = LinearExpression()
    /// Minimise (the default) or maximise.
    public private(set) var sense: Sense = .minimize
    /// An optional model name, used in exports.
    public var name: String?

    /// An empty model.
    public init(name: String? = nil) {
        self.id = Model.nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        self.name = name
    }

    /// Whether any variable is integer or binary.
    public var isMixedInteger: Bool { variables.contains { $0.kind != .continuous } }

    /// Adds a variable and returns it.
    ///
    /// - Parameters:
    ///   - kind: continuous, integer or binary (a binary variable's bounds are 0 and 1 whatever is given).
    ///   - lower: the lower bound; `-Double.infinity` for none. Defaults to 0.
    ///   - upper: the upper bound; `Double.infinity` for none.
    ///   - name: an optional name (1–255 bytes, no control characters).
    /// - Throws: ``OptimizationError`` when a bound is NaN, lower > upper, the bounds leave no value (lower = +∞
    ///   or upper = −∞), an integer bound is fractional, or the name is invalid.
    @discardableResult
    public mutating func addVariable(
        _ kind: VariableKind = .continuous, lower: Double = 0, upper: Double = .infinity, name: String? = nil
    ) throws(OptimizationError) -> Variable {
        let label = name ?? "x\(variables.count)"
        let (low, high) = kind == .binary ? (0.0, 1.0) : (lower, upper)
        if let name { try Model.check(name: name) }
        try Model.checkBounds(kind: kind, lower: low, upper: high, label: label)
        variables.append(VariableDefinition(kind: kind, lower: low, upper: high, name: name))
        return Variable(modelID: id, index: variables.count - 1)
    }

    /// Adds `count` variables of the same kind and bounds; names, when a prefix is given, are `prefix[i]`.
    public mutating func addVariables(
        _ count: Int, _ kind: VariableKind = .continuous, lower: Double = 0, upper: Double = .infinity,
        namePrefix: String? = nil
    ) throws(OptimizationError) -> [Variable] {
        var result: [Variable] = []
        result.reserveCapacity(count)
        for i in 0..<max(count, 0) {
            result.append(try addVariable(kind, lower: lower, upper: upper, name: namePrefix.map { "\($0)[\(i)]" }))
        }
        return result
    }

    /// Adds a constraint. Terms with a zero coefficient are dropped.
    /// - Throws: ``OptimizationError`` for a variable of another model, a NaN or infinite coefficient, a NaN
    ///   bound, lower > upper, or an invalid name.
    public mutating func addConstraint(_ constraint: LinearConstraint, name: String? = nil) throws(OptimizationError) {
        let label = name.map { "constraint '\($0)'" } ?? "constraint #\(constraints.count)"
        if let name { try Model.check(name: name) }
        try check(constraint.expression, in: label)
        if constraint.lower.isNaN || constraint.upper.isNaN { throw .notFinite("\(label) has a NaN bound") }
        if constraint.lower > constraint.upper {
            throw .invalidBounds("\(label): lower \(constraint.lower) is above upper \(constraint.upper)")
        }
        if constraint.lower == .infinity || constraint.upper == -.infinity {
            throw .invalidBounds("\(label): bounds \(constraint.lower)…\(constraint.upper) cannot be met")
        }
        var cleaned = constraint
        cleaned.expression = LinearExpression(terms: constraint.expression.terms.filter { $0.value != 0 })
        constraints.append(ConstraintDefinition(constraint: cleaned, name: name))
    }

    /// Sets the objective (replacing any earlier one).
    /// - Throws: ``OptimizationError`` for a variable of another model or a coefficient or constant that is
    ///   not finite.
    public mutating func setObjective(_ expression: LinearExpression, sense: Sense = .minimize) throws(OptimizationError) {
        try check(expression, in: "objective")
        if !expression.constant.isFinite { throw .notFinite("objective constant \(expression.constant)") }
        objective = LinearExpression(terms: expression.terms.filter { $0.value != 0 }, constant: expression.constant)
        self.sense = sense
    }

    /// Changes the bounds of an existing variable (for example to fix it for a sub-problem).
    /// - Throws: ``OptimizationError`` for a variable of another model, a NaN bound, lower > upper, bounds that
    ///   leave no value (lower = +∞ or upper = −∞), fractional bounds on an integer or binary variable, or
    ///   bounds outside 0…1 on a binary variable.
    public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) throws(OptimizationError) {
        try check(variable, in: "setBounds")
        let definition = variables[variable.index]
        try Model.checkBounds(kind: definition.kind, lower: lower, upper: upper,
                              label: definition.name ?? variable.description)
        variables[variable.index].lower = lower
        variables[variable.index].upper = upper
    }

    /// A readable name for a variable: its own, or `x<index>`.
    public func displayName(of variable: Variable) -> String {
        guard variable.modelID == id, variables.indices.contains(variable.index) else { return variable.description }
        return variables[variable.index].name ?? variable.description
    }

    func check(_ variable: Variable, in context: String) throws(OptimizationError) {
        guard variable.modelID == id, variables.indices.contains(variable.index) else {
            throw .foreignVariable("\(context) uses \(variable) of model #\(variable.modelID), not of model #\(id)")
        }
    }

    private func check(_ expression: LinearExpression, in context: String) throws(OptimizationError) {
        for (variable, coefficient) in expression.terms {
            try check(variable, in: context)
            if !coefficient.isFinite {
                throw .notFinite("\(context): coefficient \(coefficient) on \(displayName(of: variable))")
            }
        }
    }

    static func checkBounds(kind: VariableKind, lower: Double, upper: Double, label: String) throws(OptimizationError) {
        if lower.isNaN || upper.isNaN { throw .notFinite("bound of \(label) is NaN") }
        if lower == .infinity || upper == -.infinity {
            throw .invalidBounds("\(label): lower \(lower), upper \(upper) leave no value")
        }
        if lower > upper { throw .invalidBounds("\(label): lower \(lower) is above upper \(upper)") }
        if kind != .continuous {
            for bound in [lower, upper] where bound.isFinite && bound.rounded() != bound {
                throw .nonIntegralBounds("\(label): bound \(bound) is not a whole number")
            }
        }
        if kind == .binary && (lower < 0 || upper > 1) {
            throw .invalidBounds("\(label): a binary variable's bounds must lie within 0…1, not \(lower)…\(upper)")
        }
    }

    /// The largest violation of a bound, of integrality or of a constraint by `point` (indexed like
    /// ``variables``), with a description of where it occurs; `nil` when every violation is within `tolerance`
    /// (absolute, scaled by the size of the bound for large bounds).
    func violation(of point: [Double], tolerance: Double = 1e-6) -> (amount: Double, place: String)? {
        var worst: (amount: Double, place: String)?
        func note(_ amount: Double, scale: Double, _ place: @autoclosure () -> String) {
            guard amount > tolerance * max(1, abs(scale)), amount > (worst?.amount ?? 0) else { return }
            worst = (amount, place())
        }
        for (index, definition) in variables.enumerated() {
            let value = point[index]
            let label = definition.name ?? "x\(index)"
            if !value.isFinite { return (.infinity, "\(label) = \(value)") }
            note(definition.lower - value, scale: definition.lower, "\(label) = \(value) below its lower bound \(definition.lower)")
            note(value - definition.upper, scale: definition.upper, "\(label) = \(value) above its upper bound \(definition.upper)")
            if definition.kind != .continuous {
                note(abs(value - value.rounded()), scale: 1, "\(label) = \(value) is not a whole number")
            }
        }
        for (index, definition) in constraints.enumerated() {
            let activity = definition.constraint.expression.evaluate { point[$0.index] }
            let label = definition.name.map { "constraint '\($0)'" } ?? "constraint #\(index)"
            let (lower, upper) = (definition.constraint.lower, definition.constraint.upper)
            note(lower - activity, scale: lower, "\(label): \(activity) is below \(lower)")
            note(activity - upper, scale: upper, "\(label): \(activity) is above \(upper)")
        }
        return worst
    }

    static func check(name: String) throws(OptimizationError) {
        if name.isEmpty { throw .invalidName("a name must not be empty") }
        if name.utf8.count > 255 { throw .invalidName("'\(name.prefix(20))…' is longer than 255 bytes") }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidName("'\(name)' contains a control character")
        }
    }
}

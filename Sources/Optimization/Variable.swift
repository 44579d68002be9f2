/// A decision variable of a ``Model``.
///
/// Variables are created by ``Model/addVariable(_:lower:upper:name:)`` and are only meaningful in the
/// model that created them: using one in another model is reported as
/// ``OptimizationError/foreignVariable(_:)`` rather than silently mixing indices.
public struct Variable: Hashable, Sendable, CustomStringConvertible {
    /// The identity of the model that created this variable.
    public let modelID: Int
    /// The position of the variable in its model, from 0.
    public let index: Int

    public var description: String { "x\(index)" }
}

/// What values a variable may take.
public enum VariableKind: String, Sendable, Hashable, Codable {
    /// Any real number within the bounds.
    case continuous
    /// Any whole number within the bounds (bounds must themselves be whole numbers).
    case integer
    /// 0 or 1.
    case binary
}

/// The description of one variable as stored in a ``Model``.
public struct VariableDefinition: Sendable, Hashable {
    /// Continuous, integer or binary.
    public var kind: VariableKind
    /// The lower bound, or `-Double.infinity` when there is none.
    public var lower: Double
    /// The upper bound, or `Double.infinity` when there is none.
    public var upper: Double
    /// An optional name, used in exports and error messages.
    public var name: String?
}

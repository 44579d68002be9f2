/// What a member of staff does.
public enum StaffRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Cleans guest rooms (客房服务员).
    case roomAttendant
    /// Inspects cleaned rooms and makes the work sheet (客服领班).
    case lead
    /// Cleans public areas (公共区域).
    case publicAreaCleaner
    /// Runs the department and builds the roster (客服经理).
    case manager
}

/// A skill some tasks need: suites, deep cleaning, a language. Free text, with common ones predefined.
public struct Skill: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }

    /// May clean suites.
    public static let suites: Skill = "suites"
    /// May do deep cleans (计划卫生).
    public static let deepCleaning: Skill = "deep-cleaning"
}

/// The terms of employment that the roster must respect.
public struct Contract: Hashable, Sendable, Codable {
    /// Full or part time.
    public enum Kind: String, Hashable, Sendable, Codable { case fullTime, partTime }

    public var kind: Kind
    /// The fewest paid minutes to roster in a month.
    public var minimumMinutesPerMonth: Int
    /// The most paid minutes to roster in a month.
    public var maximumMinutesPerMonth: Int
    /// The shift types this person may work (``ShiftType/id``); `nil` means all.
    public var allowedShiftTypeIDs: [String]?
    /// The most shifts of a type in a month, by shift type id; types not listed are unlimited.
    public var maximumShiftsPerType: [String: Int]

    public init(kind: Kind, minimumMinutesPerMonth: Int, maximumMinutesPerMonth: Int,
                allowedShiftTypeIDs: [String]? = nil, maximumShiftsPerType: [String: Int] = [:]) {
        self.kind = kind
        self.minimumMinutesPerMonth = minimumMinutesPerMonth
        self.maximumMinutesPerMonth = maximumMinutesPerMonth
        self.allowedShiftTypeIDs = allowedShiftTypeIDs
        self.maximumShiftsPerType = maximumShiftsPerType
    }
}

/// A member of the housekeeping department.
public struct StaffMember: Hashable, Sendable, Codable, Identifiable {
    /// A staff number unique in the property ("A07").
    public var id: String
    public var name: String
    /// What the person does; most have one role.
    public var roles: Set<StaffRole>
    /// Skills some tasks need (suites, deep cleaning, languages).
    public var skills: Set<Skill>
    /// Work speed relative to the standard: 1.0 normal, 0.5 a trainee (a task takes minutes ÷ efficiency).
    public var efficiency: Double
    /// The floors the person usually works (``Floor/id``), for continuity; may be empty.
    public var homeFloorIDs: [String]
    public var contract: Contract

    public init(id: String, name: String, roles: Set<StaffRole>, skills: Set<Skill> = [], efficiency: Double = 1,
                homeFloorIDs: [String] = [], contract: Contract) {
        self.id = id
        self.name = name
        self.roles = roles
        self.skills = skills
        self.efficiency = efficiency
        self.homeFloorIDs = homeFloorIDs
        self.contract = contract
    }

    /// Whether the person has the role.
    public func has(_ role: StaffRole) -> Bool { roles.contains(role) }
}

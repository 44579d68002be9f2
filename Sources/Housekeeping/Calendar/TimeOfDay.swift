/// A time on the clock, in minutes after midnight ("07:30" is 450). "24:00" (1,440) is allowed as the end of
/// a shift that runs to midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Minutes after midnight, 0…1,440.
    public let minutesAfterMidnight: Int

    /// A time from minutes after midnight; `nil` outside 0…1,440.
    public init?(minutesAfterMidnight minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutesAfterMidnight = minutes
    }

    /// A time from hours and minutes; `nil` when not a clock time (24:00 is allowed).
    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.minutesAfterMidnight = hour * 60 + minute
    }

    /// Parses `H:MM`, `HH:MM` or `HH:MM:SS` (seconds ignored); `nil` when malformed.
    public init?(parsing text: String) {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        if parts.count == 3 { guard parts[2].count == 2, let second = Int(parts[2]), (0...59).contains(second) else { return nil } }
        self.init(hour: hour, minute: minute)
    }

    /// The time as `HH:MM`.
    public var description: String { "\((minutesAfterMidnight / 60).padded(2)):\((minutesAfterMidnight % 60).padded(2))" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutesAfterMidnight < rhs.minutesAfterMidnight }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = TimeOfDay(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a time; expected HH:MM between 00:00 and 24:00"))
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

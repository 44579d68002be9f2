import Housekeeping

/// The demand policy file, `demand-policy.json` (or `.yaml`): how the manager turns the forecast into people
/// per shift — which shifts clean rooms, the minutes of a shift that are not room work, the attendants per
/// lead, the turndown, the fixed posts (see docs/roster.md).
///
/// Only `version` and `roomWork` are required; every other field takes the default of
/// ``StaffingDemandPolicy/init(roomWork:turndownShiftTypeID:turndownShare:allowanceMinutesPerShift:floorChangesPerShift:attendantsPerLead:leadShiftTypeID:publicAreaShiftTypeID:minimumShare:fixedPosts:)``.
///
/// ```json
/// {"version": 1, "roomWork": [{"shiftTypeID": "M", "share": 1}], "attendantsPerLead": 4}
/// ```
public enum DemandPolicyFile {
    /// The `version` this reader knows and the writer writes.
    public static let version = 1

    /// Reads a policy and checks it against the property's shift types, recording every problem (file, line,
    /// field) in `report`; `nil` when there is any error.
    public static func read(_ text: String, syntax: PropertyFile.Syntax, file: String, shiftTypes: [ShiftType],
                            report: inout ValidationReport) -> StaffingDemandPolicy? {
        guard let document = syntax.decode(Document.self, from: text, file: file, report: &report) else { return nil }
        let policy = document.value.policy
        let problems = policy.problems(shiftTypes: shiftTypes)
        for problem in problems {
            report.error(file, document.locator.line(for: problem.field), problem.field, problem.message)
        }
        return problems.isEmpty ? policy : nil
    }

    /// The policy as a file, keys sorted, every field written: the same policy gives the same bytes.
    public static func write(_ policy: StaffingDemandPolicy, syntax: PropertyFile.Syntax = .json) throws -> String {
        try syntax.encode(Document(policy: policy))
    }

    /// The file's top level: the version and the policy's fields, all but `roomWork` optional.
    struct Document: Codable {
        var policy: StaffingDemandPolicy

        enum Key: String, CodingKey {
            case version, roomWork, turndownShiftTypeID, turndownShare, allowanceMinutesPerShift, floorChangesPerShift
            case attendantsPerLead, leadShiftTypeID, publicAreaShiftTypeID, minimumShare, fixedPosts
        }

        /// A fixed post with its weekdays as a list in calendar order.
        struct Post: Codable {
            var shiftTypeID: String
            var role: StaffRole
            var weekdays: [Weekday]
            var people: Int
            var reason: String?
        }

        init(policy: StaffingDemandPolicy) { self.policy = policy }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let version = try container.decode(Int.self, forKey: .version)
            guard version == DemandPolicyFile.version else {
                throw DecodingError.dataCorruptedError(forKey: .version, in: container,
                    debugDescription: "version \(version) is not supported; expected \(DemandPolicyFile.version)")
            }
            let defaults = StaffingDemandPolicy(roomWork: [])
            let posts = try container.decodeIfPresent([Post].self, forKey: .fixedPosts) ?? []
            policy = StaffingDemandPolicy(
                roomWork: try container.decode([StaffingDemandPolicy.RoomWorkShare].self, forKey: .roomWork),
                turndownShiftTypeID: try container.decodeIfPresent(String.self, forKey: .turndownShiftTypeID),
                turndownShare: try container.decodeIfPresent(Double.self, forKey: .turndownShare) ?? defaults.turndownShare,
                allowanceMinutesPerShift: try container.decodeIfPresent(Double.self, forKey: .allowanceMinutesPerShift)
                    ?? defaults.allowanceMinutesPerShift,
                floorChangesPerShift: try container.decodeIfPresent(Double.self, forKey: .floorChangesPerShift)
                    ?? defaults.floorChangesPerShift,
                attendantsPerLead: try container.decodeIfPresent(Int.self, forKey: .attendantsPerLead) ?? defaults.attendantsPerLead,
                leadShiftTypeID: try container.decodeIfPresent(String.self, forKey: .leadShiftTypeID),
                publicAreaShiftTypeID: try container.decodeIfPresent(String.self, forKey: .publicAreaShiftTypeID),
                minimumShare: try container.decodeIfPresent(Double.self, forKey: .minimumShare) ?? defaults.minimumShare,
                fixedPosts: posts.map {
                    StaffingDemandPolicy.FixedPost(shiftTypeID: $0.shiftTypeID, role: $0.role, weekdays: Set($0.weekdays),
                                                   people: $0.people, reason: $0.reason ?? "fixed post")
                })
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(DemandPolicyFile.version, forKey: .version)
            try container.encode(policy.roomWork, forKey: .roomWork)
            try container.encodeIfPresent(policy.turndownShiftTypeID, forKey: .turndownShiftTypeID)
            try container.encode(policy.turndownShare, forKey: .turndownShare)
            try container.encode(policy.allowanceMinutesPerShift, forKey: .allowanceMinutesPerShift)
            try container.encode(policy.floorChangesPerShift, forKey: .floorChangesPerShift)
            try container.encode(policy.attendantsPerLead, forKey: .attendantsPerLead)
            try container.encodeIfPresent(policy.leadShiftTypeID, forKey: .leadShiftTypeID)
            try container.encodeIfPresent(policy.publicAreaShiftTypeID, forKey: .publicAreaShiftTypeID)
            try container.encode(policy.minimumShare, forKey: .minimumShare)
            try container.encode(policy.fixedPosts.map { post in
                Post(shiftTypeID: post.shiftTypeID, role: post.role,
                     weekdays: Weekday.allCases.filter(post.weekdays.contains), people: post.people, reason: post.reason)
            }, forKey: .fixedPosts)
        }
    }
}

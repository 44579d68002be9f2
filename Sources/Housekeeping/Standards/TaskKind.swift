/// A kind of housekeeping work on a room.
public enum TaskKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Full clean after the guest has left, with a linen change (走客房清扫).
    case departureClean
    /// Daily service of an occupied room (住客房清扫).
    case stayoverService
    /// Stayover service with a linen change (every N nights or on request).
    case stayoverLinenChange
    /// Scheduled deep cleaning (计划卫生).
    case deepClean
    /// Dusting of a vacant clean room before an arrival (空净房抹尘).
    case vacantTouchUp
    /// A quick touch-up of a room marked pickup.
    case pickup
    /// A lead's inspection of a cleaned room (查房).
    case inspection
    /// Evening turndown service.
    case turndown

    public static func < (lhs: TaskKind, rhs: TaskKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

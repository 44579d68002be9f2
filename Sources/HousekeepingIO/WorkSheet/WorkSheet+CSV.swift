import Foundation
import Housekeeping

/// Writes the work sheet as CSV: a header, then one row per scheduled task, attendants by staff id and
/// tasks in the order to do them. Written with the shared ``CSVWriter`` (RFC 4180 quoting, LF line ends).
///
/// Columns: `attendant_id, attendant_name, order, room, floor, task_kind, minutes, start, finish, flags,
/// ready_by, place, note`. `task_kind` and `flags` use the JSON identifiers (`departureClean`;
/// `vip;arrivalToday`, flags separated by `;`); `minutes` has at most one decimal; times are `HH:MM`;
/// `room` and `floor` are empty for a public-area visit, whose `place` says where.
public enum WorkSheetCSVRenderer {
    /// The header row.
    public static let header = ["attendant_id", "attendant_name", "order", "room", "floor", "task_kind", "minutes",
                                "start", "finish", "flags", "ready_by", "place", "note"]

    public static func render(_ document: WorkSheetDocument) -> String {
        var csv = CSVWriter(header: header)
        for attendant in document.attendants {
            for task in attendant.tasks {
                csv.append([
                    attendant.id, attendant.name, "\(task.order)", task.room ?? "", task.floor ?? "", task.kind.rawValue,
                    minutes(task.minutes), task.start.description, task.finish.description,
                    task.flags.joined(separator: ";"), task.readyBy?.description ?? "", task.place, task.note ?? "",
                ])
            }
        }
        return csv.text
    }

    /// Minutes with at most one decimal and no trailing ".0" ("30", "37.5").
    private static func minutes(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : WorkSheetLabels.fixed(value, 1).replacingOccurrences(of: ",", with: "")
    }
}

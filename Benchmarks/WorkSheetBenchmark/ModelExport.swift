import Foundation
import Housekeeping
import Optimization

/// Writes the day's whole model of a benchmark hotel (``DayModelExport``) into `directory` (made when the arguments
/// are checked) as `worksheet-<rooms>.mps` (free MPS, minimise) and `worksheet-<rooms>.start`: a first line
/// `objective <the plan's objective>`, then the plan's values, one `name value` line per variable in the MPS file's
/// column order (unnamed variables as GLPK's MPS writer names them, `C0000001` on). For solving with an outside
/// solver, e.g. HiGHS, from the plan.
func writeDayModel(_ export: DayModelExport, rooms: Int, directory: String) throws {
    let base = (directory as NSString).appendingPathComponent("worksheet-\(rooms)")
    try export.model.writeMPS(toPath: base + ".mps")
    var lines = ["objective \(export.objective)"]
    for (index, definition) in export.model.variables.enumerated() {
        let number = String(index + 1)
        lines.append("\(definition.name ?? "C" + String(repeating: "0", count: max(0, 7 - number.count)) + number) \(export.values[index])")
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: base + ".start", atomically: true, encoding: .utf8)
}

import Foundation
import Housekeeping

/// The formats the work sheet can be written in.
public enum WorkSheetFormat: String, CaseIterable, Hashable, Sendable {
    /// Plain text for the terminal or a printer: the summary, then one block per attendant and per lead.
    case text
    /// The whole sheet as a stable JSON document (``WorkSheetDocument``, `docs/worksheet-json.md`).
    case json
    /// One row per scheduled task, for a spreadsheet.
    case csv
    /// A self-contained printable page: a summary page and one page per attendant and per lead.
    case html

    /// Renders a sheet in this format. `property` supplies names (shifts, storerooms, supply items).
    public func render(_ sheet: WorkSheet, property: Property,
                       options: WorkSheetRenderOptions = WorkSheetRenderOptions()) throws -> Data {
        let document = WorkSheetDocument(sheet, property: property, options: options)
        switch self {
        case .text: return Data(WorkSheetTextRenderer.render(document).utf8)
        case .json: return try WorkSheetJSONRenderer.render(document)
        case .csv: return Data(WorkSheetCSVRenderer.render(document).utf8)
        case .html: return Data(WorkSheetHTMLRenderer.render(document).utf8)
        }
    }
}

import Housekeeping

/// The words the text and HTML sheets use for kinds, flags and reasons: short, in a lead's language.
enum WorkSheetLabels {
    /// A task kind as a lead says it ("departure", "stayover+linen").
    static func kind(_ kind: HousekeepingTask.Kind) -> String {
        switch kind {
        case .departureClean: "departure"
        case .stayoverService: "stayover"
        case .stayoverLinenChange: "stayover+linen"
        case .deepClean: "deep clean"
        case .vacantTouchUp: "touch-up"
        case .pickup: "pickup"
        case .turndown: "turndown"
        case .publicArea: "public area"
        }
    }

    /// The short tags printed beside a task. The linen-change fact is left out (the kind says it), and a
    /// DND room to retry shows one tag, `DND-RETRY`.
    static func flags(_ flags: [String]) -> [String] {
        var tags: [String] = []
        for flag in flags {
            let tag: String? = switch flag {
            case "arrivalToday": "ARRIVAL"
            case "earlyCheckIn": "EARLY"
            case "vip": "VIP"
            case "rush": "RUSH"
            case "doNotDisturb", "retry", "retryIfDoNotDisturb": "DND-RETRY"
            case "linenChange": nil
            case "linenOptedOut": "NO-LINEN"
            case "checkedOut": "GUEST-OUT"
            case "deepCleanRotation": "ROTATION"
            case "deepCleanLongStay": "LONG-STAY"
            case "suite": "SUITE"
            case "missesReadyBy": "MISSES-READY-BY"
            case "finishesAfterShift": "AFTER-SHIFT"
            case "waitsForCheckout": "WAIT-CHECKOUT"
            default: flag.uppercased()
            }
            if let tag, !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }

    /// What each tag means, for the legend.
    static let legend: [(tag: String, meaning: String)] = [
        ("ARRIVAL", "a guest arrives today: ready by the time shown"),
        ("EARLY", "the arriving guest was promised an early check-in"),
        ("VIP", "VIP guest"),
        ("RUSH", "the guest asked for the room to be made up"),
        ("DND-RETRY", "do not disturb: knock last, come back later if still DND"),
        ("NO-LINEN", "the guest opted out of the linen change"),
        ("GUEST-OUT", "the guest has already checked out"),
        ("WAIT-CHECKOUT", "start only once the guest has checked out"),
        ("ROTATION", "deep clean due by the rotation"),
        ("LONG-STAY", "deep clean due after a long stay"),
        ("SUITE", "suite"),
        ("MISSES-READY-BY", "the estimated finish is after the ready-by time: tell the lead"),
        ("AFTER-SHIFT", "the estimated finish is after the end of the shift"),
    ]

    /// Why a task was left undone.
    static func reason(_ reason: UndoneTask.Reason) -> String {
        switch reason {
        case .capacity: "no capacity"
        case .noQualifiedAttendant: "no one qualified"
        case .noAttendantInTime: "no one in time"
        case .optionalNoSpareCapacity: "optional, no spare time"
        }
    }

    /// Why a room is inspected.
    static func inspectionReason(_ reason: Inspection.Reason) -> String {
        switch reason {
        case .departureWithArrival: "arrival today"
        case .vip: "VIP"
        case .sample: "sample"
        }
    }

    static func supplyKind(_ kind: SupplyKind) -> String {
        switch kind {
        case .linen: "linen"
        case .consumable: "consumables"
        case .saleable: "saleable items"
        }
    }

    static func role(_ role: StaffRole) -> String {
        switch role {
        case .roomAttendant: "room attendant"
        case .lead: "lead"
        case .publicAreaCleaner: "public-area cleaner"
        case .manager: "manager"
        }
    }

    static func weekday(_ weekday: Weekday) -> String { weekday.rawValue.prefix(1).uppercased() + weekday.rawValue.dropFirst() }

    /// Whole minutes with a thousands separator ("2,345").
    static func minutes(_ value: Double) -> String { grouped(Int(value.rounded())) }

    /// An integer with a thousands separator.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A ratio as a whole percentage ("79 %").
    static func percent(_ ratio: Double) -> String { "\(Int((ratio * 100).rounded())) %" }

    /// A number with a fixed count of decimals ("1.03").
    static func fixed(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        let fraction = scaled % scale
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + grouped(whole) }
        let fractionText = String(fraction)
        return sign + grouped(whole) + "." + String(repeating: "0", count: places - fractionText.count) + fractionText
    }

    /// A quantity: whole numbers without decimals, others with up to two.
    static func quantity(_ value: Double) -> String {
        guard value != value.rounded() else { return grouped(Int(value)) }
        var text = fixed(value, 2)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// The solver's termination in words.
    static func termination(_ termination: String) -> String {
        switch termination {
        case "optimal": "optimal"
        case "feasibleAtTimeLimit": "stopped at the time limit"
        case "feasibleAtGapLimit": "within the gap target"
        case "notRun": "not run"
        case SolverReport.tooLargeToSolve: "on a few attendants at a time (the whole day at once is too large to solve in time)"
        case "replanned": "not run: re-planned at midday, only the work of staff who went home moved"
        case "infeasible": "no feasible plan"
        case "noSolutionAtTimeLimit": "no plan in time"
        default: termination
        }
    }

    /// The floors as a list ("2, 3").
    static func floors(_ floors: [String]) -> String { floors.isEmpty ? "–" : floors.joined(separator: ", ") }
}

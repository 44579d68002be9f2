/// Turns the assignment into the sheet: each attendant's list in order with times, the leads' inspections,
/// carts and storeroom issues, the baseline and the summary.
struct SheetAssembler {
    let context: PlanningContext
    let derived: DerivedTasks
    let assignment: AssignmentResult
    /// Lists kept as they are, by staff id (a re-plan: work already done, or a list nobody touched); the rest
    /// of that attendant's tasks are ordered after them, from ``resumeAt`` (minutes after midnight).
    var kept: [String: [ScheduledTask]] = [:]
    var resumeAt: Double?

    var standards: Standards { context.property.standards }
    var crew: [CrewMember] { context.crew }
    var tasks: [HousekeepingTask] { derived.tasks }

    static func clock(_ minute: Double) -> TimeOfDay {
        var value = Int(minute.rounded())
        if value > 1440 { value -= 1440 }
        return TimeOfDay(minutesAfterMidnight: min(1440, max(0, value)))!
    }

    func assemble(extra: ExtraAttendantEffect?, planSeconds: Double) -> WorkSheet {
        var sheets: [AttendantSheet] = []
        for (a, member) in crew.enumerated() {
            let assigned = assignment.tasksByCrew[a].map { tasks[$0] }
            let ordered: [ScheduledTask]
            if let done = kept[member.id] {
                let doneIDs = Set(done.map(\.task.id))
                let rest = assigned.filter { !doneIDs.contains($0.id) }
                ordered = done + (rest.isEmpty ? [] : sequence(rest, for: member, from: resumePosition(after: done, for: member)))
            } else {
                ordered = sequence(assigned, for: member)
            }
            var floors: [String] = []
            var buildings: [String] = []
            for item in ordered {
                if let floor = item.task.floorID, !floors.contains(floor) { floors.append(floor) }
                if let building = item.task.buildingID, !buildings.contains(building) { buildings.append(building) }
            }
            let roomTasks = ordered.filter { $0.task.isRoomTask }
            sheets.append(AttendantSheet(
                staffID: member.id, staffName: member.staff.name, role: member.role, shiftTypeID: member.shift.id,
                shiftStart: member.shift.start, shiftEnd: member.shift.end, efficiency: member.efficiency,
                paidMinutes: member.paidMinutes, workMinutes: ordered.reduce(0) { $0 + $1.minutes },
                travelMinutes: assignment.travelByCrew[a], tasks: ordered, floorIDs: floors, buildingIDs: buildings,
                roomCount: roomTasks.count, departureCount: roomTasks.filter { $0.task.kind == .departureClean }.count,
                stayoverCount: roomTasks.filter { $0.task.kind.isStayover }.count,
                credits: roomTasks.reduce(0) { $0 + $1.task.credits },
                areaSquareMetres: roomTasks.reduce(0) { $0 + $1.task.areaSquareMetres },
                cart: CartLoad(items: supplies(for: ordered.map(\.task)))))
        }
        let (leads, inspectionWarnings) = inspections(sheets)
        let (issues, stockWarnings) = storerooms(sheets)

        // Summary.
        var derivedByKind: [HousekeepingTask.Kind: Int] = [:]
        for task in tasks { derivedByKind[task.kind, default: 0] += 1 }
        var plannedByKind: [HousekeepingTask.Kind: Int] = [:]
        for sheet in sheets { for item in sheet.tasks { plannedByKind[item.task.kind, default: 0] += 1 } }
        let kinds = HousekeepingTask.Kind.allCases.filter { derivedByKind[$0] != nil }
            .map { KindCount(kind: $0, derived: derivedByKind[$0] ?? 0, planned: plannedByKind[$0] ?? 0) }
        let work = sheets.reduce(0) { $0 + $1.workMinutes }
        let travel = sheets.reduce(0) { $0 + $1.travelMinutes }
        let paid = sheets.reduce(0) { $0 + $1.paidMinutes }
        let roomSheets = sheets.filter { $0.role == .roomAttendant }
        let undoneMandatory = assignment.undone.filter { $0.task.isMandatory }
        var report = assignment.report
        report.planSeconds = planSeconds
        let summary = WorkSheetSummary(
            roomCount: context.property.rooms.count, blockedRoomCount: derived.blockedRoomCount,
            noServiceRoomCount: derived.noServiceRoomCount, tasksByKind: kinds,
            mandatoryStandardMinutes: tasks.filter(\.isMandatory).reduce(0) { $0 + $1.standardMinutes },
            plannedWorkMinutes: work, plannedTravelMinutes: travel, paidMinutes: paid,
            utilisation: paid > 0 ? (work + travel) / paid : 0,
            highestLoadRatio: roomSheets.map(\.loadRatio).max() ?? 0,
            quality: SheetAssembler.quality(of: roomSheets.map { sheet in
                AttendantWork(paidMinutes: sheet.paidMinutes, efficiency: sheet.efficiency,
                              tasks: sheet.tasks.filter { $0.task.isMandatory }.map(\.task))
            }, standards: standards),
            undone: assignment.undone, missingMinutes: undoneMandatory.reduce(0) { $0 + $1.task.standardMinutes },
            oneMoreAttendant: extra, solver: report, baseline: baseline())
        return WorkSheet(date: context.day.date, propertyName: context.property.name, summary: summary,
                         attendants: sheets, leads: leads, storeroomIssues: issues, stockWarnings: stockWarnings,
                         warnings: context.warnings + derived.warnings + inspectionWarnings)
    }

    // MARK: - Inspections

    /// The leads' inspection lists, and a warning for each inspection that ends after its lead's shift.
    func inspections(_ sheets: [AttendantSheet]) -> ([LeadSheet], [String]) {
        let policy = standards.inspection
        var chosen: [Inspection] = []
        let inspectable: Set<HousekeepingTask.Kind> = [.departureClean, .stayoverService, .stayoverLinenChange, .deepClean,
                                                       .vacantTouchUp, .pickup]
        let minutes = max(0, policy.minutesPerInspection)
        for sheet in sheets {
            var others: [ScheduledTask] = []
            for item in sheet.tasks where inspectable.contains(item.task.kind) {
                guard let room = item.task.roomNumber, let floor = item.task.floorID else { continue }
                var reason: Inspection.Reason?
                if policy.departuresWithArrivals, item.task.kind == .departureClean, item.task.has(.arrivalToday) {
                    reason = .departureWithArrival
                } else if policy.vipRooms, item.task.vipLevel > 0 {
                    reason = .vip
                }
                if let reason {
                    chosen.append(Inspection(roomNumber: room, floorID: floor, taskID: item.task.id, attendantID: sheet.staffID,
                                             reason: reason, roomReadyAt: item.finish, start: item.finish, finish: item.finish,
                                             minutes: minutes))
                } else {
                    others.append(item)
                }
            }
            let share = min(1, max(0, policy.shareOfOthers))
            let picks = Int((share * Double(others.count)).rounded())
            guard picks > 0 else { continue }
            var used = Set<Int>()
            for j in 0..<picks {
                let index = min(others.count - 1, Int((Double(j) + 0.5) * Double(others.count) / Double(picks)))
                guard used.insert(index).inserted else { continue }
                let item = others[index]
                chosen.append(Inspection(roomNumber: item.task.roomNumber!, floorID: item.task.floorID!, taskID: item.task.id,
                                         attendantID: sheet.staffID, reason: .sample, roomReadyAt: item.finish,
                                         start: item.finish, finish: item.finish, minutes: minutes))
            }
        }
        let leads = context.leads
        guard !leads.isEmpty else { return ([], []) }
        // Contiguous blocks of floors, equal in count, one per lead; a room ready before its lead's shift starts,
        // or too late to inspect within it, goes to the lead on shift then with the fewest inspections.
        chosen.sort { (context.rank($0.floorID), $0.roomReadyAt, $0.roomNumber) < (context.rank($1.floorID), $1.roomReadyAt, $1.roomNumber) }
        var owner: [Int] = []
        for l in leads.indices { owner += Array(repeating: l, count: chosen.count / leads.count + (l < chosen.count % leads.count ? 1 : 0)) }
        var counts = leads.indices.map { l in owner.filter { $0 == l }.count }
        func onShift(_ l: Int, _ ready: Double) -> Bool {
            Double(leads[l].startMinute) <= ready && ready + minutes <= Double(leads[l].endMinute)
        }
        for i in chosen.indices {
            let ready = Double(chosen[i].roomReadyAt.minutesAfterMidnight)
            guard !onShift(owner[i], ready),
                  let other = leads.indices.filter({ onShift($0, ready) }).min(by: { (counts[$0], leads[$0].id) < (counts[$1], leads[$1].id) })
            else { continue }
            counts[owner[i]] -= 1
            counts[other] += 1
            owner[i] = other
        }
        // Even out again: the busiest lead hands its latest room another lead on shift then can take.
        while true {
            let moves = chosen.indices.reversed().compactMap { i -> (Int, Int)? in
                let ready = Double(chosen[i].roomReadyAt.minutesAfterMidnight)
                let target = leads.indices.filter { counts[$0] + 1 < counts[owner[i]] && onShift($0, ready) }
                    .min { (counts[$0], leads[$0].id) < (counts[$1], leads[$1].id) }
                return target.map { (i, $0) }
            }
            guard let (i, target) = moves.max(by: { counts[owner[$0.0]] < counts[owner[$1.0]] }) else { break }
            counts[owner[i]] -= 1
            counts[target] += 1
            owner[i] = target
        }
        var result: [LeadSheet] = []
        var warnings: [String] = []
        for (l, lead) in leads.enumerated() {
            var mine = chosen.indices.filter { owner[$0] == l }.map { chosen[$0] }
            mine.sort { (Self.minute($0.roomReadyAt), context.rank($0.floorID), $0.roomNumber) < (Self.minute($1.roomReadyAt), context.rank($1.floorID), $1.roomNumber) }
            var t = Double(lead.startMinute)
            for i in mine.indices {
                let startAt = max(t, Double(mine[i].roomReadyAt.minutesAfterMidnight))
                mine[i].start = SheetAssembler.clock(startAt)
                mine[i].finish = SheetAssembler.clock(startAt + minutes)
                t = startAt + minutes
                if t > Double(lead.endMinute) + 0.5 {
                    warnings.append("lead \(lead.id): the inspection of room \(mine[i].roomNumber) ends at \(mine[i].finish), after the shift ends at \(lead.shift.end)")
                }
            }
            result.append(LeadSheet(staffID: lead.id, staffName: lead.staff.name, shiftTypeID: lead.shift.id, inspections: mine))
        }
        return (result, warnings)
    }

    static func minute(_ time: TimeOfDay) -> Int { time.minutesAfterMidnight }

    // MARK: - Supplies

    func supplies(for assigned: [HousekeepingTask]) -> [SupplyLine] {
        var totals: [String: Double] = [:]
        let catalogue = context.property.supplies
        for task in assigned {
            guard let kind = task.kind.taskKind, let type = task.roomTypeID else { continue }
            for use in catalogue.uses where use.task == kind && use.roomTypeID == type {
                totals[use.itemID, default: 0] += use.quantity
            }
        }
        return lines(totals)
    }

    func lines(_ totals: [String: Double]) -> [SupplyLine] {
        let catalogue = context.property.supplies
        return totals.compactMap { itemID, quantity -> SupplyLine? in
            guard quantity > 0 else { return nil }
            let item = catalogue.items.first { $0.id == itemID }
            return SupplyLine(itemID: itemID, name: item?.name ?? itemID, unit: item?.unit ?? "unit",
                              kind: item?.kind ?? .consumable, quantity: quantity)
        }.sorted { (SupplyKind.allCases.firstIndex(of: $0.kind)!, $0.itemID) < (SupplyKind.allCases.firstIndex(of: $1.kind)!, $1.itemID) }
    }

    func storerooms(_ sheets: [AttendantSheet]) -> ([StoreroomIssue], [StockWarning]) {
        let catalogue = context.property.supplies
        let mainStore = catalogue.storerooms.filter(\.isMainStore).map(\.id).sorted().first
        var byStore: [String: [String: Double]] = [:]
        var floorsByStore: [String: Set<String>] = [:]
        for sheet in sheets {
            for item in sheet.tasks {
                guard let floorID = item.task.floorID else { continue }
                let store = context.floorsByID[floorID]?.storeroomID ?? mainStore ?? "(none)"
                let lines = supplies(for: [item.task])
                guard !lines.isEmpty else { continue }
                floorsByStore[store, default: []].insert(floorID)
                for line in lines { byStore[store, default: [:]][line.itemID, default: 0] += line.quantity }
            }
        }
        var issues: [StoreroomIssue] = []
        var warnings: [StockWarning] = []
        for store in byStore.keys.sorted() {
            let items = lines(byStore[store]!)
            issues.append(StoreroomIssue(storeroomID: store,
                                         floorIDs: floorsByStore[store, default: []].sorted { context.rank($0) < context.rank($1) },
                                         items: items))
            for line in items {
                if let level = catalogue.stock.first(where: { $0.storeroomID == store && $0.itemID == line.itemID }),
                   level.onHand < line.quantity {
                    warnings.append(StockWarning(storeroomID: store, itemID: line.itemID, needed: line.quantity, onHand: level.onHand))
                }
            }
        }
        return (issues, warnings)
    }

    // MARK: - Baseline and quality

    /// One attendant's mandatory work, for the quality figures.
    struct AttendantWork {
        var paidMinutes: Double
        var efficiency: Double
        var tasks: [HousekeepingTask]
    }

    /// Fairness and compactness of a set of attendant loads (mandatory room work and its travel).
    static func quality(of loads: [AttendantWork], standards: Standards) -> PlanQuality {
        var load: [Double] = []
        var floors: [Int] = []
        var travelTotal = 0.0
        var departures: [Double] = []
        for entry in loads {
            let floorSet = Set(entry.tasks.compactMap(\.floorID))
            let buildingSet = Set(entry.tasks.compactMap(\.buildingID))
            let travel = standards.travelMinutesPerFloorChange * Double(max(0, floorSet.count - 1))
                + standards.travelMinutesPerBuildingChange * Double(max(0, buildingSet.count - 1))
            travelTotal += travel
            load.append(entry.tasks.reduce(0) { $0 + $1.minutes(atEfficiency: entry.efficiency) } + travel)
            floors.append(floorSet.count)
            departures.append(Double(entry.tasks.filter { $0.kind == .departureClean }.count))
        }
        let paid = loads.reduce(0) { $0 + $1.paidMinutes }
        let standardCapacity = loads.reduce(0) { $0 + $1.paidMinutes * $1.efficiency }
        let totalLoad = load.reduce(0, +)
        let totalDepartures = departures.reduce(0, +)
        var highest = 0.0
        var highestDepartures = 0.0
        var over = 0
        for (i, entry) in loads.enumerated() where entry.paidMinutes > 0 {
            let fair = entry.paidMinutes * totalLoad / max(paid, 1e-9)
            if fair > 0 { highest = max(highest, load[i] / fair) }
            if load[i] > entry.paidMinutes + 0.5 { over += 1 }
            let fairDepartures = totalDepartures * entry.paidMinutes * entry.efficiency / max(standardCapacity, 1e-9)
            if fairDepartures > 0 { highestDepartures = max(highestDepartures, departures[i] / fairDepartures) }
        }
        let working = floors.filter { $0 > 0 }
        return PlanQuality(
            highestLoadOverFairShare: highest,
            floorsPerAttendantMean: working.isEmpty ? 0 : Double(working.reduce(0, +)) / Double(working.count),
            floorsPerAttendantMax: floors.max() ?? 0, travelMinutes: travelTotal,
            highestDeparturesOverFairShare: highestDepartures, attendantsOverCapacity: over)
    }

    /// The incumbent method (OPERA's task sheets): divide the day's credits evenly between the room attendants,
    /// and fill them one after another, floor by floor in room order, up to the even share.
    func baseline() -> PlanQuality {
        SheetAssembler.baseline(tasks: tasks, crew: crew, context: context)
    }

    static func baseline(tasks: [HousekeepingTask], crew: [CrewMember], context: PlanningContext) -> PlanQuality {
        let attendants = crew.filter { $0.role == .roomAttendant }
        guard !attendants.isEmpty else {
            return PlanQuality(highestLoadOverFairShare: 0, floorsPerAttendantMean: 0, floorsPerAttendantMax: 0,
                               travelMinutes: 0, highestDeparturesOverFairShare: 0, attendantsOverCapacity: 0)
        }
        let work = tasks.filter { $0.isMandatory && $0.isRoomTask }
            .sorted { (context.rank($0.floorID), $0.roomNumber ?? "", $0.id) < (context.rank($1.floorID), $1.roomNumber ?? "", $1.id) }
        let share = work.reduce(0) { $0 + $1.credits } / Double(attendants.count)
        var lists: [[HousekeepingTask]] = Array(repeating: [], count: attendants.count)
        var credits = Array(repeating: 0.0, count: attendants.count)
        var current = 0
        for task in work {
            if credits[current] >= share - 1e-9, current < attendants.count - 1 { current += 1 }
            lists[current].append(task)
            credits[current] += task.credits
        }
        return quality(of: zip(attendants, lists).map { AttendantWork(paidMinutes: $0.paidMinutes, efficiency: $0.efficiency, tasks: $1) },
                       standards: context.property.standards)
    }
}

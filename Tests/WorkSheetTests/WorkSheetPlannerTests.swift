import Foundation
import Testing
@testable import Housekeeping

@Suite("Work sheet planning")
struct WorkSheetPlannerTests {
    func expectSound(_ sheet: WorkSheet, _ property: Property, _ day: DayStatus) {
        let problems = sheet.ruleViolations(property: property, day: day)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func twoFloorsTwoAttendantsGiveEachOneWholeFloor() throws {
        // Hand optimum: 4 departures (30 min) per floor; one floor each = 120 min and no floor change.
        let property = Fixture.property(floors: 2, roomsPerFloor: 4, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        for id in ["A1", "A2"] {
            let mine = try #require(sheet.sheet(id))
            #expect(mine.floorIDs.count == 1)
            #expect(mine.roomCount == 4)
            #expect(mine.loadMinutes == 120)
        }
        #expect(sheet.summary.solver.termination == "optimal")
        #expect(sheet.summary.quality.highestLoadOverFairShare == 1)
        #expect(sheet.summary.undone.isEmpty)
    }

    @Test func minMaxLoadMatchesTheHandOptimum() throws {
        // One floor: 3 departures (30) and 3 stayovers (20) for two attendants. Splits: {30,30,20}/{30,20,20}
        // = 80/70 is best; {30,30,30}/{20,20,20} = 90/60 is worse. The highest load is 80 of 480 minutes.
        let property = Fixture.property(floors: 1, roomsPerFloor: 6, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let statuses = ["101", "102", "103"].map { Fixture.departure($0) } + ["104", "105", "106"].map { Fixture.stayover($0) }
        let day = Fixture.day(for: property, statuses)
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let loads = sheet.attendants.map(\.loadMinutes).sorted()
        #expect(loads == [70, 80])
        #expect(abs(sheet.summary.highestLoadRatio - 80.0 / 480) < 1e-9)
        // Departures mixed fairly: nobody gets all three.
        #expect(sheet.attendants.allSatisfy { $0.departureCount <= 2 })
    }

    @Test func travelBetweenFloorsCountsInTheModelAsOnTheSheet() throws {
        // Floor 1: a linen change (25). Floor 2: two stayovers (20) and two linen changes (25). Hand optimum,
        // with 5 minutes per floor change: A = 20 + 20 + 25 on floor 2 (65), B = 25 + 25 over both floors + 5
        // (55); the highest load is 65. A model that let an attendant change floors for free would split
        // 20 + 20 + 25 / 25 + 25 and report 70 with the travel.
        let property = Fixture.property(floors: 2, roomsPerFloor: 4, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let statuses = [Fixture.stayover("101", linen: .requested), Fixture.stayover("201"), Fixture.stayover("202"),
                        Fixture.stayover("203", linen: .requested), Fixture.stayover("204", linen: .requested)]
        let day = Fixture.day(for: property, statuses)
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        #expect(sheet.summary.solver.termination == "optimal")
        #expect(sheet.attendants.map(\.loadMinutes).sorted() == [55, 65])
    }

    @Test func slowerAttendantsGetFewerRooms() throws {
        // Six departures; A2 works at half speed. A1 takes 4 (120 min), A2 takes 2 (2 × 60 = 120 min).
        let property = Fixture.property(floors: 1, roomsPerFloor: 6,
                                        staff: [Fixture.attendant("A1"), Fixture.attendant("A2", efficiency: 0.5)])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        #expect(sheet.sheet("A1")?.roomCount == 4)
        #expect(sheet.sheet("A2")?.roomCount == 2)
        #expect(sheet.sheet("A2")?.loadMinutes == 120)
    }

    @Test func suitesGoOnlyToAttendantsWithTheSkill() throws {
        let property = Fixture.property(floors: 1, roomsPerFloor: 4, suites: ["150", "151"],
                                        staff: [Fixture.attendant("A1"), Fixture.attendant("A2", skills: [.suites])])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let suites = sheet.scheduledTasks.filter { $0.item.task.roomTypeID == "SUI" }
        #expect(suites.count == 2)
        #expect(suites.allSatisfy { $0.staffID == "A2" })
    }

    @Test func aSuiteWithNobodySkilledIsExplainedNotACrash() throws {
        let property = Fixture.property(floors: 1, roomsPerFloor: 2, suites: ["150"], staff: [Fixture.attendant("A1")])
        let day = Fixture.day(for: property, property.rooms.map { Fixture.departure($0.number) })
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let undone = sheet.summary.undoneMandatory
        #expect(undone.map(\.task.id) == ["150/departureClean"])
        #expect(undone.first?.reason == .noQualifiedAttendant)
        #expect(undone.first?.explanation.contains("suites") == true)
        #expect(sheet.summary.missingMinutes == 50)
        // One more attendant (with every skill of the team) would not help: nobody on the team has it.
        #expect(sheet.summary.oneMoreAttendant?.tasksNoLongerUndone == 0)
    }

    @Test func overCapacityLeavesStayoversBeforeDeparturesAndCountsTheMissingMinutes() throws {
        // One attendant on a 60-minute shift; a departure with an arrival (30), a departure (30), two
        // stayovers (20 each). Both departures fit exactly; the two stayovers (40 minutes) are left.
        let shift = ShiftType(id: "S", name: "Short", start: TimeOfDay(hour: 9)!, end: TimeOfDay(hour: 10)!)
        let property = Fixture.property(floors: 1, roomsPerFloor: 4, staff: [Fixture.attendant("A1")], shifts: [shift])
        let statuses = [Fixture.departure("101", arrival: TimeOfDay(hour: 12)!), Fixture.departure("102"),
                        Fixture.stayover("103"), Fixture.stayover("104")]
        let day = Fixture.day(statuses, onDuty: ["A1"], shift: "S")
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        #expect(Set(sheet.tasks(of: "A1").map(\.task.id)) == ["101/departureClean", "102/departureClean"])
        #expect(sheet.summary.undoneMandatory.map(\.task.id) == ["103/stayoverService", "104/stayoverService"])
        #expect(sheet.summary.undoneMandatory.allSatisfy { $0.reason == .capacity })
        #expect(sheet.summary.missingMinutes == 40)
        let extra = try #require(sheet.summary.oneMoreAttendant)
        #expect(extra.tasksNoLongerUndone == 2)
        #expect(extra.undoneMandatoryTasks == 0)
    }

    @Test func roomCapsAreHard() throws {
        let caps = AttendantCaps(rooms: 2, departures: 1)
        let property = Fixture.property(floors: 1, roomsPerFloor: 4, staff: [Fixture.attendant("A1")],
                                        standards: Fixture.standards(caps: caps))
        let statuses = [Fixture.departure("101"), Fixture.departure("102"), Fixture.stayover("103"), Fixture.stayover("104")]
        let day = Fixture.day(statuses)
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let mine = try #require(sheet.sheet("A1"))
        #expect(mine.roomCount == 2)
        #expect(mine.departureCount == 1)
        // The departure is kept over a second stayover (it weighs more); one departure and one stayover undone.
        #expect(sheet.summary.undoneMandatory.count == 2)
    }

    @Test func theOrderPutsReadyByRoomsFirstWaitsForCheckoutAndLeavesDoNotDisturbLast() throws {
        var late = Fixture.departure("103")
        late.departure = RoomStatus.Departure(expectedCheckout: TimeOfDay(hour: 11)!)
        let statuses = [Fixture.stayover("101", service: .doNotDisturb), Fixture.stayover("102"), late,
                        Fixture.departure("104", arrival: TimeOfDay(hour: 10)!)]
        let property = Fixture.property(floors: 1, roomsPerFloor: 4, staff: [Fixture.attendant("A1")])
        let day = Fixture.day(statuses)
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let order = sheet.tasks(of: "A1")
        #expect(order.map { $0.task.roomNumber! } == ["104", "102", "103", "101"])
        #expect(order[0].start == TimeOfDay(hour: 8)!)
        #expect(order[1].start == TimeOfDay(hour: 9)!)  // stayovers from 09:00
        #expect(order[2].start == TimeOfDay(hour: 11)!)  // after the checkout
        #expect(order[2].flags.contains(.waitsForCheckout))
        #expect(order[3].flags.contains(.retryIfDoNotDisturb))
        #expect(!order[0].flags.contains(.missesReadyBy))
    }

    @Test func aMissedReadyByIsFlagged() throws {
        // Checkout at 07:00, arrival at 08:10, shift from 08:00, 30 minutes: finishes 08:30, too late.
        let property = Fixture.property(floors: 1, roomsPerFloor: 1, staff: [Fixture.attendant("A1")])
        let day = Fixture.day([Fixture.departure("101", arrival: TimeOfDay(hour: 8, minute: 10)!)])
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        // Nobody can make 08:10, so it is reported, not scheduled.
        #expect(sheet.summary.undoneMandatory.first?.reason == .noAttendantInTime)
        let laterDay = Fixture.day([Fixture.departure("101", arrival: TimeOfDay(hour: 8, minute: 40)!),
                                    Fixture.departure("102", arrival: TimeOfDay(hour: 8, minute: 40)!)])
        let twoRooms = Fixture.property(floors: 1, roomsPerFloor: 2, staff: [Fixture.attendant("A1")])
        let second = try Fixture.plan(twoRooms, laterDay)
        expectSound(second, twoRooms, laterDay)
        #expect(second.tasks(of: "A1").map { $0.flags.contains(.missesReadyBy) } == [false, true])
    }

    @Test func deepCleansFillSpareCapacityOnly() throws {
        var due = Fixture.idle("102")
        due.lastDeepClean = Fixture.date.adding(days: -200)
        let property = Fixture.property(floors: 1, roomsPerFloor: 2, staff: [Fixture.attendant("A1", skills: [.deepCleaning])])
        let day = Fixture.day([Fixture.departure("101"), due])
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        #expect(Set(sheet.tasks(of: "A1").map(\.task.id)) == ["101/departureClean", "102/deepClean"])
        // Without spare capacity (a 100-minute shift: 30 + 90 do not fit), the deep clean is left, the departure done.
        let short = ShiftType(id: "S", name: "Short", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 9, minute: 40)!)
        let tight = Fixture.property(floors: 1, roomsPerFloor: 2, staff: [Fixture.attendant("A1", skills: [.deepCleaning])], shifts: [short])
        let tightDay = Fixture.day([Fixture.departure("101"), due], onDuty: ["A1"], shift: "S")
        let tightSheet = try Fixture.plan(tight, tightDay)
        expectSound(tightSheet, tight, tightDay)
        #expect(tightSheet.tasks(of: "A1").map(\.task.id) == ["101/departureClean"])
        #expect(tightSheet.summary.undone.map(\.reason) == [.optionalNoSpareCapacity])
        #expect(tightSheet.summary.undoneMandatory.isEmpty)
        #expect(tightSheet.summary.missingMinutes == 0)
    }

    @Test func inspectionsCoverDeparturesWithArrivalsAndVIPsBalancedBetweenLeads() throws {
        let staff = [Fixture.attendant("A1"), Fixture.attendant("A2"), Fixture.lead("L1"), Fixture.lead("L2")]
        let property = Fixture.property(floors: 2, roomsPerFloor: 4, staff: staff)
        let statuses = ["101", "102", "201"].map { Fixture.departure($0, arrival: TimeOfDay(hour: 15)!) }
            + [Fixture.departure("103", vip: 2), Fixture.departure("202"), Fixture.stayover("203")]
        let day = Fixture.day(for: property, statuses)
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let inspected = sheet.leads.flatMap(\.inspections)
        #expect(Set(inspected.map(\.roomNumber)) == ["101", "102", "201", "103"])
        #expect(inspected.filter { $0.reason == .vip }.map(\.roomNumber) == ["103"])
        let counts = sheet.leads.map(\.inspections.count)
        #expect(counts.max()! - counts.min()! <= 1)
    }

    @Test func cartsAndStoreroomsAddUpAndShortStockIsWarned() throws {
        let supplies = SupplyCatalogue(
            items: [SupplyItem(id: "SHEET", name: "Sheet set", unit: "set", kind: .linen),
                    SupplyItem(id: "SOAP", name: "Soap", unit: "bar", kind: .consumable)],
            uses: [SupplyUse(itemID: "SHEET", task: .departureClean, roomTypeID: "STD", quantity: 1),
                   SupplyUse(itemID: "SOAP", task: .departureClean, roomTypeID: "STD", quantity: 2),
                   SupplyUse(itemID: "SOAP", task: .stayoverService, roomTypeID: "STD", quantity: 1)],
            storerooms: [Storeroom(id: "S1", name: "Floor 1")],
            stock: [StockLevel(storeroomID: "S1", itemID: "SHEET", parLevel: 10, onHand: 1),
                    StockLevel(storeroomID: "S1", itemID: "SOAP", parLevel: 10, onHand: 10)])
        let property = Fixture.property(floors: 1, roomsPerFloor: 3, staff: [Fixture.attendant("A1")], supplies: supplies)
        let day = Fixture.day([Fixture.departure("101"), Fixture.departure("102"), Fixture.stayover("103")])
        let sheet = try Fixture.plan(property, day)
        expectSound(sheet, property, day)
        let cart = try #require(sheet.sheet("A1")).cart.items
        #expect(cart.map(\.itemID) == ["SHEET", "SOAP"])  // linen before consumables
        #expect(cart.map(\.quantity) == [2, 5])
        #expect(sheet.storeroomIssues.map(\.storeroomID) == ["S1"])
        #expect(sheet.storeroomIssues.first?.items.map(\.quantity) == [2, 5])
        #expect(sheet.stockWarnings.map(\.itemID) == ["SHEET"])
        #expect(sheet.stockWarnings.first?.short == 1)
    }

    @Test func theRuleCheckerCatchesABrokenSheet() throws {
        let property = Fixture.property(floors: 1, roomsPerFloor: 3, staff: [Fixture.attendant("A1"), Fixture.attendant("A2")])
        let day = Fixture.day([Fixture.departure("101"), Fixture.departure("102"), Fixture.stayover("103")])
        var sheet = try Fixture.plan(property, day)
        #expect(sheet.ruleViolations(property: property, day: day).isEmpty)
        // Give one of A1's tasks to A2 as well: a duplicate, and A2's minutes no longer add up.
        let a1 = try #require(sheet.attendants.firstIndex { !$0.tasks.isEmpty })
        let a2 = a1 == 0 ? 1 : 0
        sheet.attendants[a2].tasks.append(sheet.attendants[a1].tasks[0])
        let problems = sheet.ruleViolations(property: property, day: day)
        #expect(problems.contains { $0.contains("appears 2 times") })
        #expect(problems.contains { $0.contains("work minutes") })
    }

    @Test func theSameInputGivesTheSameSheet() throws {
        // Solved to optimality (a time limit that cuts the search could end at different points).
        let staff = [Fixture.attendant("A1"), Fixture.attendant("A2"), Fixture.attendant("A3", efficiency: 0.8), Fixture.lead("L1")]
        let property = Fixture.property(floors: 2, roomsPerFloor: 5, staff: staff)
        let statuses = ["101", "103", "202"].map { Fixture.departure($0, arrival: TimeOfDay(hour: 14)!) }
            + ["102", "201"].map { Fixture.departure($0) } + ["104", "105", "203", "204"].map { Fixture.stayover($0, nights: 3) }
        let day = Fixture.day(for: property, statuses)
        func encoded() throws -> Data {
            var sheet = try Fixture.plan(property, day, seconds: 20)
            #expect(sheet.summary.solver.termination == "optimal")
            sheet.summary.solver.solveSeconds = 0
            sheet.summary.solver.planSeconds = 0
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try encoder.encode(sheet)
        }
        let first = try encoded()
        #expect(first == (try encoded()))
        #expect(first.count > 1_000)
    }

    @Test func theSampleHotelPlanKeepsEveryRuleAndBeatsTheBaseline() throws {
        let sample = SampleHotel()
        let sheet = try WorkSheetPlanner(property: sample.property, day: sample.day,
                                         options: WorkSheetOptions(timeLimitSeconds: 2, relativeGap: 0.01)).plan()
        expectSound(sheet, sample.property, sample.day)
        #expect(sheet.summary.quality.highestLoadOverFairShare < sheet.summary.baseline.highestLoadOverFairShare)
        #expect(sheet.summary.quality.attendantsOverCapacity == 0)
        #expect(sheet.leads.allSatisfy { !$0.inspections.isEmpty })
    }

    @Test func aGeneratedHotelStaysWithinTheFairnessBandOnFewerFloorsThanTheGreedyPlan() throws {
        // 300 rooms on 12 floors, 18 room attendants on duty, a third of them allowed suites. Without GLPK (so
        // the plan does not depend on the machine): the greedy plan alone had 2.28 floors per attendant; the
        // floor-block plan must keep every rule, stay within the 4 % band and work fewer floors.
        let hotel = SampleHotel(SampleHotelOptions(rooms: 300, floors: 12, attendants: 20, seed: 1))
        let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day,
                                         options: WorkSheetOptions(greedyOnly: true)).plan()
        expectSound(sheet, hotel.property, hotel.day)
        #expect(sheet.summary.undone.filter { $0.task.isMandatory }.isEmpty)
        #expect(sheet.summary.quality.highestLoadOverFairShare <= 1.05)
        #expect(sheet.summary.quality.floorsPerAttendantMean < 2)
    }

    @Test func aPlanIsNeverLessFairThanTheBandAllows() throws {
        // With the default 4 % the busiest attendant may carry up to 4 % more than an even day to save floors,
        // never more: the plan's highest load ratio (mandatory work + travel ÷ paid minutes) stays within the band,
        // so the objective has nothing over it. With no tolerance the fairest plan wins: its highest load is no
        // higher than the 4 % plan's. Both statements hold whatever the machine's speed (the greedy start is
        // already within the 4 % band, and no plan above it beats it). The busiest's load ÷ fair share, which
        // counts everybody's travel and deep cleans in the fair share, is checked with 2 % for those only where
        // the band allows slack (with no tolerance it moved between 1.013 and 1.022 from run to run).
        let hotel = SampleHotel(SampleHotelOptions(rooms: 120, floors: 6, attendants: 10, seed: 1))
        func plan(_ tolerance: Double, greedyOnly: Bool = false) throws -> WorkSheet {
            let options = WorkSheetOptions(timeLimitSeconds: 1, relativeGap: 0.01, evaluateExtraAttendant: false,
                                           greedyOnly: greedyOnly, fairnessTolerance: tolerance)
            let sheet = try WorkSheetPlanner(property: hotel.property, day: hotel.day, options: options).plan()
            expectSound(sheet, hotel.property, hotel.day)
            return sheet
        }
        let start = try #require(try plan(0.04, greedyOnly: true).summary.solver.planTerms)
        #expect(start.overBand == 0)
        let banded = try plan(0.04)
        let bandedTerms = try #require(banded.summary.solver.planTerms)
        #expect(bandedTerms.overBand == 0)
        #expect(banded.summary.quality.highestLoadOverFairShare <= 1.04 + 0.02)
        let fairest = try #require(try plan(0).summary.solver.planTerms)
        #expect(fairest.overBand > 0)
        #expect(fairest.highestLoad <= bandedTerms.highestLoad + 1e-9)
    }

    @Test func aNegativeFairnessToleranceIsRejected() throws {
        let property = Fixture.property(floors: 1, roomsPerFloor: 1, staff: [Fixture.attendant("A1")])
        let day = Fixture.day([Fixture.departure("101")])
        #expect(throws: WorkSheetError.self) {
            try WorkSheetPlanner(property: property, day: day, options: WorkSheetOptions(fairnessTolerance: -0.1)).plan()
        }
    }

    @Test func withNoAttendantOnDutyTheSheetStillSaysWhatOneMoreWouldDo() throws {
        // Only the lead is on duty: all three departures are undone, and one attendant on the lead's shift
        // would do them all.
        let property = Fixture.property(floors: 1, roomsPerFloor: 3, staff: [Fixture.attendant("A1"), Fixture.lead("L1")])
        let day = Fixture.day(property.rooms.map { Fixture.departure($0.number) }, onDuty: ["L1"])
        let sheet = try Fixture.plan(property, day)
        #expect(sheet.summary.undoneMandatory.count == 3)
        let extra = try #require(sheet.summary.oneMoreAttendant)
        #expect(extra.shiftTypeID == "M" && extra.tasksNoLongerUndone == 3 && extra.undoneMandatoryTasks == 0)
    }

    @Test func unknownStaffOnDutyIsATypedError() throws {
        let property = Fixture.property(floors: 1, roomsPerFloor: 1, staff: [Fixture.attendant("A1")])
        let day = Fixture.day([Fixture.departure("101")], onDuty: ["NOBODY"])
        #expect(throws: WorkSheetError.unknownStaff("NOBODY")) { try Fixture.plan(property, day) }
    }
}

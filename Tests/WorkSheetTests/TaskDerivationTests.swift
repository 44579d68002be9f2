import Testing
@testable import Housekeeping

@Suite("Tasks from the day's status")
struct TaskDerivationTests {
    let property = Fixture.property(floors: 1, roomsPerFloor: 12, staff: [Fixture.attendant("A1")])

    func tasks(_ statuses: [RoomStatus]) throws -> [String: HousekeepingTask] {
        let day = Fixture.day(for: property, statuses)
        let context = try PlanningContext(property: property, day: day)
        var byRoom: [String: HousekeepingTask] = [:]
        for task in TaskDerivation(context: context).derive().tasks { byRoom[task.id] = task }
        return byRoom
    }

    @Test func departureWithArrivalIsReadyByTheArrivalAndNotBeforeCheckout() throws {
        var late = Fixture.departure("102")
        late.departure = RoomStatus.Departure(expectedCheckout: TimeOfDay(hour: 10, minute: 30)!)
        var noTimes = Fixture.departure("103", arrival: nil)
        noTimes.departure = RoomStatus.Departure()
        noTimes.arrival = RoomStatus.Arrival(expectedAt: nil, earlyCheckIn: true)
        let found = try tasks([Fixture.departure("101", arrival: TimeOfDay(hour: 13)!), late, noTimes])
        let first = try #require(found["101/departureClean"])
        #expect(first.readyBy == TimeOfDay(hour: 13)!)
        #expect(first.earliestStart == TimeOfDay(hour: 7)!)
        #expect(first.priority == .readyBy)
        #expect(first.has(.arrivalToday) && first.has(.checkedOut))
        let second = try #require(found["102/departureClean"])
        #expect(second.earliestStart == TimeOfDay(hour: 10, minute: 30)!)
        #expect(second.readyBy == nil)
        #expect(second.priority == .normal)
        let third = try #require(found["103/departureClean"])
        #expect(third.earliestStart == TimeOfDay(hour: 11)!)  // the default checkout
        #expect(third.readyBy == TimeOfDay(hour: 15)!)         // the default ready-by
        #expect(third.has(.earlyCheckIn))
    }

    @Test func stayoverLinenFollowsTheCycleTheRequestAndTheOptOut() throws {
        let found = try tasks([
            Fixture.stayover("101", nights: 1), Fixture.stayover("102", nights: 3), Fixture.stayover("103", nights: 6, linen: .optedOut),
            Fixture.stayover("104", nights: 2, linen: .requested), Fixture.stayover("105", service: .noService),
            Fixture.stayover("106", service: .doNotDisturb), Fixture.stayover("107", service: .makeUpRoomRequested),
        ])
        #expect(found["101/stayoverService"] != nil)
        #expect(found["102/stayoverLinenChange"] != nil)
        #expect(found["103/stayoverService"]?.has(.linenOptedOut) == true)
        #expect(found["104/stayoverLinenChange"] != nil)
        #expect(found.keys.contains { $0.hasPrefix("105/") } == false)
        let dnd = try #require(found["106/stayoverService"])
        #expect(dnd.priority == .doNotDisturb && dnd.has(.retry))
        let rush = try #require(found["107/stayoverService"])
        #expect(rush.priority == .readyBy && rush.has(.rush) && rush.earliestStart == nil)
        #expect(found["101/stayoverService"]?.earliestStart == TimeOfDay(hour: 9)!)
        #expect(found["101/stayoverService"]?.standardMinutes == 20)
    }

    @Test func blockedRoomsAreSkippedAndVacantRoomsGetTouchUpsPickupsAndCleans() throws {
        var ooo = Fixture.departure("101"); ooo.availability = .outOfOrder
        var oos = Fixture.stayover("102"); oos.availability = .outOfService
        var touch = Fixture.idle("103"); touch.cleanliness = .clean; touch.arrival = RoomStatus.Arrival(expectedAt: TimeOfDay(hour: 14)!)
        var inspected = Fixture.idle("104"); inspected.arrival = RoomStatus.Arrival(expectedAt: TimeOfDay(hour: 14)!)
        var pickup = Fixture.idle("105"); pickup.cleanliness = .pickup
        var dirty = Fixture.idle("106"); dirty.cleanliness = .dirty
        let found = try tasks([ooo, oos, touch, inspected, pickup, dirty])
        #expect(!found.keys.contains { $0.hasPrefix("101/") || $0.hasPrefix("102/") || $0.hasPrefix("104/") })
        #expect(found["103/vacantTouchUp"]?.readyBy == TimeOfDay(hour: 14)!)
        #expect(found["105/pickup"] != nil)
        #expect(found["106/departureClean"]?.earliestStart == nil)
    }

    @Test func deepCleansAreOptionalMostOverdueFirstAndCappedPerDay() throws {
        var statuses: [RoomStatus] = []
        for (index, daysAgo) in [100, 200, 95, 300, 50, 120].enumerated() {
            var status = Fixture.idle("10\(index + 1)")
            status.lastDeepClean = Fixture.date.adding(days: -daysAgo)
            statuses.append(status)
        }
        let found = try tasks(statuses)
        let deep = found.values.filter { $0.kind == .deepClean }.map(\.roomNumber!).sorted()
        #expect(Set(deep) == ["104", "102", "106", "101"])  // 300, 200, 120, 100 days; the cap is 4
        #expect(found.values.filter { $0.kind == .deepClean }.allSatisfy { !$0.isMandatory && $0.requiredSkills == [.deepCleaning] })
    }

    @Test func suitesNeedTheSuiteSkill() throws {
        let suiteProperty = Fixture.property(floors: 1, roomsPerFloor: 1, suites: ["150"], staff: [Fixture.attendant("A1")])
        let day = Fixture.day(for: suiteProperty, [Fixture.departure("150")])
        let context = try PlanningContext(property: suiteProperty, day: day)
        let task = try #require(TaskDerivation(context: context).derive().tasks.first { $0.roomNumber == "150" })
        #expect(task.requiredSkills == [.suites])
        #expect(task.standardMinutes == 50)
        #expect(task.minutes(atEfficiency: 0.5) == 100)
    }
}

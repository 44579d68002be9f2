import Testing
import Housekeeping
import HousekeepingIO

/// A 100-room property with one room type and round numbers, so the demand can be computed by hand.
private func handProperty(roomTypes: [(String, Int, Double)] = [("STD", 100, 30)]) -> Property {
    var rooms: [Room] = []
    var types: [RoomType] = []
    var tasks: [TaskStandard] = []
    for (id, count, departureMinutes) in roomTypes {
        types.append(RoomType(id: id, name: id, beds: 1, maximumGuests: 2, areaSquareMetres: 25))
        for index in 0..<count { rooms.append(Room(number: "\(id)\(index)", floorID: "1", roomTypeID: id)) }
        tasks += [
            TaskStandard(task: .departureClean, roomTypeID: id, minutes: departureMinutes, credits: 3),
            TaskStandard(task: .stayoverService, roomTypeID: id, minutes: 20, credits: 2),
            TaskStandard(task: .stayoverLinenChange, roomTypeID: id, minutes: 30, credits: 2),
            TaskStandard(task: .turndown, roomTypeID: id, minutes: 10, credits: 1),
        ]
    }
    let standards = Standards(
        tasks: tasks, travelMinutesPerFloorChange: 5,
        publicAreaPosts: [PublicAreaPost(id: "LOBBY", place: "Lobby", minutes: 60, times: [TimeOfDay(hour: 9)!, TimeOfDay(hour: 14)!])],
        linenChangeEveryNights: 2)
    let shifts = [
        ShiftType(id: "M", name: "Morning", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16, minute: 30)!, unpaidBreakMinutes: 30),
        ShiftType(id: "E", name: "Evening", start: TimeOfDay(hour: 18)!, end: TimeOfDay(hour: 24)!),
    ]
    return Property(name: "Hand", timeZone: "UTC", buildings: [Building(id: "B", name: "B")],
                    floors: [Floor(id: "1", buildingID: "B", level: 1)], roomTypes: types, rooms: rooms, staff: [],
                    shiftTypes: shifts, standards: standards)
}

private let handPolicy = StaffingDemandPolicy(
    roomWork: [.init(shiftTypeID: "M", share: 1)], turndownShiftTypeID: "E", turndownShare: 0.5,
    allowanceMinutesPerShift: 30, floorChangesPerShift: 2, attendantsPerLead: 4, leadShiftTypeID: "M",
    publicAreaShiftTypeID: nil, minimumShare: 0.8)

@Suite("Staffing demand from the occupancy forecast")
struct StaffingDemandTests {
    @Test("30 departures and 50 stayovers give the hand-computed people per shift and role")
    func handComputedDay() throws {
        let date = CalendarDate(year: 2026, month: 12, day: 1)!
        let forecast = OccupancyForecast(days: [ForecastDay(date: date, departures: 30, stayovers: 50)])
        let demand = try StaffingDemand(forecast: forecast, property: handProperty(), policy: handPolicy)
        let day = try #require(demand.days.first)
        // 30 × 30 + 25 × 30 (linen change every 2nd night) + 25 × 20 = 900 + 750 + 500 = 2,150 minutes.
        #expect(abs(day.roomMinutes - 2150) < 1e-9)
        let lines = Dictionary(uniqueKeysWithValues: day.lines.map { ("\($0.shiftTypeID)/\($0.role.rawValue)", $0) })
        // Productive: 480 paid − 30 allowance − 2 × 5 travel = 440; 2,150 ÷ 440 = 4.89 → 5; × 0.8 = 3.91 → 4.
        let attendants = try #require(lines["M/roomAttendant"])
        #expect(attendants.productiveMinutesPerPerson == 440)
        #expect(attendants.preferred == 5 && attendants.minimum == 4)
        // Turndown: 80 occupied × 0.5 = 40 rooms × 10 = 400 min ÷ (360 − 40) = 1.25 → 2; × 0.8 = 1.0 → 1.
        let turndown = try #require(lines["E/roomAttendant"])
        #expect(turndown.workMinutes == 400 && turndown.preferred == 2 && turndown.minimum == 1)
        // Leads: 5 attendants ÷ 4 → 2, at least 1.
        let leads = try #require(lines["M/lead"])
        #expect(leads.preferred == 2 && leads.minimum == 1)
        // Lobby visits at 09:00 and 14:00 fall in M: 120 min ÷ 450 → 1.
        let lobby = try #require(lines["M/publicAreaCleaner"])
        #expect(lobby.workMinutes == 120 && lobby.preferred == 1 && lobby.minimum == 1)
        #expect(demand.requirements.count == 4)
        #expect(attendants.explanation.contains("2150 min ÷ 440"))
    }

    @Test("minutes per room are averaged over the property's room-type mix")
    func roomTypeMix() throws {
        // 75 rooms at 30 min and 25 suites at 50 min: a departure averages 35 minutes.
        let property = handProperty(roomTypes: [("STD", 75, 30), ("SUI", 25, 50)])
        let date = CalendarDate(year: 2026, month: 12, day: 1)!
        let demand = try StaffingDemand(forecast: OccupancyForecast(days: [ForecastDay(date: date, departures: 10, stayovers: 0)]),
                                        property: property, policy: handPolicy)
        let departure = try #require(demand.days[0].tasks.first { $0.task == .departureClean })
        #expect(abs(departure.minutesPerRoom - 35) < 1e-9)
        #expect(abs(demand.days[0].roomMinutes - 350) < 1e-9)
    }

    @Test("rounding up is done on the total, then shared by largest remainder")
    func roundingSharesByRemainder() {
        #expect(StaffingDemand.roundUpSharing([5.43, 1.36]) == [6, 1])
        #expect(StaffingDemand.roundUpSharing([5.2, 1.7]) == [5, 2])
        #expect(StaffingDemand.roundUpSharing([4.0, 2.0]) == [4, 2])
        #expect(StaffingDemand.roundUpSharing([0, 0]) == [0, 0])
    }

    @Test("an occupancy rate splits into departures and stayovers by the average stay")
    func occupancyConversion() {
        let day = ForecastDay(date: CalendarDate(year: 2026, month: 12, day: 1)!, occupancy: 0.85, roomCount: 120, averageStayNights: 2.5)
        #expect(day.departures == 41 && day.stayovers == 61)
    }

    @Test("a policy naming an unknown shift is rejected with the shift's name")
    func unknownShiftRejected() {
        var policy = handPolicy
        policy.turndownShiftTypeID = "NIGHT"
        #expect {
            try StaffingDemand(forecast: OccupancyForecast(days: []), property: handProperty(), policy: policy)
        } throws: { error in
            (error as? StaffingDemandError)?.problems.contains { $0.contains("'NIGHT'") } == true
        }
    }

    @Test("the sample forecast covers the month, follows the week and is the same for the same seed")
    func sampleForecast() {
        let month = RosterMonth(year: 2026, month: 12)!
        let forecast = OccupancyForecast.sample(month: month, roomCount: 120, seed: 7)
        #expect(forecast.days.count == 31)
        #expect(forecast.missingDates(in: month).isEmpty)
        #expect(forecast == OccupancyForecast.sample(month: month, roomCount: 120, seed: 7))
        #expect(forecast != OccupancyForecast.sample(month: month, roomCount: 120, seed: 8))
        #expect(forecast.days.allSatisfy { $0.occupiedRooms <= 120 && $0.departures >= 0 })
        // Sunday and Monday have the most departures on average.
        let byWeekday = Dictionary(grouping: forecast.days, by: \.date.weekday)
        func mean(_ weekday: Weekday) -> Double {
            let days = byWeekday[weekday]!
            return Double(days.map(\.departures).reduce(0, +)) / Double(days.count)
        }
        #expect(mean(.monday) > mean(.wednesday) && mean(.sunday) > mean(.thursday))
    }

    @Test("the forecast CSV reads rooms or occupancy and names the line of a bad field")
    func forecastCSV() throws {
        let text = "# December\r\ndate,departures,stayovers,occupancy\r\n2026-12-01,30,50,\r\n2026-12-02,,,85%\r\n"
        let forecast = try OccupancyForecastCSV.parse(text, file: "forecast.csv", roomCount: 120, averageStayNights: 2.5)
        #expect(forecast.days.map(\.departures) == [30, 41])
        #expect(forecast.days.map(\.stayovers) == [50, 61])
        #expect {
            try OccupancyForecastCSV.parse("date,departures,stayovers\n2026-12-01,thirty,50\n", file: "f.csv",
                                           roomCount: 120, averageStayNights: 2.5)
        } throws: { error in
            (error as? ForecastFileError)?.description == "f.csv line 2: departures 'thirty' is not a whole number of rooms ≥ 0"
        }
        let round = try OccupancyForecastCSV.parse(OccupancyForecastCSV.render(forecast), file: "r", roomCount: 120, averageStayNights: 2.5)
        #expect(round == forecast)
    }
}

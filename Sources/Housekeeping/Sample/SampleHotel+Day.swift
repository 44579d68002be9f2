extension SampleHotel {
    /// A morning at the given occupancy: about a third of occupied rooms depart, half of those with a same-day
    /// arrival; a few rooms out of order or service; DND, no-service and make-up requests; VIPs; rooms due a
    /// deep clean; every attendant, lead and public-area cleaner on duty but one attendant in nine off.
    static func makeDay(for property: Property, _ options: SampleHotelOptions, random: inout SeededGenerator) -> DayStatus {
        var statuses: [RoomStatus] = []
        for room in property.rooms {
            var status = RoomStatus(roomNumber: room.number)
            status.lastDeepClean = options.date.adding(days: -Int.random(in: 10...130, using: &random))
            if random.chance(0.02) {
                status.availability = .outOfOrder
                status.cleanliness = .dirty
                status.note = "Bathroom leak, maintenance ticket open"
                statuses.append(status)
                continue
            }
            if random.chance(0.01) { status.availability = .outOfService }
            if random.chance(options.occupancy) {
                status.frontOffice = .occupied
                status.cleanliness = .dirty
                status.guestCount = Int.random(in: 1...2, using: &random)
                if random.chance(0.32) {
                    let checkout = TimeOfDay(minutesAfterMidnight: Int.random(in: 14...24, using: &random) * 30)!
                    status.departure = RoomStatus.Departure(
                        expectedCheckout: checkout,
                        checkedOutAt: random.chance(0.3) ? TimeOfDay(minutesAfterMidnight: checkout.minutesAfterMidnight - 30) : nil)
                    if random.chance(0.5) { status.arrival = arrival(random: &random) }
                } else {
                    status.stayoverNights = Int.random(in: 1...16, using: &random)
                    switch Double.random(in: 0..<1, using: &random) {
                    case ..<0.05: status.service = .doNotDisturb
                    case ..<0.08: status.service = .noService
                    case ..<0.11: status.service = .makeUpRoomRequested
                    default: break
                    }
                    switch Double.random(in: 0..<1, using: &random) {
                    case ..<0.15: status.linen = .optedOut
                    case ..<0.20: status.linen = .requested
                    default: break
                    }
                }
            } else {
                switch Double.random(in: 0..<1, using: &random) {
                case ..<0.08: status.cleanliness = .dirty
                case ..<0.14: status.cleanliness = .pickup
                case ..<0.5: status.cleanliness = .inspected
                default: status.cleanliness = .clean
                }
                if status.availability == .available, random.chance(0.4) {
                    status.arrival = arrival(random: &random)
                    status.guestCount = Int.random(in: 1...2, using: &random)
                }
            }
            if status.frontOffice == .occupied || status.arrival != nil, random.chance(0.05) {
                status.vipLevel = Int.random(in: 1...3, using: &random)
            }
            statuses.append(status)
        }
        return DayStatus(date: options.date, rooms: statuses, onDuty: onDuty(property))
    }

    private static func arrival(random: inout SeededGenerator) -> RoomStatus.Arrival {
        let early = random.chance(0.1)
        let minutes = early ? Int.random(in: 20...22, using: &random) * 30 : Int.random(in: 26...40, using: &random) * 30
        return RoomStatus.Arrival(expectedAt: TimeOfDay(minutesAfterMidnight: minutes), earlyCheckIn: early)
    }

    /// Everyone but the manager works the morning shift; one attendant in nine has a day off and one in
    /// seven works the day shift.
    private static func onDuty(_ property: Property) -> [DutyAssignment] {
        var duty: [DutyAssignment] = []
        for (index, member) in property.staff.enumerated() where !member.has(.manager) {
            if member.has(.roomAttendant), index % 9 == 4 { continue }
            let shift = member.has(.roomAttendant) && index % 7 == 6 ? "D" : "M"
            duty.append(DutyAssignment(staffID: member.id, shiftTypeID: shift))
        }
        return duty
    }
}

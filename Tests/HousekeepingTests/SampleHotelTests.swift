import Testing
@testable import Housekeeping

@Suite("The built-in sample hotel")
struct SampleHotelTests {
    @Test("the default hotel has 120 rooms on 6 floors, every link resolving")
    func defaultHotelIsConsistent() {
        let hotel = SampleHotel()
        let property = hotel.property
        #expect(property.rooms.count == 120)
        #expect(property.floors.count == 6)
        #expect(Set(property.rooms.map(\.number)).count == 120)
        let floorIDs = Set(property.floors.map(\.id))
        let typeIDs = Set(property.roomTypes.map(\.id))
        #expect(property.rooms.allSatisfy { floorIDs.contains($0.floorID) && typeIDs.contains($0.roomTypeID) })
        #expect(property.roomTypes.contains { $0.isSuite })
        #expect(property.rooms.contains { property.roomType($0.roomTypeID)!.isSuite })
        for type in property.roomTypes {
            for task in [TaskKind.departureClean, .stayoverService, .deepClean] {
                #expect(property.standards.standard(for: task, roomTypeID: type.id) != nil)
            }
        }
        #expect(hotel.day.rooms.map(\.roomNumber) == property.rooms.map(\.number))
        let staffIDs = Set(property.staff.map(\.id))
        let shiftIDs = Set(property.shiftTypes.map(\.id))
        #expect(hotel.day.onDuty.allSatisfy { staffIDs.contains($0.staffID) && shiftIDs.contains($0.shiftTypeID) })
        let attendantsOnDuty = hotel.day.onDuty.compactMap { property.staffMember($0.staffID) }.filter { $0.has(.roomAttendant) }
        #expect((9...12).contains(attendantsOnDuty.count))
        #expect(attendantsOnDuty.contains { $0.skills.contains(.suites) })
        #expect(hotel.day.onDuty.contains { property.staffMember($0.staffID)!.has(.lead) })
    }

    @Test("the default day is about 85 % occupied with departures, stayovers, arrivals, OOO, DND and VIPs")
    func defaultDayLooksLikeAHotelMorning() {
        let rooms = SampleHotel().day.rooms
        let occupied = rooms.filter { $0.frontOffice == .occupied }.count
        #expect((85...112).contains(occupied), "occupied rooms: \(occupied)")
        #expect(rooms.contains { $0.departure != nil && $0.arrival != nil })
        #expect(rooms.contains { $0.stayoverNights != nil })
        #expect(rooms.contains { $0.availability == .outOfOrder })
        #expect(rooms.contains { $0.service == .doNotDisturb })
        #expect(rooms.contains { $0.vipLevel > 0 })
        #expect(rooms.allSatisfy { !($0.departure != nil && $0.stayoverNights != nil) })
    }

    @Test("the same options give the same hotel; another seed gives another day")
    func generationIsDeterministic() {
        #expect(SampleHotel(SampleHotelOptions(seed: 7)) == SampleHotel(SampleHotelOptions(seed: 7)))
        #expect(SampleHotel(SampleHotelOptions(seed: 7)).day != SampleHotel(SampleHotelOptions(seed: 8)).day)
    }

    @Test("options size the hotel up, and a resort has several buildings")
    func largerHotels() {
        let large = SampleHotel(SampleHotelOptions(rooms: 1000, floors: 25, attendants: 60))
        #expect(large.property.rooms.count == 1000)
        #expect(large.property.floors.count == 25)
        #expect(large.property.staff.filter { $0.has(.roomAttendant) }.count == 60)
        #expect(Set(large.property.rooms.map(\.number)).count == 1000)
        let resort = SampleHotel(SampleHotelOptions(rooms: 300, floors: 3, buildings: 4, attendants: 20))
        #expect(resort.property.buildings.count == 4)
        #expect(Set(resort.property.rooms.map(\.number)).count == 300)
        #expect(Set(resort.property.floors.map(\.buildingID)).count == 4)
    }

    @Test("out-of-range options are reported")
    func problemsAreReported() {
        #expect(SampleHotelOptions(rooms: 3, floors: 6).problems.count == 1)
        #expect(SampleHotelOptions(attendants: 0, occupancy: 1.5).problems.count == 2)
        #expect(SampleHotelOptions().problems.isEmpty)
    }
}

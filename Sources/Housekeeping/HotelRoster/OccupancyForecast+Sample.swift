extension OccupancyForecast {
    /// A generated forecast for a month: a city hotel's weekly pattern (busy Monday to Thursday nights with
    /// business guests, quieter weekend nights, the quietest on Sunday, many departures on Sunday and Monday), a lift over the year-end holidays, and
    /// seeded day-to-day noise of a few points. The same arguments give the same forecast.
    ///
    /// ```swift
    /// let forecast = OccupancyForecast.sample(month: RosterMonth(year: 2026, month: 12)!, roomCount: 120, seed: 1)
    /// ```
    public static func sample(month: RosterMonth, roomCount: Int, seed: UInt64 = 1) -> OccupancyForecast {
        // Occupancy of the night before and the share of those rooms departing, Monday first.
        let occupancy: [Weekday: Double] = [
            .monday: 0.70, .tuesday: 0.85, .wednesday: 0.88, .thursday: 0.88, .friday: 0.86,
            .saturday: 0.78, .sunday: 0.76,
        ]
        let departing: [Weekday: Double] = [
            .monday: 0.46, .tuesday: 0.32, .wednesday: 0.30, .thursday: 0.30, .friday: 0.33,
            .saturday: 0.30, .sunday: 0.44,
        ]
        var random = SeededGenerator(seed: seed &+ 0x5EED_F0CA)
        var days: [ForecastDay] = []
        for date in month.dates {
            var rate = occupancy[date.weekday]! + Double.random(in: -0.04...0.04, using: &random)
            if date.month == 12, date.day >= 24 { rate += 0.05 }
            if date.month == 1, date.day == 1 { rate += 0.03 }
            rate = min(1, max(0.2, rate))
            let occupied = Int((rate * Double(roomCount)).rounded())
            let share = departing[date.weekday]! + Double.random(in: -0.03...0.03, using: &random)
            let departures = min(occupied, Int((Double(occupied) * share).rounded()))
            days.append(ForecastDay(date: date, departures: departures, stayovers: occupied - departures))
        }
        return OccupancyForecast(days: days)
    }
}

import Housekeeping

/// The files a hotel's month adds to its folder, by name: `forecast.csv`, `roster-requests.csv` (leave,
/// requests and the end of the previous month) and `demand-policy.json`. With the property file, `housekeeping
/// roster --input DIR --month M` reads the same month back.
public enum HotelMonthFiles {
    public static func files(_ month: HotelMonth) throws -> [(name: String, text: String)] {
        [
            ("forecast.csv", OccupancyForecastCSV.render(month.forecast)),
            ("roster-requests.csv", RosterRequestsCSV.render(leave: month.leave, requests: month.requests,
                                                             previousDays: month.previousDays, month: month.month)),
            ("demand-policy.json", try DemandPolicyFile.write(month.policy)),
        ]
    }
}

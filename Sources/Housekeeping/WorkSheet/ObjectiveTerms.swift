/// The work-sheet objective (see ``WorkSheetPlanner``) split into its terms, in objective points: for the chosen
/// plan, and for the bound worked out without the solver, so that a gap can be traced to the terms it comes from.
public struct ObjectiveTerms: Hashable, Sendable, Codable {
    /// 10,000 × severity per mandatory task left undone.
    public var undone: Double
    /// 1,000 × how far the highest load ratio is above the fairness band.
    public var overBand: Double
    /// 100 × the highest load ratio ((mandatory work + travel) ÷ paid minutes of a room attendant).
    public var highestLoad: Double
    /// 2 per departure over a room attendant's allowance (the bound counts 0).
    public var departuresOverAllowance: Double
    /// 5 per optional deep clean left undone (the bound counts 0).
    public var deepCleansLeft: Double
    /// 1 per attendant × floor pair.
    public var floorPairs: Double
    /// 0.25 per attendant × floor pair off the attendant's home or yesterday's floors.
    public var offHomeFloors: Double
    /// 3 per attendant × building, with more than one building.
    public var buildings: Double

    public init(undone: Double = 0, overBand: Double = 0, highestLoad: Double = 0, departuresOverAllowance: Double = 0,
                deepCleansLeft: Double = 0, floorPairs: Double = 0, offHomeFloors: Double = 0, buildings: Double = 0) {
        self.undone = undone
        self.overBand = overBand
        self.highestLoad = highestLoad
        self.departuresOverAllowance = departuresOverAllowance
        self.deepCleansLeft = deepCleansLeft
        self.floorPairs = floorPairs
        self.offHomeFloors = offHomeFloors
        self.buildings = buildings
    }

    /// The objective: the sum of the terms.
    public var total: Double {
        undone + overBand + highestLoad + departuresOverAllowance + deepCleansLeft + floorPairs + offHomeFloors + buildings
    }

    /// The terms by name, in the objective's order (for printing).
    public var named: [(name: String, value: Double)] {
        [("undone", undone), ("overBand", overBand), ("highestLoad", highestLoad),
         ("departuresOverAllowance", departuresOverAllowance), ("deepCleansLeft", deepCleansLeft),
         ("floorPairs", floorPairs), ("offHomeFloors", offHomeFloors), ("buildings", buildings)]
    }
}

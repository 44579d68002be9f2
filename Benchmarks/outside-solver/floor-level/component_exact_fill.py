"""Each component of a component plan filled exactly with whole rooms (HiGHS, one thread), for comparison with the
planner's sweep (issue #4): the fewest attendant x floor pairs with which the component's own attendants can do all
of its floors' mandatory room work, every one of them within the fairness band (work / efficiency + the floor changes
at the hotel's minutes per change, over paid minutes), work only some may do (suites) only by them. Deep cleans,
departures and the other components are left out. A component of k attendants on m floors needs k + m - 1 pairs at
least.

Usage: component_exact_fill.py HOTEL.json COMPONENTS.json [SECONDS]
  HOTEL.json: a dump as in this folder; COMPONENTS.json: {"components": [{"floors": [...], "members": [crew i, ...]}]}"""
import json, sys
import highspy

d = json.load(open(sys.argv[1]))
components = json.load(open(sys.argv[2]))["components"]
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60
band, travel = d["band"], d["travel"]
crew = {c["i"]: c for c in d["crew"]}


def fewest_pairs(floors, members):
    """HiGHS' status, the fewest pairs and how many of them are off the attendants' home floors (None when none)."""
    work = [g for g in d["groups"] if g["mand"] and g["room"] and g["floor"] in floors]
    h = highspy.Highs()
    h.setOptionValue("output_flag", False); h.setOptionValue("threads", 1); h.setOptionValue("time_limit", seconds)
    inf = highspy.kHighsInf

    def var(upper, cost, integer=True):
        h.addVar(0, upper); j = h.getNumCol() - 1; h.changeColCost(j, cost)
        if integer: h.changeColIntegrality(j, highspy.HighsVarType.kInteger)
        return j

    # A pair costs 1, and 0.25 more off home (the objective's weights), so that the fewest pairs come home first.
    y = {(a, f): var(1, 1 + (0.25 if f not in crew[a]["pref"] else 0)) for a in members for f in floors}
    n = {}
    for i, g in enumerate(work):
        takers = [a for a in members if a in g["elig"]]
        for a in takers:
            n[a, i] = var(g["count"], 0)
            h.addRow(-inf, 0, 2, [n[a, i], y[a, g["floor"]]], [1.0, -g["count"]])
        h.addRow(g["count"], g["count"], len(takers), [n[a, i] for a in takers], [1.0] * len(takers))
    for a in members:
        c = crew[a]
        columns = [(n[a, i], g["min"] / c["eff"]) for i, g in enumerate(work) if (a, i) in n]
        columns += [(y[a, f], travel) for f in floors]
        h.addRow(-inf, band * c["paid"] + travel, len(columns), [j for j, _ in columns], [v for _, v in columns])
        h.addRow(1, inf, len(floors), [y[a, f] for f in floors], [1.0] * len(floors))
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    if h.getInfo().primal_solution_status != 2:
        return status, None, None
    x = h.getSolution().col_value
    return (status, sum(round(x[j]) for j in y.values()),
            sum(round(x[j]) for (a, f), j in y.items() if f not in crew[a]["pref"]))


print(f"band {band:.4f}, {travel} minutes per floor change, {seconds:.0f} s per component")
for component in components:
    floors, members = component["floors"], component["members"]
    work = sum(g["min"] * g["count"] for g in d["groups"] if g["mand"] and g["room"] and g["floor"] in floors)
    room = sum(band * crew[a]["paid"] * crew[a]["eff"] for a in members)
    status, pairs, off = fewest_pairs(floors, members)
    print(f"floors {floors} ({len(members)} attendants): work {work:.0f}, band x capacity {room:.1f}; {status}: "
          f"pairs {pairs} (at least {len(members) + len(floors) - 1}), off home {off}", flush=True)

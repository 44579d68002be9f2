"""Floor-level relaxation of the day's model (HiGHS, one thread): attendant x floor binaries, standard minutes divisible,
suites only for the qualified, travel in the load, the optional deep cleans (5 per one left; done only by an eligible
attendant working that floor, within paid minutes) and the departure allowance (2 per departure over). Its optimum is a
lower bound on the whole model's; HiGHS' best plan of it says how far any floor-level bound can go.
Usage: floor_relaxation.py HOTEL.json SECONDS [nodc] [nodep]   (nodc / nodep leave the deep cleans / departures out)"""
import json, sys, highspy, math
from collections import defaultdict
d = json.load(open(sys.argv[1])); secs = float(sys.argv[2]); flags = sys.argv[3:]
crew = [c for c in d["crew"] if c["role"] == "roomAttendant"]
A = [c["i"] for c in crew]; cap = {c["i"]: c for c in crew}
work = defaultdict(float); restr = defaultdict(lambda: defaultdict(float)); deps = defaultdict(float)
for g in d["groups"]:
    if g["mand"] and g["room"] and g["floor"]:
        work[g["floor"]] += g["min"] * g["count"]
        if g["kind"] == "departureClean": deps[g["floor"]] += g["count"]
        el = frozenset(a for a in g["elig"] if a in cap)
        if len(el) < len(A): restr[g["floor"]][el] += g["min"] * g["count"]
deep = [g for g in d["groups"] if not g["mand"] and g["room"] and g["floor"]]
F = sorted(work, key=int); band = d["band"]; tr = d["travel"]
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("threads", 1); h.setOptionValue("time_limit", secs)
inf = highspy.kHighsInf
def var(lo, hi, cost, integer=False):
    h.addVar(lo, hi); j = h.getNumCol() - 1; h.changeColCost(j, cost)
    if integer: h.changeColIntegrality(j, highspy.HighsVarType.kInteger)
    return j
z = var(0, inf, 100); ob = var(0, inf, 1000)
h.addRow(-inf, band, 2, [z, ob], [1.0, -1.0])
x = {}; w = {}; dv = {}
for a in A:
    for f in F:
        x[a, f] = var(0, 1, 1.0 if f in cap[a]["pref"] else 1.25, True)
        w[a, f] = var(0, work[f], 0)
        h.addRow(-inf, 0, 2, [w[a, f], x[a, f]], [1.0, -work[f]])
for f in F:
    h.addRow(work[f], work[f], len(A), [w[a, f] for a in A], [1.0] * len(A))
    for el, m in restr[f].items():
        rv = {a: var(0, m, 0) for a in el}
        h.addRow(m, m, len(rv), list(rv.values()), [1.0] * len(rv))
        for a, j in rv.items(): h.addRow(-inf, 0, 2, [j, w[a, f]], [1.0, -1.0])
extra = defaultdict(list)  # per attendant: (col, minutes) of deep-clean work
if "nodc" not in flags:
    for i, g in enumerate(deep):
        done = {a: var(0, g["count"], -5, True) for a in g["elig"] if a in cap}
        h.addRow(-inf, g["count"], len(done), list(done.values()), [1.0] * len(done))
        for a, j in done.items():
            h.addRow(-inf, 0, 2, [j, x[a, g["floor"]]], [1.0, -g["count"]])
            extra[a].append((j, g["min"]))
    const = 5 * sum(g["count"] for g in deep)
else:
    const = 0
total_deps = sum(deps.values())
capstd = sum(cap[a]["paid"] * cap[a]["eff"] for a in A)
for a in A:
    e = cap[a]["eff"]; p = cap[a]["paid"]
    idx = [w[a, f] for f in F] + [x[a, f] for f in F] + [z]
    val = [1 / e] * len(F) + [tr] * len(F) + [-p]
    h.addRow(-inf, tr, len(idx), idx, val)
    idx2 = [w[a, f] for f in F] + [x[a, f] for f in F] + [j for j, _ in extra[a]]
    val2 = [1 / e] * len(F) + [tr] * len(F) + [m / e for _, m in extra[a]]
    h.addRow(-inf, p + tr, len(idx2), idx2, val2)
    h.addRow(1, inf, len(F), [x[a, f] for f in F], [1.0] * len(F))
    if "nodep" not in flags and total_deps > 0:
        share = total_deps * p * e / capstd; allow = math.ceil(max(share + 1, share * 1.25))
        # departures of a floor split in proportion to the minutes taken there (a relaxation: any split <= x * deps)
        dcols = {f: var(0, deps[f], 0) for f in F if deps[f] > 0}
        for f, j in dcols.items(): h.addRow(-inf, 0, 2, [j, x[a, f]], [1.0, -deps[f]])
        ex = var(0, inf, 2)
        h.addRow(-inf, allow, len(dcols) + 1, list(dcols.values()) + [ex], [1.0] * len(dcols) + [-1.0])
        extra[a, "dep"] = dcols
if "nodep" not in flags and total_deps > 0:
    for f in F:
        if deps[f] > 0:
            cols = [extra[a, "dep"][f] for a in A]
            h.addRow(deps[f], deps[f], len(cols), cols, [1.0] * len(cols))
h.run(); info = h.getInfo()
print(sys.argv[1], flags, "status", h.modelStatusToString(h.getModelStatus()), "objective", info.objective_function_value + const,
      "bound", info.mip_dual_bound + const, "nodes", info.mip_node_count, "time", round(h.getRunTime(), 1), flush=True)
sol = h.getSolution().col_value
for a in A:
    fl = [f for f in F if sol[x[a, f]] > 0.5]
    print(a, cap[a]["pref"], fl, round(sum(sol[w[a, f]] for f in F) / cap[a]["eff"], 1))

"""The objective of a solution of an exported day model, term by term. Usage: python3 terms.py BASE SOLUTIONFILE"""
import sys, highspy
base, solfile = sys.argv[1], sys.argv[2]
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.readModel(base + ".mps")
lp = h.getLp()
names = [h.getColName(i)[1] for i in range(lp.num_col_)]
lines = [l.split() for l in open(solfile).read().split("\n") if l.strip()]
if lines[0][0] == "objective": lines = lines[1:]
val = dict((n, float(v)) for n, v in lines)
terms = {"highestLoad": 0, "overBand": 0, "floorPairs": 0, "offHome": 0, "departureExcess": 0, "other": 0}
for j, n in enumerate(names):
    c, v = lp.col_cost_[j], val[n]
    if c == 0 or abs(v) < 1e-9: continue
    if n == "highestLoad": terms["highestLoad"] += c * v
    elif n == "overBand": terms["overBand"] += c * v
    elif n.startswith("floor_"): terms["floorPairs"] += round(v); terms["offHome"] += (c - 1) * round(v)
    elif n.startswith("departureExcess"): terms["departureExcess"] += c * v
    else: terms["other"] += c * v
print({k: round(float(v), 4) for k, v in terms.items()}, "total", round(float(sum(terms.values())), 4))
print("floors per attendant", {a: sorted(f.split("_", 2)[2] for f in names if f.startswith(f"floor_{a}_") and val[f] > 0.5) for a in sorted({int(n.split("_")[1]) for n in names if n.startswith("floor_")})})

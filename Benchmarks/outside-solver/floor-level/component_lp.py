"""Column-generation LP bound over components (prototype; RESULTS.md "A column-generation LP over components").
Usage: component_lp.py HOTEL.json [MOST_FLOORS_PER_COMPONENT [z ...]] (default: every floor; z: the even load ratio)"""
import json, sys, math, itertools, time, os
from collections import defaultdict
import highspy
d = json.load(open(sys.argv[1]))
crew = [c for c in d["crew"] if c["role"] == "roomAttendant"]
A = list(range(len(crew)))
cap = [c["paid"] * c["eff"] for c in crew]
pref = [set(c["pref"]) for c in crew]
idset = {c["i"]: j for j, c in enumerate(crew)}
work = defaultdict(float); restricted = set(); qualified = set()
for g in d["groups"]:
    if g["mand"] and g["room"] and g["floor"]:
        work[g["floor"]] += g["min"] * g["count"]
        el = [idset[a] for a in g["elig"] if a in idset]
        if len(el) < len(A): restricted.add(g["floor"]); qualified |= set(el)
F = sorted(work, key=int); nF = len(F)
w = [work[f] for f in F]; rF = [f in restricted for f in F]
tau = d["travel"] * min(c["eff"] for c in crew)
largest = max(cap)
kinds = sorted(set(cap)); kindOf = [kinds.index(c) for c in cap]
band = d["band"]; even = d["even"]; ceiling = d["ceiling"]
PERS = int(os.environ.get('PERS', '8'))
ART = float(__import__("os").environ.get("ART", "3")); NEW = 400
MAXS = int(sys.argv[2]) if len(sys.argv) > 2 else nF

def price(z, pi, sigma, maxs):
    need = [max(1, math.ceil(wf / (largest * z) - 1e-9)) for wf in w]
    best = []  # (rc, S, chosen, cost)
    subsets = [S for size in range(1, maxs + 1) for S in itertools.combinations(range(nF), size)]
    if os.environ.get("INTERVALS"):
        subsets += [tuple(range(i, j + 1)) for i in range(nF) for j in range(i + maxs, nF)]
    for S in subsets:
            size = len(S)
            Sf = {F[f] for f in S}
            W = sum(w[f] for f in S); ns = sum(need[f] for f in S); nm = max(need[f] for f in S)
            restr = any(rF[f] for f in S); piS = sum(pi[f] for f in S)
            byKind = []
            for k in range(len(kinds)):
                members = [a for a in A if kindOf[a] == k]
                members.sort(key=lambda a: -(sigma[a] + 0.25 * len(pref[a] & Sf)))
                byKind.append(members)
            sp = lambda a: sigma[a] + 0.25 * len(pref[a] & Sf)
            prefix = [[0.0] + list(itertools.accumulate(sp(a) for a in m)) for m in byKind]
            bestS = None
            for counts in itertools.product(*[range(len(m) + 1) for m in byKind]):
                k = sum(counts)
                if k < nm or k == 0: continue
                p = max(k + size - 1, ns)
                if z * sum(c * kinds[i] for i, c in enumerate(counts)) < W + tau * (p - k) - 1e-9: continue
                val = sum(prefix[i][c] for i, c in enumerate(counts)); chosen = [a for i, c in enumerate(counts) for a in byKind[i][:c]]
                if restr and not any(a in qualified for a in chosen):
                    opts = []
                    for i, c in enumerate(counts):
                        if c == 0: continue
                        q = [a for a in byKind[i][c:] if a in qualified]
                        if q: opts.append((val - sp(byKind[i][c - 1]) + sp(q[0]), [a for a in chosen if a != byKind[i][c - 1]] + [q[0]]))
                    if not opts: continue
                    val, chosen = max(opts, key=lambda o: o[0])
                h = sum(len(pref[a] & Sf) for a in chosen)
                cost = p + 0.25 * max(0, p - h)
                rc = cost - piS - sum(sigma[a] for a in chosen)
                if rc < -1e-7 or bestS is None: bestS = (bestS or []) + [(rc, S, tuple(sorted(chosen)), cost)]
            if bestS: best.extend(sorted(bestS)[:PERS])
    return best

def bound(z, rounds=int(__import__("os").environ.get("ROUNDS", "30")), maxs=MAXS):
    h = highspy.Highs(); h.setOptionValue("output_flag", False)
    nrow = nF + len(A)
    for r in range(nrow): h.addRow(1, 1, 0, [], [])
    for r in range(nrow): h.addCol(ART, 0, highspy.kHighsInf, 1, [r], [1.0])
    cols = set(); lb = -1e9
    for it in range(rounds):
        h.run(); sol = h.getSolution(); dual = list(sol.row_dual)
        pi, sigma = dual[:nF], dual[nF:]
        obj = h.getInfo().objective_function_value
        cands = price(z, pi, sigma, maxs)
        rcmin = min(c[0] for c in cands)
        lb = max(lb, sum(dual) + nF * min(0, rcmin))
        new = sorted([c for c in cands if c[0] < -1e-7 and (c[1], c[2]) not in cols])[:NEW]
        print(f"  z={z:.4f} it {it} rmp {obj:.3f} rcmin {rcmin:.3f} lagr {lb:.3f}", flush=True)
        print("   new", len(new), new[:2]) if os.environ.get("DEBUG") else None
        if not new: break
        for rc, S, chosen, cost in new:
            cols.add((S, chosen)); rows = list(S) + [nF + a for a in chosen]
            h.addCol(cost, 0, highspy.kHighsInf, len(rows), rows, [1.0] * len(rows))
    return obj, lb

for z in [float(x) for x in sys.argv[3:]] or [even]:
    t = time.time(); obj, lb = bound(z)
    print(f"z {z:.4f} rmp {obj:.3f} lagrangian {lb:.3f} load {100*z + 1000*max(0,z-band):.3f} total(rmp) {100*z+1000*max(0,z-band)+obj:.3f} total(lagr) {100*z+1000*max(0,z-band)+lb:.3f} time {time.time()-t:.1f}", flush=True)

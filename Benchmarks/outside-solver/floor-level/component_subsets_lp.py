"""The most floor components a plan may have at a load ratio z: an LP over every subset of floors (column
generation, each column priced by a dynamic programme over floors × standard minutes), and HiGHS' MIP over the
columns generated, for comparison with the solver-free bound's packing of small components (issue #4).

A component is a set of floors worked by its own attendants (so many of each capacity kind); it fits at z when
z × its attendants' capacity ≥ its floors' work + the floor changes it forces (m − 1 for m floors, at the lowest
efficiency's minutes). Suites, homes, deep cleans and departures are left out, so the LP's value is an upper limit on
the components of any plan at z (the work is rounded down to whole minutes, which only widens it); a plan with K
components on A attendants and F floors has at least A + F − K attendant × floor pairs.

Usage: component_subsets_lp.py HOTEL.json z [z ...]   (HOTEL.json: a dump as in this folder)"""
import json, sys, math
from collections import defaultdict
import numpy as np
from scipy.optimize import linprog, milp, LinearConstraint, Bounds

d = json.load(open(sys.argv[1]))
crew = [c for c in d["crew"] if c["role"] == "roomAttendant"]
work = defaultdict(float)
for g in d["groups"]:
    if g["mand"] and g["room"] and g["floor"]:
        work[g["floor"]] += g["min"] * g["count"]
floors = sorted(work, key=int)
w = np.array([work[f] for f in floors])
wi = np.floor(w).astype(int)
n = len(floors)
caps = sorted({c["paid"] * c["eff"] for c in crew}, reverse=True)
available = [sum(1 for c in crew if c["paid"] * c["eff"] == k) for k in caps]
tau = d["travel"] * min(c["eff"] for c in crew)


def crews():
    """Every crew: attendants by capacity kind, at least one."""
    out = [[]]
    for most in available:
        out = [c + [k] for c in out for k in range(most + 1)]
    return [tuple(c) for c in out if sum(c) > 0]


CREWS = crews()


def cheapest(z, dual, minutes, m):
    """The crew covering `minutes` of work on m floors at z with the least dual cost, or None."""
    best = None
    for c in CREWS:
        if z * sum(k * cap for k, cap in zip(c, caps)) + 1e-9 >= minutes + tau * (m - 1):
            cost = sum(k * y for k, y in zip(c, dual))
            if best is None or (cost, sum(c)) < (best[0], sum(best[1])):
                best = (cost, c)
    return best


def most_components(z, mip_seconds=20):
    if z * sum(k * cap for k, cap in zip(available, caps)) < w.sum():
        return 0.0, 0, []
    columns = []
    for f in range(n):
        c = cheapest(z, [0] * len(caps), w[f], 1)
        if c: columns.append(((f,), c[1]))
    whole = cheapest(z, [0] * len(caps), w.sum(), n)
    if whole is None:
        return 0.0, 0, []
    columns.append((tuple(range(n)), whole[1]))
    top = int(wi.sum()) + 1

    def matrices():
        eq = np.zeros((n, len(columns))); ub = np.zeros((len(caps), len(columns)))
        for j, (S, c) in enumerate(columns):
            eq[list(S), j] = 1
            ub[:, j] = c
        return eq, ub

    while True:
        eq, ub = matrices()
        lp = linprog(-np.ones(len(columns)), A_ub=ub, b_ub=np.array(available, float), A_eq=eq, b_eq=np.ones(n),
                     bounds=(0, None), method="highs")
        value = -lp.fun
        pi = -lp.eqlin.marginals
        mu = -lp.ineqlin.marginals
        # least[m][W]: the least Σ π over subsets of m floors with W whole minutes of work; took[f][m][W]: floor f in it.
        least = np.full((n + 1, top + 1), np.inf); least[0, 0] = 0
        took = np.zeros((n, n + 1, top + 1), bool)
        for f in range(n):
            new = least.copy()
            for m in range(n - 1, -1, -1):
                source = least[m, :top + 1 - wi[f]] + pi[f]
                target = new[m + 1, wi[f]:]
                better = source < target - 1e-12
                target[better] = source[better]
                took[f, m + 1, wi[f]:] = better
            least = new
        priced = []
        for m in range(1, n + 1):
            for W in np.nonzero(np.isfinite(least[m]))[0]:
                c = cheapest(z, mu, W, m)
                if c and 1 - least[m, W] - c[0] > 1e-7:
                    priced.append((1 - least[m, W] - c[0], m, W, c[1]))
        added = 0
        for _, m, W, c in sorted(priced, reverse=True)[:30]:
            S, left = [], (m, W)
            for f in range(n - 1, -1, -1):
                # Walk back: floor f is in the subset when offering it improved the state.
                if left[0] > 0 and took[f, left[0], left[1]]:
                    S.append(f); left = (left[0] - 1, left[1] - wi[f])
            S = tuple(sorted(S))
            if len(S) == m and (S, c) not in columns:
                columns.append((S, c)); added += 1
        if added == 0:
            break
    eq, ub = matrices()
    mip = milp(-np.ones(len(columns)), integrality=np.ones(len(columns)), bounds=Bounds(0, 1),
               constraints=[LinearConstraint(eq, 1, 1), LinearConstraint(ub, -np.inf, np.array(available, float))],
               options={"time_limit": mip_seconds})
    chosen = [columns[j] for j in np.nonzero(mip.x > 0.5)[0]] if mip.x is not None else []
    return value, len(chosen), chosen


if __name__ == "__main__":
    print(f"{n} floors, attendants by capacity {dict(zip(caps, available))}, floor change {tau} standard minutes")
    for z in map(float, sys.argv[2:]):
        value, found, chosen = most_components(z)
        slack = z * sum(k * cap for k, cap in zip(available, caps)) - w.sum()
        print(f"z {z:.4f}: slack {slack:.0f} min; LP most components {value:.3f} (pairs ≥ {len(crew) + n - math.floor(value + 1e-6)}); "
              f"HiGHS MIP over the columns: {found}")
        for S, c in chosen:
            minutes = sum(w[f] for f in S); capacity = z * sum(k * cap for k, cap in zip(c, caps))
            print(f"    floors {[floors[f] for f in S]} crew {c}: work {minutes:.0f}, capacity {capacity:.0f}, "
                  f"left after floor changes {capacity - minutes - tau * (len(S) - 1):.0f}")

"""Solve an exported work-sheet day model with HiGHS (one thread) from the plan in its .start file.
Usage: python3 solve_highs.py BASE SECONDS  (BASE.mps and BASE.start)"""
import sys, time, highspy
base, seconds = sys.argv[1], float(sys.argv[2])
h = highspy.Highs()
h.setOptionValue("threads", 1)
h.setOptionValue("time_limit", seconds)
h.setOptionValue("mip_rel_gap", 0.0)
h.setOptionValue("mip_abs_gap", 1e-6)
h.setOptionValue("log_file", base + ".highs.log")
h.readModel(base + ".mps")
lp = h.getLp()
lines = open(base + ".start").read().split("\n")
objective = float(lines[0].split()[1])
pairs = [l.split() for l in lines[1:] if l.strip()]
names = [h.getColName(i)[1] for i in range(lp.num_col_)]
assert [p[0] for p in pairs] == names, "start names differ from the MPS columns"
values = [float(p[1]) for p in pairs]
# The plan's objective in the model, and its feasibility.
cost = list(lp.col_cost_)
print("plan objective in the model", sum(c * v for c, v in zip(cost, values)) + lp.offset_, "reported", objective)
sol = highspy.HighsSolution()
sol.col_value = values
sol.value_valid = True
print("setSolution", h.setSolution(sol))
t = time.time()
h.run()
info = h.getInfo()
print("status", h.modelStatusToString(h.getModelStatus()), "seconds", round(time.time() - t, 1))
print("best objective", info.objective_function_value, "best bound", info.mip_dual_bound, "gap", info.mip_gap, "nodes", info.mip_node_count)
x = h.getSolution().col_value
with open(base + ".highs.sol", "w") as out:
    for n, v in zip(names, x):
        out.write(f"{n} {v}\n")

"""The exported day model with only the binaries whole (tasks split freely): its optimum, by HiGHS, one thread.
Usage: python3 relax_highs.py BASE SECONDS"""
import sys, highspy
base, seconds = sys.argv[1], float(sys.argv[2])
h = highspy.Highs()
h.setOptionValue("threads", 1); h.setOptionValue("time_limit", seconds); h.setOptionValue("mip_rel_gap", 0.0)
h.setOptionValue("log_to_console", False)
h.readModel(base + ".mps")
lp = h.getLp()
kinds = list(lp.integrality_)
n = 0
for j in range(lp.num_col_):
    if kinds[j] == highspy.HighsVarType.kInteger and not h.getColName(j)[1].startswith("floor_"):
        h.changeColIntegrality(j, highspy.HighsVarType.kContinuous); n += 1
print("made continuous", n)
h.run()
info = h.getInfo()
print("status", h.modelStatusToString(h.getModelStatus()), "best objective", info.objective_function_value, "best bound", info.mip_dual_bound, "nodes", info.mip_node_count)
names = [h.getColName(i)[1] for i in range(lp.num_col_)]
with open(base + ".relaxed.sol", "w") as out:
    for n, v in zip(names, h.getSolution().col_value):
        out.write(f"{n} {v}\n")

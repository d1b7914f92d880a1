"""Compare the speed of two installed policy-lint commands on the benchmark corpus, turn about.

    python tools/ab_speed.py BEFORE_CMD AFTER_CMD N REPEATS JOBS

Each repeat runs both commands on the first N files of benchmarks/out/corpus
(made by benchmarks/run.py), in alternating order, and the CPU time (user +
sys of the process and its workers) and wall time are printed as min and
median. CPU time is what to compare on a busy machine. benchmarks/run.py
remains the reference against check-jsonschema.
"""
import os
import resource
import subprocess
import sys
import time
B, A = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks", "out", "corpus")
n = int(sys.argv[3]); reps = int(sys.argv[4]); jobs = sys.argv[5]
files = sorted(os.listdir(corpus))
files = [f for f in files if f.startswith("policy-")][:n]
def run(tool):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN); t = time.perf_counter()
    p = subprocess.run([tool, "check", "--jobs", jobs, *files], cwd=corpus, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    w = time.perf_counter() - t; r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return w, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), p.returncode
res = {"before": [], "after": []}
for i in range(reps):
    order = [("before", B), ("after", A)] if i % 2 == 0 else [("after", A), ("before", B)]
    for name, tool in order:
        res[name].append(run(tool))
for name, rs in res.items():
    cpu = sorted(r[1] for r in rs); wall = sorted(r[0] for r in rs)
    print(name, "cpu min/med", round(cpu[0], 3), round(cpu[len(cpu)//2], 3), "wall min/med", round(wall[0], 3), round(wall[len(wall)//2], 3), "codes", {r[2] for r in rs})

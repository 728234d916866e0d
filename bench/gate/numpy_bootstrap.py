"""The same paired bootstrap as `mlgate compare` computes, vectorised in NumPy over the rows:
for each of R resamples, draw n indices with replacement, turn them into multiplicities
(np.bincount) and evaluate the deltas (candidate - baseline) of accuracy, F1, ROC AUC (weighted
Mann-Whitney over pre-sorted scores with tie groups) and log loss on those weights.
Prints JSON: load and bootstrap seconds and the 95% percentile intervals."""
import json
import sys
import time

import numpy as np
import pandas as pd

cand_path, base_path, R = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
c = pd.read_csv(cand_path)
b = pd.read_csv(base_path).set_index("id").loc[c["id"]].reset_index()
t1 = time.perf_counter()
c1 = time.process_time()

y = c["label"].to_numpy(np.int64)
n = len(y)
pc, pb = c["prediction"].to_numpy(np.int64), b["prediction"].to_numpy(np.int64)
sc, sb = c["score"].to_numpy(np.float64), b["score"].to_numpy(np.float64)
eps = np.finfo(np.float64).eps
llc = -(y * np.log(np.clip(sc, eps, 1 - eps)) + (1 - y) * np.log(1 - np.clip(sc, eps, 1 - eps)))
llb = -(y * np.log(np.clip(sb, eps, 1 - eps)) + (1 - y) * np.log(1 - np.clip(sb, eps, 1 - eps)))
acc_d = (pc == y).astype(np.float64) - (pb == y).astype(np.float64)
tpc, fpc, fnc = ((y == 1) & (pc == 1)).astype(float), ((y == 0) & (pc == 1)).astype(float), ((y == 1) & (pc == 0)).astype(float)
tpb, fpb, fnb = ((y == 1) & (pb == 1)).astype(float), ((y == 0) & (pb == 1)).astype(float), ((y == 1) & (pb == 0)).astype(float)


def sorted_groups(s):
    order = np.argsort(s, kind="stable")
    ss = s[order]
    starts = np.flatnonzero(np.r_[True, ss[1:] != ss[:-1]])
    return order, starts, y[order].astype(np.float64)


gc, gb = sorted_groups(sc), sorted_groups(sb)


def auc(w, g):
    order, starts, ys = g
    ws = w[order]
    gp = np.add.reduceat(ws * ys, starts)
    gn = np.add.reduceat(ws * (1 - ys), starts)
    below = np.cumsum(gn) - gn
    return np.sum(gp * (below + 0.5 * gn)) / (gp.sum() * gn.sum())


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn)


rng = np.random.default_rng(1)
deltas = np.empty((4, R))
for r in range(R):
    w = np.bincount(rng.integers(0, n, n), minlength=n).astype(np.float64)
    deltas[0, r] = (w @ acc_d) / n
    deltas[1, r] = f1(w @ tpc, w @ fpc, w @ fnc) - f1(w @ tpb, w @ fpb, w @ fnb)
    deltas[2, r] = auc(w, gc) - auc(w, gb)
    deltas[3, r] = (w @ llc - w @ llb) / n
t2 = time.perf_counter()
c2 = time.process_time()
ci = np.percentile(deltas, [2.5, 97.5], axis=1).T.tolist()
print(json.dumps({"load_seconds": t1 - t0, "bootstrap_seconds": t2 - t1, "bootstrap_cpu_seconds": c2 - c1, "ci": dict(zip(["accuracy", "f1", "auc", "log_loss"], ci))}))

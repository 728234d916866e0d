"""The same drift statistics as mlgate's `auto` on 1M-row references: normalised Wasserstein for
numeric columns, Jensen-Shannon distance (base 2) over categories; reads both CSVs with pandas."""
import json
import sys

import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance

ref = pd.read_csv(sys.argv[1])
cur = pd.read_csv(sys.argv[2])
out = {}
for col in ref.columns:
    r = ref[col].dropna()
    c = cur[col].dropna()
    if pd.api.types.is_numeric_dtype(r):
        out[col] = ["wasserstein", float(wasserstein_distance(r.to_numpy(), c.to_numpy()) / r.to_numpy().std())]
    else:
        rc = r.astype(str).value_counts()
        cc = c.astype(str).value_counts()
        cats = sorted(set(rc.index) | set(cc.index))
        p = np.array([rc.get(k, 0) for k in cats], float)
        q = np.array([cc.get(k, 0) for k in cats], float)
        out[col] = ["jensen_shannon", float(jensenshannon(p, q, base=2))]
print(json.dumps(out))

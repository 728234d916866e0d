"""The bench checks in pandas: the same ~10 checks as bench/validate config, counts printed as JSON.

Usage: /usr/bin/python3 pandas_checks.py <file.csv|file.parquet> [--raw]
--raw only reads the file (the floor)."""
import json
import re
import sys
import time

import pandas as pd

path = sys.argv[1]
raw = '--raw' in sys.argv
t0 = time.time()
if path.endswith('.parquet'):
    df = pd.read_parquet(path)
else:
    # Only the empty field is null (as in mlgate); types are pandas' own inference.
    df = pd.read_csv(path, keep_default_na=False, na_values=[''])
if raw:
    print(json.dumps({'rows': len(df), 'seconds': time.time() - t0}))
    sys.exit(0)

out = {}
n = len(df)
out['rows'] = n
idv = df['id'].dropna()
out['id.nullable'] = int(df['id'].isna().sum())
out['id.unique'] = int(idv.duplicated().sum())
age = df['age']
out['age.max_null_fraction'] = int(age.isna().sum())
a = age.dropna()
out['age.min'] = int((a < 0).sum())
out['age.max'] = int((a > 120).sum())
out['income.min'] = int((df['income'].dropna() < 0).sum())
s = df['score'].dropna()
out['score.min'] = int((s < 0).sum())
out['score.max'] = int((s > 1).sum())
c = df['country'].dropna()
out['country.in'] = int((~c.isin(['US', 'DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'SE'])).sum())
e = df['email'].dropna()
out['email.pattern'] = int((~e.str.contains(r'^[^@\s]+@[^@\s]+$', regex=True)).sum())
sig = df['signup'].dropna()
if not pd.api.types.is_datetime64_any_dtype(sig):
    parsed = pd.to_datetime(sig, errors='coerce')
    out['signup.type'] = int(parsed.isna().sum())
else:
    out['signup.type'] = 0
lab = df['label'].dropna()
out['label.in'] = int((~lab.isin([0, 1])).sum())
act = df['is_active'].dropna()
if pd.api.types.is_bool_dtype(act):
    out['is_active.type'] = 0
else:
    out['is_active.type'] = int((~act.str.lower().isin(['true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', '1', '0'])).sum())
out['duplicates'] = int(df.duplicated().sum())
out['seconds'] = time.time() - t0
print(json.dumps(out))

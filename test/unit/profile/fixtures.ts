/** Generated datasets and helpers shared by the profile tests. */
import { DatasetProfileBuilder } from '../../../src/domain/profile/builder.js';
import type { DatasetProfile } from '../../../src/domain/profile/dataset.js';
import { profileFromJson, profileToJson } from '../../../src/domain/profile/format.js';
import { rng } from '../drift/random.js';

export interface Table {
  numeric: Record<string, Float64Array>; // NaN = null
  categorical: Record<string, (string | null)[]>;
  rows: number;
}

export function makeTable(seed: number, rows: number, shift = 0): Table {
  const r = rng(seed);
  const income = new Float64Array(rows);
  const age = new Float64Array(rows);
  const score = new Float64Array(rows);
  const country: (string | null)[] = [];
  const plan: (string | null)[] = [];
  const countries = ['US', 'DE', 'FR', 'GB', 'JP'];
  for (let i = 0; i < rows; i++) {
    income[i] = Math.exp(10 + shift * 0.1 + 0.5 * r.normal());
    age[i] = r.uniform() < 0.03 ? Number.NaN : Math.round(40 + shift * 2 + 12 * r.normal());
    score[i] = r.normal(shift, 1);
    const u = r.uniform();
    country.push(countries[Math.min(4, Math.floor((u + shift * 0.3) ** 2 * 5))]!);
    plan.push(r.uniform() < 0.1 ? null : r.uniform() < 0.7 - shift * 0.2 ? 'basic' : 'pro');
  }
  return { numeric: { income, age, score }, categorical: { country, plan }, rows };
}

export function profileRows(name: string, t: Table, from: number, to: number, k?: number): DatasetProfile {
  const b = new DatasetProfileBuilder(name, k ? { quantileK: k } : {});
  b.rows = to - from;
  for (const [col, values] of Object.entries(t.numeric)) {
    // Feed in uneven batches, as a reader would.
    const c = b.numeric(col, 'number');
    for (let i = from; i < to; i += 4093) c.addValues(values.subarray(i, Math.min(to, i + 4093)));
  }
  for (const [col, values] of Object.entries(t.categorical)) {
    const c = b.categorical(col, 'category');
    for (let i = from; i < to; i++) {
      const v = values[i];
      if (v === null || v === undefined) c.addNulls(1);
      else c.add(v);
    }
  }
  return b.finish();
}

/** What a profile looks like after being written and read back. */
export const roundTrip = (p: DatasetProfile): DatasetProfile => profileFromJson(JSON.parse(JSON.stringify(profileToJson(p))), 'test.profile.json');

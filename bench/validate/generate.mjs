// Generates the bench dataset: N rows x 12 columns with seeded violations, as CSV, plus the mlgate config.
// Usage: node bench/validate/generate.mjs <rows> <out.csv>
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'SE'];
const CITIES = ['Berlin', 'Paris', 'London', 'Madrid', 'Rome, Italy', 'New "York"', 'Oslo', 'Lyon'];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateCsv(rows, file, seed = 42) {
  const rnd = mulberry32(seed);
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  out.write('id,user,age,income,score,country,email,signup,label,is_active,city,note\n');
  const base = Date.UTC(2026, 0, 1);
  let chunk = '';
  let prev = '';
  for (let i = 0; i < rows; i++) {
    const r = rnd();
    // seeded violations, each ~0.1% - 2%
    const id = r < 0.001 && i > 0 ? i - 1 : i; // duplicate ids
    const age = rnd() < 0.02 ? '' : rnd() < 0.005 ? String(150 + Math.floor(rnd() * 50)) : String(18 + Math.floor(rnd() * 70));
    const income = rnd() < 0.003 ? (-rnd() * 1000).toFixed(2) : (rnd() * 200000).toFixed(2);
    const score = rnd() < 0.002 ? (1 + rnd()).toFixed(6) : rnd().toFixed(6);
    const country = rnd() < 0.004 ? 'XX' : COUNTRIES[Math.floor(rnd() * COUNTRIES.length)];
    const email = rnd() < 0.01 ? `user${i}.example.com` : `user${i}@example.com`;
    const t = new Date(base + Math.floor(rnd() * 300 * 86400000));
    const signup = t.toISOString().slice(0, 19).replace('T', ' ');
    const label = rnd() < 0.001 ? '2' : rnd() < 0.3 ? '1' : '0';
    const active = rnd() < 0.5 ? 'true' : 'false';
    const city = CITIES[Math.floor(rnd() * CITIES.length)];
    const cityField = city.includes(',') || city.includes('"') ? `"${city.replaceAll('"', '""')}"` : city;
    const note = rnd() < 0.1 ? '' : `n${Math.floor(rnd() * 1000)}`;
    let line = `${id},u${id % 500000},${age},${income},${score},${country},${email},${signup},${label},${active},${cityField},${note}\n`;
    if (rnd() < 0.0005 && prev) line = prev; // exact duplicate rows
    prev = line;
    chunk += line;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
}

export function configYaml(dataPath) {
  return `version: 1
datasets:
  - name: bench
    path: ${dataPath}
    max_examples: 3
    columns:
      id: { type: integer, unique: true, nullable: false }
      age: { type: integer, min: 0, max: 120, max_null_fraction: 0.05 }
      income: { type: number, min: 0 }
      score: { type: number, min: 0, max: 1 }
      country: { type: category, in: [${COUNTRIES.join(', ')}] }
      email: { type: string, pattern: '^[^@\\s]+@[^@\\s]+$' }
      signup: { type: datetime }
      label: { type: integer, in: [0, 1] }
      is_active: { type: boolean }
    rows: { min: 1000 }
    duplicates: 0.01
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generateCsv(Number(process.argv[2] ?? 1_000_000), process.argv[3] ?? 'bench.csv');
}

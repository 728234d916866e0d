// Seeded 12-column CSVs for the drift bench: 8 numeric, 4 categorical; `shift` moves some columns.
import { createWriteStream } from 'node:fs';

function rng(seed) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

export const HEADER = ['age', 'income', 'score', 'tenure', 'visits', 'spend', 'latency', 'ratio', 'country', 'plan', 'device', 'segment'];

export async function generateCsv(file, rows, seed, shift = 0) {
  const r = rng(seed);
  const out = createWriteStream(file);
  const countries = ['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN', 'CA'];
  const plans = ['free', 'basic', 'pro', 'team'];
  const devices = ['ios', 'android', 'web'];
  let buf = `${HEADER.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const age = Math.round(40 + 12 * r.normal() + shift * 3);
    const income = (Math.exp(10.5 + 0.6 * r.normal())).toFixed(2);
    const score = (r.normal() + shift * 0.4).toFixed(5);
    const tenure = Math.floor(r.uniform() * 120);
    const visits = Math.floor(-Math.log(1 - r.uniform()) * (8 + shift * 2));
    const spend = (r.uniform() * 500).toFixed(2);
    const latency = (50 + 10 * r.normal()).toFixed(3);
    const ratio = r.uniform().toFixed(6);
    const country = countries[Math.floor(r.uniform() ** (1 + shift * 0.5) * countries.length)];
    const plan = plans[Math.floor(r.uniform() * plans.length)];
    const device = devices[Math.floor(r.uniform() * (shift > 0 ? 2.4 : 3))];
    const segment = `s${Math.floor(r.uniform() * 40)}`;
    buf += `${age},${income},${score},${tenure},${visits},${spend},${latency},${ratio},${country},${plan},${device},${segment}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
}

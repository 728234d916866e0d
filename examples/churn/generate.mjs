#!/usr/bin/env node
// Regenerates the example churn project: data/, reports/ (metrics and per-example predictions for the model
// in production and for the candidate). Seeded, so the output is byte-for-byte the same on every machine:
//   node examples/churn/generate.mjs [out-dir]      (default: beside this script)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.resolve(process.argv[2] ?? path.dirname(fileURLToPath(import.meta.url)));
const ANCHOR = Date.UTC(2026, 9, 31); // data "as of" 2026-10-31
const DAY = 86_400_000;

/** mulberry32: a small, well-known seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normal(r) {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}
function pick(r, items) {
  let x = r();
  for (const [value, p] of items) {
    if ((x -= p) < 0) return value;
  }
  return items[items.length - 1][0];
}
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

/** One customer; `shift` moves monthly charges (a price change since the reference snapshot). */
function customer(r, n, shift) {
  const plan = pick(r, [['basic', 0.5], ['standard', 0.35], ['premium', 0.15]]);
  const contract = pick(r, [['month-to-month', 0.55], ['one-year', 0.25], ['two-year', 0.2]]);
  const region = pick(r, [['north', 0.3], ['south', 0.25], ['east', 0.25], ['west', 0.2]]);
  const tenure = Math.min(72, Math.floor(-Math.log(Math.max(r(), 1e-9)) * 20));
  const base = { basic: 25, standard: 55, premium: 95 }[plan];
  const charges = round(Math.max(5, base + shift + normal(r) * 8), 2);
  let calls = 0;
  while (r() < 0.45 && calls < 12) calls++;
  const age = r() < 0.005 ? null : 18 + Math.floor(r() * 62);
  const email = r() < 0.003 ? `user${n}.example.com` : `user${n}@example.com`;
  const signup = new Date(ANCHOR - Math.floor(tenure * 30.4 + r() * 30) * DAY).toISOString().slice(0, 10);
  const logit = -1.3 - 0.045 * tenure + 1.1 * (contract === 'month-to-month') - 0.7 * (contract === 'two-year') + 0.3 * calls + 0.012 * (charges - 50);
  const p = sigmoid(logit);
  const churned = r() < p ? 1 : 0;
  return { row: { customer_id: `C${String(n).padStart(6, '0')}`, age, email, region, plan, contract, tenure_months: tenure, monthly_charges: charges, support_calls: calls, signup_date: signup, churned }, logit };
}

function population(seed, first, count, shift) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => customer(r, first + i, shift));
}

function csv(rows) {
  const cols = Object.keys(rows[0]);
  const cell = (v) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return `${cols.join(',')}\n${rows.map((row) => cols.map((c) => cell(row[c])).join(',')).join('\n')}\n`;
}
const jsonl = (rows) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

/** Scores of a model whose view of the true log-odds has this much noise. */
function predict(seed, test, noise) {
  const r = rng(seed);
  return test.map(({ row, logit }) => {
    const score = round(sigmoid(logit + normal(r) * noise), 4);
    return { id: row.customer_id, label: row.churned, prediction: score >= 0.35 ? 1 : 0, score, plan: row.plan, region: row.region };
  });
}

function auc(preds) {
  const sorted = [...preds].sort((a, b) => a.score - b.score);
  let sumPos = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const mid = (i + 1 + j) / 2; // average rank of ties
    for (let k = i; k < j; k++) if (sorted[k].label === 1) sumPos += mid;
    i = j;
  }
  const pos = preds.filter((p) => p.label === 1).length;
  const neg = preds.length - pos;
  return (sumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

function scores(preds) {
  let tp = 0, fp = 0, fn = 0, tn = 0, ll = 0;
  for (const p of preds) {
    if (p.prediction === 1 && p.label === 1) tp++;
    else if (p.prediction === 1) fp++;
    else if (p.label === 1) fn++;
    else tn++;
    const s = Math.min(Math.max(p.score, 1e-6), 1 - 1e-6);
    ll -= p.label === 1 ? Math.log(s) : Math.log(1 - s);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    accuracy: round((tp + tn) / preds.length, 6),
    precision: round(precision, 6),
    recall: round(recall, 6),
    f1: round((2 * precision * recall) / (precision + recall), 6),
    auc: round(auc(preds), 6),
    log_loss: round(ll / preds.length, 6),
  };
}

function metrics(preds, latency) {
  const slices = {};
  for (const [key, values] of [['plan', ['basic', 'standard', 'premium']], ['region', ['north', 'south', 'east', 'west']]]) {
    for (const v of values) {
      const part = preds.filter((p) => p[key] === v);
      const s = scores(part);
      slices[`${key}_${v}`] = { accuracy: s.accuracy, f1: s.f1, support: part.length };
    }
  }
  return { ...scores(preds), latency_p95_ms: latency, evaluated_rows: preds.length, slices };
}

function write(rel, text) {
  const file = path.join(here, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${rel} (${text.length} bytes)`);
}

const reference = population(11, 100_001, 3000, 0); // last quarter's snapshot: what the model was trained on
const train = population(12, 200_001, 4000, 8); // today's training data, after a price increase
const test = population(13, 300_001, 2500, 8); // held out; disjoint ids, so no leakage

write('data/reference.csv', csv(reference.map((c) => c.row)));
write('data/train.csv', csv(train.map((c) => c.row)));
write('data/test.jsonl', jsonl(test.map((c) => c.row)));

const columns = ({ id, label, prediction, score }) => ({ id, label, prediction, score });
const production = predict(21, test, 1.1);
const candidate = predict(22, test, 0.45);
write('reports/production/predictions.csv', csv(production.map(columns)));
write('reports/candidate/predictions.csv', csv(candidate.map(columns)));
write('reports/production/metrics.json', `${JSON.stringify(metrics(production, 41.2), null, 2)}\n`);
// The release before production (the demo seeds the release history with it, so the report can chart a trend).
write('reports/previous/metrics.json', `${JSON.stringify(metrics(predict(20, test, 1.5), 39.8), null, 2)}\n`);
write('reports/candidate/metrics.json', `${JSON.stringify(metrics(candidate, 43.9), null, 2)}\n`);

// Fresh production data for `mlgate monitor` (the demo runs it after the release): a week of the customers the live model
// was validated on, with its labelled predictions; and a week after a second price change, when the model has gone stale.
const healthyWeek = population(31, 100_001, 3000, 0);
const driftedWeek = population(32, 500_001, 2000, 30);
write('monitor/healthy/train.csv', csv(healthyWeek.map((c) => c.row)));
write('monitor/healthy/labelled.csv', csv(predict(41, healthyWeek, 1.1).map(columns)));
write('monitor/drifted/train.csv', csv(driftedWeek.map((c) => c.row)));
write('monitor/drifted/labelled.csv', csv(predict(42, driftedWeek, 3).map(columns)));

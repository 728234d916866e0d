/** The report's data part: per dataset the failed checks, examples of failing rows and drift; the passed checks in details. */
import type { CheckResult, DatasetResult, ValidationResult, Verdict } from '../results.js';
import { unitOf, unitWord } from '../validation/failing-units.js';
import { code, text, valueText } from './escape.js';
import { count, num, plural, pValue, share } from './format.js';
import { ICON, STATUS, type Notes, type Plan } from './plan.js';
import type { ReportInput } from './types.js';

export function pText(p: number): string {
  const v = pValue(p);
  return v.startsWith('<') ? `p&lt;${v.slice(1)}` : `p=${v}`;
}

function expectedText(c: CheckResult): string {
  return c.expected === undefined || c.expected === null ? '—' : valueText(c.expected, { max: 60 });
}

export function dataSection(v: ValidationResult, input: ReportInput, plan: Plan, notes: Notes): string[] {
  const out: string[] = [];
  for (const d of v.datasets) out.push(...datasetSection(d, input, plan, notes));
  if (v.datasets.length === 0) out.push('#### Data', '', '_No datasets were validated._', '');
  return out;
}

function datasetVerdict(d: DatasetResult): Verdict {
  const all = [...d.checks.map((c) => c.status), ...(d.drift ?? []).map((x) => x.status)];
  return all.includes('fail') ? 'fail' : all.includes('warn') ? 'warn' : 'pass';
}

function datasetSection(d: DatasetResult, input: ReportInput, plan: Plan, notes: Notes): string[] {
  const problems = d.checks.filter((c) => c.status === 'fail' || c.status === 'warn').sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
  const ran = d.checks.filter((c) => c.status !== 'skipped').length;
  const drifted = (d.drift ?? []).filter((x) => x.status === 'fail' || x.status === 'warn');
  const summary = [
    `${count(d.rows)} rows`,
    problems.length ? `${problems.length} of ${plural(ran, 'check')} failed or warned` : `${plural(ran, 'check')} passed`,
    d.drift?.length ? `drift in ${drifted.length} of ${plural(d.drift.length, 'column')}` : '',
  ].filter(Boolean);
  const out: string[] = [`#### Data ${code(d.name, { max: 60 })} ${ICON[datasetVerdict(d)]}`, '', summary.join(' · '), ''];
  const shown = problems.slice(0, plan.rowCap);
  if (problems.length > shown.length) notes.add('failed-checks', problems.length - shown.length, code(d.name));
  if (shown.length > 0) {
    out.push(
      '| Column | Check | Expected | Observed | Failing | Result |',
      '|:--|:--|:--|:--|--:|:--|',
      ...shown.map(
        (c) =>
          `| ${c.column !== undefined ? text(c.column, { max: 60 }) : '_(dataset)_'} | ${text(c.check, { max: 40 })} | ${expectedText(c)} | ${c.observed === undefined || c.observed === null ? '—' : valueText(c.observed, { max: 60 })} | ${count(c.failing)} ${unitWord(unitOf(c), c.failing)} (${share(c.fraction)}) | ${STATUS[c.status]}${c.severity === 'warn' && c.status !== 'pass' ? '' : ''}${c.message ? `<br><sub>${text(c.message, { max: 160 })}</sub>` : ''} |`,
      ),
      '',
    );
    out.push(...examples(d, shown, input, plan, notes));
  }
  out.push(...driftTable(d, plan, notes));
  return out;
}

function examples(d: DatasetResult, shown: readonly CheckResult[], input: ReportInput, plan: Plan, notes: Notes): string[] {
  const configured = input.maxExamples ?? 5;
  const per = Math.min(configured, plan.examplesPerCheck);
  const total = shown.reduce((n, c) => n + c.examples.length, 0);
  if (total === 0) return [];
  const rows = shown.flatMap((c) => c.examples.slice(0, per).map((e) => ({ c, e })));
  // Only what the size limit cut counts as left out; `max_examples` is the user's choice.
  const wanted = shown.reduce((n, c) => n + Math.min(configured, c.examples.length), 0);
  if (rows.length < wanted) notes.add('examples', wanted - rows.length, code(d.name));
  if (rows.length === 0) return [];
  return [
    `<details><summary>Examples of failing rows in ${text(d.name, { max: 60 })} (${rows.length} of ${count(total)})</summary>`,
    '',
    '| Column | Check | File | Line / row | Value |',
    '|:--|:--|:--|--:|:--|',
    ...rows.map(
      ({ c, e }) =>
        `| ${c.column !== undefined ? text(c.column, { max: 60 }) : '—'} | ${text(c.check, { max: 40 })} | ${text(e.file, { max: 80 })} | ${e.line !== undefined ? `line ${count(e.line)}` : e.row !== undefined ? `row ${count(e.row)}` : '—'} | ${code(e.value, { max: 80 })} |`,
    ),
    '',
    '</details>',
    '',
  ];
}

function driftTable(d: DatasetResult, plan: Plan, notes: Notes): string[] {
  const drift = d.drift ?? [];
  if (drift.length === 0) return [];
  const order = { fail: 0, warn: 1, pass: 2, skipped: 3 } as const;
  const sorted = [...drift].sort((a, b) => order[a.status] - order[b.status] || b.score / (b.threshold || 1) - a.score / (a.threshold || 1));
  const problems = sorted.filter((x) => x.status === 'fail' || x.status === 'warn');
  const cappedProblems = problems.slice(0, plan.rowCap);
  const rows = plan.passingDrift ? [...cappedProblems, ...sorted.filter((x) => x.status !== 'fail' && x.status !== 'warn')] : cappedProblems;
  if (rows.length < drift.length) notes.add('drift-rows', drift.length - rows.length, code(d.name));
  const out = [`<sub>Drift of ${text(d.name, { max: 60 })} against the reference</sub>`, ''];
  if (rows.length === 0) return [...out, `_No column drifted (${plural(drift.length, 'column')} compared)._`, ''];
  return [
    ...out,
    '| Column | Method | Score | Threshold | Result |',
    '|:--|:--|--:|--:|:--|',
    ...rows.map(
      (x) =>
        `| ${text(x.column, { max: 60 })} | ${text(x.method, { max: 30 })} | ${num(x.score)}${x.error_bound !== undefined ? ` <sub>±${num(x.error_bound)}</sub>` : ''}${x.p_value !== undefined ? ` <sub>${pText(x.p_value)}</sub>` : ''} | ${num(x.threshold)} | ${x.status === 'fail' ? '❌ drifted' : x.status === 'warn' ? '⚠️ drifted' : STATUS[x.status]}${x.message ? `<br><sub>${text(x.message, { max: 160 })}</sub>` : ''} |`,
    ),
    '',
  ];
}

export function passedChecks(input: ReportInput): { dataset: string; check: CheckResult }[] {
  return (input.validation?.datasets ?? []).flatMap((d) => d.checks.filter((c) => c.status === 'pass' || c.status === 'skipped').map((check) => ({ dataset: d.name, check })));
}

export function detailsSection(input: ReportInput): string[] {
  const passed = passedChecks(input);
  if (passed.length === 0) return [];
  return [
    `<details><summary>${plural(passed.length, 'passed or skipped data check')}</summary>`,
    '',
    '| Dataset | Column | Check | Expected | Observed | Result |',
    '|:--|:--|:--|:--|:--|:--|',
    ...passed.map(
      ({ dataset, check: c }) =>
        `| ${text(dataset, { max: 60 })} | ${c.column !== undefined ? text(c.column, { max: 60 }) : '—'} | ${text(c.check, { max: 40 })} | ${expectedText(c)} | ${c.observed === undefined || c.observed === null ? '—' : valueText(c.observed, { max: 60 })} | ${STATUS[c.status]} |`,
    ),
    '',
    '</details>',
    '',
  ];
}

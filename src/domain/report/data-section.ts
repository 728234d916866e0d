/** The report's data part: per dataset the failed checks, examples of failing rows and drift; the passed checks in details. */
import { repeatsText } from '../example-place.js';
import type { CheckResult, DatasetResult, ValidationResult, Verdict } from '../results.js';
import { unitOf, unitWord } from '../validation/failing-units.js';
import { dataVsProductionSection } from './data-vs-production.js';
import { describeCheck } from './describe.js';
import { driftSection, driftSummary } from './drift-section.js';
import { code, text } from './escape.js';
import { count, plural, pValue, share } from './format.js';
import { ICON, STATUS, type Notes, type Plan } from './plan.js';
import type { ReportInput } from './types.js';

export function pText(p: number): string {
  const v = pValue(p);
  return v.startsWith('<') ? `p&lt;${v.slice(1)}` : `p=${v}`;
}

function checkName(c: CheckResult): string {
  return `${c.column !== undefined ? `${code(c.column, { max: 40 })} ` : ''}${text(c.check, { max: 30 })}`;
}

function failingCell(c: CheckResult): string {
  const what = `${count(c.failing)} ${unitWord(unitOf(c), c.failing)}`;
  return c.failing > 0 && c.fraction > 0 ? `${what}<br><sub>${share(c.fraction)}</sub>` : c.failing > 0 ? what : '—';
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
  const summary = [
    `${count(d.rows)} rows`,
    problems.length ? `${problems.length} of ${plural(ran, 'check')} failed or warned` : `${plural(ran, 'check')} passed`,
    driftSummary(d),
  ].filter(Boolean);
  const out: string[] = [`#### Data ${code(d.name, { max: 60 })} ${ICON[datasetVerdict(d)]}`, '', summary.join(' · '), ''];
  const shown = problems.slice(0, plan.rowCap);
  if (problems.length > shown.length) notes.add('failed-checks', problems.length - shown.length, code(d.name));
  if (shown.length > 0) {
    out.push(
      '| Check | Expected | Observed | Failing |',
      '|:--|:--|:--|--:|',
      ...shown.map((c) => {
        const t = describeCheck(c);
        const icon = c.status === 'fail' ? '❌' : '⚠️';
        const message = c.message ? `<br><sub>${text(c.message, { max: 100 })}</sub>` : '';
        return `| ${icon} ${checkName(c)} | ${text(t.expected, { max: 70 })} | ${text(t.observed, { max: 70 })}${message} | ${failingCell(c)} |`;
      }),
      '',
    );
    out.push(...examples(d, shown, input, plan, notes));
  }
  out.push(...dataVsProductionSection(d.production));
  out.push(...driftSection(d, plan, notes));
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
    '| Check | File | Line / row | Value |',
    '|:--|:--|--:|:--|',
    ...rows.map(
      ({ c, e }) =>
        `| ${checkName(c)} | ${text(e.file, { max: 60 })} | ${e.line !== undefined ? `line ${count(e.line)}` : e.row !== undefined ? `row ${count(e.row)}` : '—'} | ${repeatsText(e) !== undefined ? text(repeatsText(e)!, { max: 100 }) : code(e.value, { max: 60 })} |`,
    ),
    '',
    '</details>',
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
    '| Check | Expected | Observed | Result |',
    '|:--|:--|:--|:--|',
    ...passed.map(({ dataset, check: c }) => {
      const t = describeCheck(c);
      const where = (input.validation?.datasets.length ?? 0) > 1 ? `${text(dataset, { max: 30 })}: ` : '';
      return `| ${where}${checkName(c)} | ${text(t.expected, { max: 70 })} | ${text(t.observed, { max: 70 })} | ${STATUS[c.status]}${c.status === 'skipped' && c.message ? `<br><sub>${text(c.message, { max: 80 })}</sub>` : ''} |`;
    }),
    '',
    '</details>',
    '',
  ];
}

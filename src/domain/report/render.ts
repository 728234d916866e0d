import type { CheckResult, ComparisonResult, DriftResult, ValidationResult, Verdict } from '../results.js';
import { code, text } from './escape.js';
import { plural } from './format.js';
import { isFirstRelease, modelSection } from './gate-section.js';
import { marker } from './marker.js';
import { dataSection, detailsSection, passedChecks } from './data-section.js';
import { FULL, ICON, LADDER, Notes, type Plan } from './plan.js';
import { listWithMore } from './shorten.js';
import { unusedEvidenceClause } from './unused-evidence.js';
import { COMMENT_BUDGET, type RenderedReport, type RenderOptions, type ReportInput } from './types.js';

export function overallVerdict(input: ReportInput): Verdict {
  const verdicts: Verdict[] = [...(input.validation ? [input.validation.verdict] : []), ...(input.comparisons ?? []).map((c) => c.verdict)];
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('warn')) return 'warn';
  return 'pass';
}

/** Renders the PR report; shortens it by priority until it fits `maxChars`, saying what it left out. */
export function renderReport(input: ReportInput, options: RenderOptions = {}): RenderedReport {
  const max = options.maxChars ?? COMMENT_BUDGET;
  const verdict = overallVerdict(input);
  let last: { markdown: string; omitted: string[] } | undefined;
  for (const step of LADDER) {
    last = compose(input, { ...FULL, ...step }, options);
    if (last.markdown.length <= max) return { ...last, verdict };
  }
  // Below every planned cut: list fewer failed checks and warnings, then (last resort) fewer failing gates.
  const base: Plan = { ...FULL, ...LADDER[LADDER.length - 1] };
  const fitted = largestFitting((cap) => compose(input, { ...base, rowCap: cap }, options), max);
  if (fitted) return { ...fitted, verdict };
  const lastResort = largestFitting((cap) => compose(input, { ...base, rowCap: 0, failCap: cap }, options), max);
  return { ...(lastResort ?? last ?? compose(input, { ...base, rowCap: 0, failCap: 0 }, options)), verdict };
}

function largestFitting(render: (cap: number) => { markdown: string; omitted: string[] }, max: number): { markdown: string; omitted: string[] } | undefined {
  let lo = 0;
  let hi = 1;
  while (render(hi).markdown.length <= max && hi < 1_000_000) hi *= 2;
  let best: { markdown: string; omitted: string[] } | undefined;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const r = render(mid);
    if (r.markdown.length <= max) {
      best = r;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function compose(input: ReportInput, plan: Plan, options: RenderOptions): { markdown: string; omitted: string[] } {
  const notes = new Notes();
  const verdict = overallVerdict(input);
  const parts: string[] = [marker(input.key), `${ICON[verdict]} **${verdictTitle(verdict)}:** ${withUnused(why(input, verdict), input)}`, ''];
  for (const comparison of input.comparisons ?? []) parts.push(...modelSection(input, comparison, plan, notes));
  if (input.validation) parts.push(...dataSection(input.validation, input, plan, notes));
  if (plan.details) parts.push(...detailsSection(input));
  else if (passedChecks(input).length > 0) notes.add('details', passedChecks(input).length, '');
  if (notes.items.length > 0) {
    parts.push(
      `> [!NOTE]`,
      `> This report was shortened to fit GitHub's comment limit. Left out: ${notes.items.join('; ')}.`,
      `> ${options.fullReportHint ?? fullReportHint(input)}`,
      '',
    );
  }
  parts.push(footer(input));
  return { markdown: `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`, omitted: notes.items };
}

/** The verdict's sentence, then what could not be compared and why (one sentence still: a semicolon joins them). */
function withUnused(sentence: string, input: ReportInput): string {
  const unused = unusedEvidenceClause(input.comparisons ?? [], input.validation);
  return unused ? `${sentence.replace(/\.$/, '')}; ${unused}.` : sentence;
}

function verdictTitle(v: Verdict): string {
  return v === 'pass' ? 'Passed' : v === 'warn' ? 'Passed with warnings' : 'Failed';
}

/** Whole names, as many as fit in about 80 characters, then "and N more". */
function names(list: readonly string[]): string {
  return text(listWithMore(list, 80), { max: 120 });
}

/** Failed checks of severity error (they decide the verdict), by dataset. */
function failedChecks(v: ValidationResult | undefined, status: 'fail' | 'warn'): { dataset: string; check: CheckResult }[] {
  return (v?.datasets ?? []).flatMap((d) => d.checks.filter((c) => c.status === status).map((check) => ({ dataset: d.name, check })));
}

/** The drift row carrying the share-of-drifted-columns verdict: a dataset finding, not a column. */
const DATASET_DRIFT_ROW = '(dataset)';

function driftClauses(found: readonly { dataset: string; drift: DriftResult }[]): string[] {
  const columns = found.filter((f) => f.drift.column !== DATASET_DRIFT_ROW);
  const shares = found.filter((f) => f.drift.column === DATASET_DRIFT_ROW);
  return [
    ...(columns.length ? [`${plural(columns.length, 'column')} drifted (${names(columns.map((f) => `${f.dataset}.${f.drift.column}`))})`] : []),
    ...(shares.length ? [`too many columns drifted in ${names(shares.map((f) => f.dataset))}`] : []),
  ];
}

function failedDrift(v: ValidationResult | undefined, status: 'fail' | 'warn'): { dataset: string; drift: DriftResult }[] {
  return (v?.datasets ?? []).flatMap((d) => (d.drift ?? []).filter((x) => x.status === status).map((drift) => ({ dataset: d.name, drift })));
}

function checkLabel(dataset: string, c: CheckResult): string {
  return `${dataset}${c.column !== undefined ? `.${c.column}` : ''} ${c.check}`;
}

/** One sentence saying why the verdict is what it is. */
function why(input: ReportInput, verdict: Verdict): string {
  const metrics = (input.comparisons ?? []).flatMap((c) => c.metrics);
  const failing = metrics.filter((m) => m.status === 'fail');
  const inconclusive = metrics.filter((m) => m.status === 'inconclusive');
  const warned = metrics.filter((m) => m.status === 'warn');
  const checksFailed = failedChecks(input.validation, 'fail');
  const checksWarned = failedChecks(input.validation, 'warn');
  const driftFailed = failedDrift(input.validation, 'fail');
  const driftWarned = failedDrift(input.validation, 'warn');
  const clauses: string[] = [];
  if (verdict === 'fail') {
    if (failing.length) clauses.push(`${plural(failing.length, 'gate')} failed (${names(failing.map((m) => m.name))})`);
    if (checksFailed.length) clauses.push(`${plural(checksFailed.length, 'data check')} failed (${names(checksFailed.map((f) => checkLabel(f.dataset, f.check)))})`);
    clauses.push(...driftClauses(driftFailed));
    if (clauses.length === 0) clauses.push('a gate or check of severity error failed');
    return `${joinClauses(clauses)}.`;
  }
  if (verdict === 'warn') {
    if (inconclusive.length) clauses.push(`${plural(inconclusive.length, 'metric')} inconclusive (${names(inconclusive.map((m) => m.name))}: not enough evidence either way)`);
    if (warned.length) clauses.push(`${plural(warned.length, 'gate')} warned (${names(warned.map((m) => m.name))})`);
    if (checksWarned.length) clauses.push(`${plural(checksWarned.length, 'data check')} warned (${names(checksWarned.map((f) => checkLabel(f.dataset, f.check)))})`);
    clauses.push(...driftClauses(driftWarned));
    if (clauses.length === 0) clauses.push('a warning-level finding');
    return `nothing blocks the merge, but ${joinClauses(clauses)}.`;
  }
  const gated = metrics.filter((m) => m.status !== 'skipped').length;
  const datasets = input.validation?.datasets ?? [];
  const checks = datasets.reduce((n, d) => n + d.checks.filter((c) => c.status !== 'skipped').length, 0);
  const driftColumns = datasets.reduce((n, d) => n + (d.drift ?? []).filter((x) => x.status !== 'skipped' && x.column !== DATASET_DRIFT_ROW).length, 0);
  const parts = [gated ? plural(gated, 'gate') : '', checks ? plural(checks, 'data check') : ''].filter(Boolean);
  const what = parts.length ? `all ${parts.join(' and ')} passed` : '';
  const drift = driftColumns ? `no drift in ${plural(driftColumns, 'column')}` : '';
  const against = (input.comparisons ?? []).map(baselinePhrase);
  const base = against.length ? ` ${against.join('; ')}` : '';
  const sentence = [what, drift].filter(Boolean).join(', ');
  return sentence ? `${sentence}${base}.` : `nothing to check${base}.`;
}

function baselinePhrase(c: ComparisonResult): string {
  if (isFirstRelease(c)) return '(no production baseline yet: only absolute bounds apply)';
  return `against ${text(c.baseline.source, { max: 60 })}${c.baseline.version !== undefined ? ` ${code(c.baseline.version, { max: 40 })}` : ''}`;
}

function joinClauses(c: readonly string[]): string {
  return c.length <= 1 ? (c[0] ?? '') : `${c.slice(0, -1).join(', ')} and ${c[c.length - 1] ?? ''}`;
}

function fullReportHint(input: ReportInput): string {
  const artifact = input.links?.artifactName ? `the ${code(input.links.artifactName)} artifact` : 'the results artifact';
  const run = safeUrl(input.links?.runUrl);
  const where = safeUrl(input.links?.artifactsUrl) ?? run;
  return `The full report is in ${where ? `[${artifact}](${where})` : artifact} and in the job summary${run ? ` of [this run](${run})` : ' of this run'}.`;
}

/** Only plain http(s) URLs without characters that could end the Markdown link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+$/.test(url) && !/[()[\]<>]/.test(url) ? url : undefined;
}

export function footer(input: ReportInput): string {
  const run = safeUrl(input.links?.runUrl);
  const artifacts = safeUrl(input.links?.artifactsUrl);
  const links = [run ? `[Workflow run](${run})` : '', artifacts ? `[Artifacts](${artifacts})${input.links?.artifactName ? ` (${code(input.links.artifactName, { max: 60 })})` : ''}` : ''].filter(Boolean);
  const sha = input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha) ? ` for ${input.sha.slice(0, 7)}` : '';
  return `<sub>${links.length ? `${links.join(' · ')} · ` : ''}mlgate${input.version ? ` ${text(input.version, { max: 20 })}` : ''}${sha}</sub>\n`;
}

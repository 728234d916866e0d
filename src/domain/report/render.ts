import type { CheckResult, ComparisonResult, DriftResult, MetricResult, ValidationResult, Verdict } from '../results.js';
import { renderChart, type ChartPoint } from './chart.js';
import { code, text } from './escape.js';
import { num, percent, plural, signed } from './format.js';
import { marker } from './marker.js';
import { dataSection, detailsSection, passedChecks, pText } from './data-section.js';
import { FULL, ICON, INLINE_PASSING, LADDER, Notes, RANK, STATUS, type Plan } from './plan.js';
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
  const parts: string[] = [marker(input.key), `${ICON[verdict]} **${verdictTitle(verdict)}:** ${why(input, verdict)}`, ''];
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

function verdictTitle(v: Verdict): string {
  return v === 'pass' ? 'Passed' : v === 'warn' ? 'Passed with warnings' : 'Failed';
}

function names(list: readonly string[], max = 3): string {
  const shown = list.slice(0, max).map((n) => text(n, { max: 40 }));
  return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
}

/** Failed checks of severity error (they decide the verdict), by dataset. */
function failedChecks(v: ValidationResult | undefined, status: 'fail' | 'warn'): { dataset: string; check: CheckResult }[] {
  return (v?.datasets ?? []).flatMap((d) => d.checks.filter((c) => c.status === status).map((check) => ({ dataset: d.name, check })));
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
    if (driftFailed.length) clauses.push(`${plural(driftFailed.length, 'column')} drifted (${names(driftFailed.map((f) => `${f.dataset}.${f.drift.column}`))})`);
    if (clauses.length === 0) clauses.push('a gate or check of severity error failed');
    return `${joinClauses(clauses)}.`;
  }
  if (verdict === 'warn') {
    if (inconclusive.length) clauses.push(`${plural(inconclusive.length, 'metric')} inconclusive (${names(inconclusive.map((m) => m.name))}: the interval is wider than the margin)`);
    if (warned.length) clauses.push(`${plural(warned.length, 'gate')} warned (${names(warned.map((m) => m.name))})`);
    if (checksWarned.length) clauses.push(`${plural(checksWarned.length, 'data check')} warned (${names(checksWarned.map((f) => checkLabel(f.dataset, f.check)))})`);
    if (driftWarned.length) clauses.push(`${plural(driftWarned.length, 'column')} drifted (${names(driftWarned.map((f) => `${f.dataset}.${f.drift.column}`))})`);
    if (clauses.length === 0) clauses.push('a warning-level finding');
    return `nothing blocks the merge, but ${joinClauses(clauses)}.`;
  }
  const gated = metrics.filter((m) => m.status !== 'skipped').length;
  const checks = (input.validation?.datasets ?? []).reduce((n, d) => n + d.checks.filter((c) => c.status !== 'skipped').length + (d.drift?.length ?? 0), 0);
  const what = [gated ? `all ${plural(gated, 'gate')}` : '', checks ? `${gated ? '' : 'all '}${plural(checks, 'data check')}` : ''].filter(Boolean).join(' and ');
  const against = (input.comparisons ?? []).map(baselinePhrase);
  const base = against.length ? ` ${against.join('; ')}` : '';
  return what ? `${what} passed${base}.` : `nothing to check${base}.`;
}

function joinClauses(c: readonly string[]): string {
  return c.length <= 1 ? (c[0] ?? '') : `${c.slice(0, -1).join(', ')} and ${c[c.length - 1] ?? ''}`;
}

function isFirstRelease(c: ComparisonResult): boolean {
  return c.baseline.version === undefined && c.metrics.every((m) => m.baseline === null);
}

function baselinePhrase(c: ComparisonResult): string {
  if (isFirstRelease(c)) return '(no production baseline yet: only absolute bounds apply)';
  return `against ${text(c.baseline.source, { max: 60 })}${c.baseline.version !== undefined ? ` ${code(c.baseline.version, { max: 40 })}` : ''}`;
}

function baselineHeader(c: ComparisonResult): string {
  const source = c.baseline.source;
  const version = c.baseline.version !== undefined ? ` (${text(c.baseline.version, { max: 40 })})` : '';
  if (source === 'production') return `Production${version}`;
  // A file or ref path is long: keep the column narrow.
  return `Baseline${version}<br><sub>${text(source, { max: 60 })}</sub>`;
}

function metricName(m: MetricResult): string {
  const arrow = m.direction === 'lower' ? '↓' : '↑';
  return `${text(m.name, { max: 80 })}\u00A0${arrow}${m.direction_inferred ? '*' : ''}`;
}

function deltaCell(m: MetricResult, withCi: boolean): string {
  if (m.delta === null) return '—';
  const rel = m.relative_delta !== null ? ` (${percent(m.relative_delta)})` : '';
  const ci = withCi && m.ci ? `<br><sub>[${signed(m.ci[0])}, ${signed(m.ci[1])}]</sub>` : '';
  return `${signed(m.delta)}${rel}${ci}`;
}

function resultCell(m: MetricResult): string {
  const p = m.p_value !== undefined ? ` <sub>${pText(m.p_value)}</sub>` : '';
  const severity = m.severity === 'warn' && m.status === 'fail' ? ' (warn)' : '';
  const reason = m.status === 'pass' || m.reason === '' ? '' : `<br><sub>${text(m.reason, { max: 160 })}</sub>`;
  return `${STATUS[m.status]}${severity}${p}${reason}`;
}

function metricsTable(c: ComparisonResult, rows: readonly MetricResult[]): string[] {
  const withCi = c.metrics.some((m) => m.ci !== undefined);
  return [
    `| Metric | ${baselineHeader(c)} | Candidate | Δ${withCi ? ' (CI)' : ''} | Gate | Result |`,
    '|:--|--:|--:|--:|:--|:--|',
    ...rows.map((m) => `| ${metricName(m)} | ${num(m.baseline)} | ${num(m.candidate)} | ${deltaCell(m, withCi)} | ${text(m.gate, { max: 120 }) || '—'} | ${resultCell(m)} |`),
  ];
}

function sortMetrics(metrics: readonly MetricResult[]): MetricResult[] {
  return metrics.map((m, i) => ({ m, i })).sort((a, b) => RANK[a.m.status] - RANK[b.m.status] || a.i - b.i).map((x) => x.m);
}

function modelSection(input: ReportInput, c: ComparisonResult, plan: Plan, notes: Notes): string[] {
  const out: string[] = [`#### Model ${code(c.model, { max: 60 })} ${ICON[c.verdict]}`, ''];
  if (isFirstRelease(c)) out.push('No production baseline yet: only absolute bounds (`min`, `max`) apply; this will be the first release.', '');
  const sorted = sortMetrics(c.metrics);
  const failing = sorted.filter((m) => m.status === 'fail');
  const warning = sorted.filter((m) => m.status === 'warn' || m.status === 'inconclusive');
  const rest = sorted.filter((m) => m.status === 'pass' || m.status === 'skipped');
  const shownFailing = failing.slice(0, plan.failCap);
  const shownWarning = warning.slice(0, plan.rowCap);
  if (failing.length > shownFailing.length) notes.add('failing-gates', failing.length - shownFailing.length, code(c.model));
  if (warning.length > shownWarning.length) notes.add('warnings', warning.length - shownWarning.length, code(c.model));
  const inline = plan.passingMetrics && rest.length <= INLINE_PASSING ? rest : [];
  const rows = [...shownFailing, ...shownWarning, ...inline];
  if (rows.length > 0) out.push(...metricsTable(c, rows), '');
  if (rest.length > inline.length) {
    if (plan.details) {
      out.push(`<details><summary>${plural(rest.length, 'passing or skipped metric')}</summary>`, '', ...metricsTable(c, rest), '', '</details>', '');
    } else {
      out.push(`_${plural(rest.length, 'metric')} passed or were skipped (not listed here)._`, '');
      notes.add('passing-metrics', rest.length, code(c.model));
    }
  }
  if (c.metrics.length === 0) out.push('_No metrics were compared._', '');
  if (c.metrics.some((m) => m.direction_inferred)) out.push('<sub>↑ higher is better, ↓ lower is better; * direction inferred from the metric name.</sub>', '');
  if (plan.charts) out.push(...charts(input, c));
  else if (chartMetrics(input, c).length > 0) notes.add('charts', chartMetrics(input, c).length, code(c.model));
  return out;
}

function chartMetrics(input: ReportInput, c: ComparisonResult): string[] {
  const history = input.history?.[c.model] ?? [];
  if (history.length === 0) return [];
  const configured = input.headline?.[c.model];
  const limit = configured ? 6 : 3;
  const byName = new Map(c.metrics.map((m) => [m.name, m]));
  const chartable = (name: string): boolean => Number.isFinite(byName.get(name)?.candidate) && history.some((r) => typeof r.metrics[name] === 'number');
  const picked: string[] = [];
  for (const name of configured ?? c.metrics.filter((m) => m.status !== 'skipped' && m.gate !== '').map((m) => m.name)) {
    if (picked.length >= limit) break;
    if (chartable(name)) picked.push(name);
  }
  return picked;
}

function charts(input: ReportInput, c: ComparisonResult): string[] {
  const metrics = chartMetrics(input, c);
  if (metrics.length === 0) return [];
  const history = input.history?.[c.model] ?? [];
  const keep = input.chartReleases ?? 6;
  const out: string[] = [`<details open><summary>${metrics.length === 1 ? 'Headline metric' : 'Headline metrics'} over the last releases and this candidate</summary>`, ''];
  for (const name of metrics) {
    const points: ChartPoint[] = history
      .filter((r) => typeof r.metrics[name] === 'number')
      .slice(0, keep)
      .reverse()
      .map((r) => ({ label: r.model.version, value: r.metrics[name] as number }));
    const candidate = c.metrics.find((m) => m.name === name)?.candidate;
    if (typeof candidate === 'number') points.push({ label: 'candidate', value: candidate });
    out.push(renderChart({ metric: name, points }), '');
  }
  out.push('</details>', '');
  return out;
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

function footer(input: ReportInput): string {
  const run = safeUrl(input.links?.runUrl);
  const artifacts = safeUrl(input.links?.artifactsUrl);
  const links = [run ? `[Workflow run](${run})` : '', artifacts ? `[Artifacts](${artifacts})${input.links?.artifactName ? ` (${code(input.links.artifactName, { max: 60 })})` : ''}` : ''].filter(Boolean);
  const sha = input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha) ? ` for ${input.sha.slice(0, 7)}` : '';
  return `<sub>${links.length ? `${links.join(' · ')} · ` : ''}mlgate${input.version ? ` ${text(input.version, { max: 20 })}` : ''}${sha}</sub>\n`;
}

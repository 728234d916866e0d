/** How much of the report is shown (the shortening ladder) and what was left out, with the report's status words. */
import type { MetricStatus, Verdict } from '../results.js';
import { plural } from './format.js';

/** How much of the report to show; each step down the ladder leaves out more (never the verdict or failing gates). */
export interface Plan {
  examplesPerCheck: number;
  details: boolean;
  passingDrift: boolean;
  /** Reference-vs-current charts of the drifted columns. */
  driftCharts: boolean;
  charts: boolean;
  passingMetrics: boolean;
  /** Most failed checks / warning metrics listed per section. */
  rowCap: number;
  /** Most failing metrics listed per model (only below every other cut). */
  failCap: number;
}

export const FULL: Plan = { examplesPerCheck: Infinity, details: true, passingDrift: true, driftCharts: true, charts: true, passingMetrics: true, rowCap: Infinity, failCap: Infinity };

/** The shortening ladder, in order: details first; the verdict and failing gates are never dropped until nothing else is left. */
export const LADDER: readonly Partial<Plan>[] = [
  {},
  { details: false },
  { details: false, driftCharts: false },
  { examplesPerCheck: 3, details: false, driftCharts: false },
  { examplesPerCheck: 0, details: false, driftCharts: false },
  { examplesPerCheck: 0, details: false, driftCharts: false, passingDrift: false },
  { examplesPerCheck: 0, details: false, driftCharts: false, passingDrift: false, charts: false },
  { examplesPerCheck: 0, details: false, driftCharts: false, passingDrift: false, charts: false, passingMetrics: false },
];

export const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
export const STATUS: Record<MetricStatus, string> = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped', inconclusive: '❔ inconclusive' };
export const RANK: Record<MetricStatus, number> = { fail: 0, inconclusive: 1, warn: 2, pass: 3, skipped: 4 };

export type NoteKind = 'definitions' | 'failing-gates' | 'warnings' | 'passing-metrics' | 'charts' | 'failed-checks' | 'examples' | 'drift-rows' | 'drift-charts' | 'details';

export const NOTE_ORDER: readonly NoteKind[] = ['details', 'drift-charts', 'definitions', 'examples', 'drift-rows', 'charts', 'passing-metrics', 'failed-checks', 'warnings', 'failing-gates'];

/** What was left out, summed per kind so a many-dataset report still says it in one line. */
export class Notes {
  private readonly byKind = new Map<NoteKind, { count: number; where: Set<string> }>();
  add(kind: NoteKind, count: number, where: string): void {
    const entry = this.byKind.get(kind) ?? { count: 0, where: new Set<string>() };
    entry.count += count;
    if (where !== '') entry.where.add(where);
    this.byKind.set(kind, entry);
  }
  get items(): string[] {
    return NOTE_ORDER.filter((k) => this.byKind.has(k)).map((k) => {
      const { count: n, where } = this.byKind.get(k)!;
      const places = where.size > 3 ? `${where.size} places` : [...where].join(', ');
      const what: Record<NoteKind, string> = {
        details: `the list of ${plural(n, 'passed or skipped data check')}`,
        definitions: 'the gate definitions and reasons',
        examples: `${plural(n, 'example')} of failing rows`,
        'drift-rows': `${plural(n, 'drift row')}`,
        'drift-charts': `the ${plural(n, 'chart')} of drifted columns`,
        charts: `${plural(n, 'chart')}`,
        'passing-metrics': `${plural(n, 'passing or skipped metric')}`,
        'failed-checks': `${plural(n, 'more failed or warned check')}`,
        warnings: `${plural(n, 'more warning')}`,
        'failing-gates': `${plural(n, 'more failing gate')}`,
      };
      return `${what[k]}${places ? ` (${places})` : ''}`;
    });
  }
}

import { describe, expect, it } from 'vitest';
import { streamProgress } from '../../src/adapters/progress.js';
import { progressLine } from '../../src/domain/progress-line.js';
import type { KernelTasks } from '../../src/domain/stats/significance.js';
import { reportingRunner } from '../../src/io/workers/predictions-workers.js';
import type { Progress } from '../../src/ports.js';

/** A clock the test moves by hand. */
function clock(): { now: () => number; at: (ms: number) => void } {
  let t = 1_000_000;
  const start = t;
  return { now: () => t, at: (ms) => (t = start + ms) };
}

describe('progress lines', () => {
  it('says what is done, the rate and what is left, from bytes when given', () => {
    const line = progressLine({ label: 'reading d', unit: 'rows' }, { done: 500_000, bytes: { done: 25 << 20, total: 100 << 20 }, elapsed: 2 });
    expect(line).toBe('reading d: 500,000 rows (25.0 MiB of 100.0 MiB, 25%), 250,000 rows/s, about 6 s left');
    expect(progressLine({ label: 'boot', unit: 'resamples', total: 10_000 }, { done: 2_500, elapsed: 5 })).toBe('boot: 2,500 of 10,000 resamples (25%), 500 resamples/s, about 15 s left');
    expect(progressLine({ label: 'x', unit: 'rows' }, { done: 10, elapsed: 1 })).toBe('x: 10 rows, 10 rows/s, time left unknown');
  });

  it('plain form: nothing before the delay, then at most a line per interval, and a closing line', () => {
    const c = clock();
    const out: string[] = [];
    const meter = streamProgress('plain', (t) => out.push(t), { delayMs: 2000, intervalMs: 5000 }, c.now).start({ label: 'reading d', unit: 'rows' });
    c.at(1000);
    meter.update(100);
    expect(out).toEqual([]);
    c.at(2000);
    meter.update(200);
    c.at(6000);
    meter.update(300);
    c.at(7000);
    meter.update(400);
    expect(out).toEqual(['reading d: 200 rows, 100 rows/s, time left unknown\n', 'reading d: 400 rows, 57 rows/s, time left unknown\n']);
    c.at(9000);
    meter.end();
    expect(out[2]).toBe('reading d: done, 400 rows in 9 s\n');
    expect(out.join('')).not.toMatch(/\u001b|\r/);
  });

  it('a task shorter than the delay prints nothing at all; off prints nothing ever', () => {
    const c = clock();
    const out: string[] = [];
    for (const form of ['plain', 'live', 'off'] as const) {
      const meter = streamProgress(form, (t) => out.push(t), { delayMs: 2000, intervalMs: 0 }, c.now).start({ label: 'r', unit: 'rows' });
      c.at(1999);
      meter.update(5);
      meter.end();
    }
    const off = streamProgress('off', (t) => out.push(t), { delayMs: 0, intervalMs: 0 }, c.now).start({ label: 'r', unit: 'rows' });
    c.at(5000);
    off.update(1);
    off.end();
    expect(out).toEqual([]);
  });

  it('live form rewrites one line in place and clears it at the end; untrusted text is neutralised', () => {
    const c = clock();
    const out: string[] = [];
    const meter = streamProgress('live', (t) => out.push(t), { delayMs: 0, intervalMs: 5000 }, c.now).start({ label: 'reading \u001b[31mx\n::error::y', unit: 'rows' });
    c.at(1000);
    meter.update(10);
    c.at(1100);
    meter.update(20); // within the live form's 200 ms: not redrawn
    c.at(1300);
    meter.update(30);
    meter.end();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r.*10 rows.*\u001b\[K$/);
    expect(out[1]).toMatch(/^\r.*30 rows.*\u001b\[K$/);
    expect(out[2]).toBe('\r\u001b[K');
    for (const t of out.slice(0, 2)) {
      const text = t.slice(1, -3);
      expect(text).not.toMatch(/[\u0000-\u001f\u007f]/);
      expect(text).not.toMatch(/^::/m);
    }
  });
});

describe('resampling progress', () => {
  it('reports the resamples of each finished task against the total', async () => {
    const counts = [400, 400, 200];
    const seen: Array<{ done: number; total?: number }> = [];
    let ended = 0;
    const progress: Progress = {
      start: (task) => ({ update: (done) => seen.push({ done, total: task.total }), end: () => void ended++ }),
    };
    const tasks: KernelTasks = { length: 3, work: 1, task: () => { throw new Error('not built by the fake runner'); }, resamples: (i) => counts[i]! };
    const order: number[] = [];
    const runner = reportingRunner(async (t, done) => {
      for (const i of [1, 0, 2]) done?.(i);
      return Promise.resolve(Array.from({ length: t.length }, () => new Float64Array(0)));
    }, progress, 'significance of m');
    await runner(tasks, (i) => order.push(i));
    expect(seen).toEqual([{ done: 400, total: 1000 }, { done: 800, total: 1000 }, { done: 1000, total: 1000 }]);
    expect(order).toEqual([1, 0, 2]);
    expect(ended).toBe(1);
  });
});

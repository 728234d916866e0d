/**
 * The Progress port's adapters: a live line rewritten in place on a terminal, a plain line every few seconds
 * elsewhere (CI logs: no ANSI codes), nothing when quiet. Nothing shows before the task has run `delayMs`.
 */
import { duration, progressLine, type ProgressState } from '../domain/progress-line.js';
import { neutraliseLine } from '../domain/safe-output.js';
import type { Progress, ProgressMeter, ProgressTask } from '../ports.js';

export type ProgressForm = 'live' | 'plain' | 'off';

export interface ProgressTiming {
  /** Nothing shows before a task has run this long. */
  delayMs: number;
  /** Plain form: at most one line per interval. */
  intervalMs: number;
}

const LIVE_INTERVAL_MS = 200;
export const DEFAULT_TIMING: ProgressTiming = { delayMs: 2000, intervalMs: 5000 };

/** MLGATE_PROGRESS_DELAY_MS / MLGATE_PROGRESS_INTERVAL_MS override the 2 s delay and the 5 s interval (tests). */
export function progressTiming(env: Readonly<Record<string, string | undefined>>): ProgressTiming {
  const ms = (v: string | undefined, fallback: number): number => {
    const n = Number(v ?? '');
    return v !== undefined && v !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return { delayMs: ms(env.MLGATE_PROGRESS_DELAY_MS, DEFAULT_TIMING.delayMs), intervalMs: ms(env.MLGATE_PROGRESS_INTERVAL_MS, DEFAULT_TIMING.intervalMs) };
}

export const noProgress: Progress = { start: () => ({ update: () => undefined, end: () => undefined }) };

/**
 * `write` takes text as it is: the live form writes control codes of its own (carriage return, erase to the end of
 * the line) around a neutralised line, so give it the raw stream; the plain form writes neutralised lines.
 */
export function streamProgress(form: ProgressForm, write: (text: string) => void, timing: ProgressTiming = DEFAULT_TIMING, now: () => number = Date.now): Progress {
  if (form === 'off') return noProgress;
  const interval = form === 'live' ? LIVE_INTERVAL_MS : timing.intervalMs;
  return {
    start(task: ProgressTask): ProgressMeter {
      const started = now();
      let shown = false;
      let last = Number.NEGATIVE_INFINITY;
      let done = 0;
      let bytes: ProgressState['bytes'];
      const show = (t: number): void => {
        const line = neutraliseLine(progressLine(task, { done, ...(bytes ? { bytes } : {}), elapsed: (t - started) / 1000 }));
        write(form === 'live' ? `\r${line}\u001b[K` : `${line}\n`);
        shown = true;
        last = t;
      };
      return {
        update(n, b) {
          done = n;
          bytes = b;
          const t = now();
          if (t - started >= timing.delayMs && t - last >= interval) show(t);
        },
        end() {
          if (!shown) return;
          const seconds = (now() - started) / 1000;
          if (form === 'live') write('\r\u001b[K');
          else write(`${neutraliseLine(`${task.label}: done, ${Math.round(done).toLocaleString('en-US')} ${task.unit} in ${duration(seconds)}`)}\n`);
          shown = false;
        },
      };
    },
  };
}

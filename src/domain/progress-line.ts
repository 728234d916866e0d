/** The text of a progress line: what is done, the rate, and an estimate of what is left (pure). */
import type { ProgressTask } from '../ports.js';

export interface ProgressState {
  done: number;
  bytes?: { done: number; total: number };
  /** Seconds since the task started. */
  elapsed: number;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

function size(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Share of the work done: by bytes when given, else by units of a known total; undefined when unknown. */
export function fractionDone(task: ProgressTask, state: ProgressState): number | undefined {
  if (state.bytes && state.bytes.total > 0) return Math.min(1, state.bytes.done / state.bytes.total);
  if (task.total !== undefined && task.total > 0) return Math.min(1, state.done / task.total);
  return undefined;
}

/** e.g. `reading current: 1,200,000 rows (61.0 MiB of 97.5 MiB, 62%), 410,000 rows/s, about 2 s left`. */
export function progressLine(task: ProgressTask, state: ProgressState): string {
  const parts = [`${task.label}: ${count(state.done)}${task.total !== undefined ? ` of ${count(task.total)}` : ''} ${task.unit}`];
  const f = fractionDone(task, state);
  if (state.bytes) parts[0] += ` (${size(state.bytes.done)} of ${size(state.bytes.total)}${f !== undefined ? `, ${Math.floor(100 * f)}%` : ''})`;
  else if (f !== undefined) parts[0] += ` (${Math.floor(100 * f)}%)`;
  if (state.elapsed > 0) parts.push(`${count(state.done / state.elapsed)} ${task.unit}/s`);
  if (f !== undefined && f > 0) parts.push(f >= 1 ? 'finishing' : `about ${duration((state.elapsed * (1 - f)) / f)} left`);
  else parts.push('time left unknown');
  return parts.join(', ');
}

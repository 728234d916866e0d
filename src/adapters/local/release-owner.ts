import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { ReleaseOwner } from './release-store-file.js';

/** How far the start time the kernel reports may lie from the one recorded (whole-second boot time, clock adjustments). */
const START_TIME_TOLERANCE_MS = 30_000;

/** This process, as recorded on the deployments it creates. */
export function currentOwner(): ReleaseOwner {
  return { host: hostname(), pid: process.pid, started_at: new Date(Date.now() - process.uptime() * 1000).toISOString() };
}

/** Linux: when process `pid` started, from /proc (boot time + start ticks); undefined elsewhere or when unreadable. */
function linuxStartTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the parenthesised command name, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootLine = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!bootLine || !Number.isFinite(ticks)) return undefined;
    return Number(bootLine[1]) * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on every Linux ABI Node supports
  } catch {
    return undefined;
  }
}

/**
 * Why the owner of an unfinished release can no longer finish it, or undefined while it may still be running
 * (it runs, or it ran on another host, which this machine cannot see).
 */
export function abandonedBecause(owner: ReleaseOwner | undefined): string | undefined {
  if (!owner || owner.host !== hostname()) return undefined;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return undefined; // EPERM: alive, another user's
    return `abandoned: the mlgate process that ran it (pid ${owner.pid} on ${owner.host}, started ${owner.started_at}) is gone`;
  }
  const started = linuxStartTime(owner.pid);
  const recorded = Date.parse(owner.started_at);
  if (started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > START_TIME_TOLERANCE_MS) {
    return `abandoned: the mlgate process that ran it (pid ${owner.pid} on ${owner.host}, started ${owner.started_at}) is gone; that pid now belongs to another process`;
  }
  return undefined;
}

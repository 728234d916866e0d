import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitAnnotations } from '../../../src/adapters/actions/annotations.js';
import { actionsLog } from '../../../src/adapters/actions/log.js';
import type { CheckResult, ValidationResult } from '../../../src/domain/results.js';
import { annotationsOf, keptAnnotations, parseWorkflowCommands } from '../../harness/index.js';

/**
 * GitHub keeps 10 error and 10 warning annotations per step and drops the rest (the runner harness knows this).
 * mlgate's own messages come last in a step (the failure, the fork warning with its fix), so data rows must leave
 * room for them, and the rows not annotated are counted, never silently lost.
 */

function check(name: string, status: 'fail' | 'warn', examples: number): CheckResult {
  return {
    column: 'age',
    check: name,
    severity: status === 'fail' ? 'error' : 'warn',
    status,
    observed: null,
    expected: null,
    failing: examples,
    fraction: 0.1,
    examples: Array.from({ length: examples }, (_, i) => ({ file: 'data/train.csv', line: i + 2, row: i + 1, value: -i })),
  };
}

function step(result: ValidationResult): ReturnType<typeof keptAnnotations> & { all: ReturnType<typeof annotationsOf> } {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    emitAnnotations(result, actionsLog);
    core.warning('mlgate could not comment on PR #7: read-only token. To comment on pull requests from forks, use the workflow_run pair.');
    core.setFailed('mlgate validate: 2 checks failed');
  } finally {
    spy.mockRestore();
    process.exitCode = 0;
  }
  const all = annotationsOf(parseWorkflowCommands(out.join('')));
  return { all, ...keptAnnotations(all) };
}

afterEach(() => {
  process.exitCode = 0;
});

describe.each([
  ['10 failing rows', 10, 0],
  ['25 failing and 15 warning rows', 25, 15],
  ['3 failing rows', 3, 0],
])('%s', (_name, errors, warnings) => {
  it("keeps the step's failure and the fork warning, and counts what was not annotated", () => {
    const result: ValidationResult = { verdict: 'fail', datasets: [{ name: 'train', rows: 100, checks: [check('range', 'fail', errors), ...(warnings ? [check('nulls', 'warn', warnings)] : [])] }] };
    const { all, kept, dropped } = step(result);
    expect(dropped).toEqual([]);
    expect(kept.some((a) => a.level === 'error' && a.message === 'mlgate validate: 2 checks failed')).toBe(true);
    expect(kept.some((a) => a.level === 'warning' && a.message.includes('workflow_run pair'))).toBe(true);
    const rows = all.filter((a) => a.file === 'data/train.csv');
    const notice = all.find((a) => a.level === 'notice');
    const counted = notice ? Number(/^(\d+) more/.exec(notice.message)?.[1]) : 0;
    expect(rows.length + counted).toBe(errors + warnings);
    if (counted) expect(notice?.message).toMatch(/more failing rows: see the job summary/);
  });
});

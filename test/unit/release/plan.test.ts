import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHistory, renderHistoryTable } from '../../../src/domain/release/history.js';
import type { ReleasePayload } from '../../../src/domain/release/payload.js';
import { detectRace, parseRollbackTarget, planPromote, planRollback, supersededBy } from '../../../src/domain/release/plan.js';
import { findLive, releasesOf, SUPERSEDED_PREFIX, type Release } from '../../../src/domain/release/state.js';
import type { DeploymentState, ReleaseRecord } from '../../../src/ports.js';
import { record, type RecordSpec } from './fixtures.js';

const env = { environment: 'production' };
const rel = (specs: RecordSpec[]): Release[] => releasesOf(specs.map(record), env);

function payload(version: string, verdict: 'pass' | 'fail' | 'warn' | 'none' = 'pass'): ReleasePayload {
  return { mlgate: 1, model: { name: 'churn', version }, metrics: { accuracy: 0.9 }, gate: { verdict }, source: { sha: 'abc' }, artifact: null, rollback_of: null };
}

const lifeSoFar: RecordSpec[] = [
  { id: 1, version: '1', states: ['in_progress', 'success', 'inactive'] },
  { id: 2, version: '2', states: ['in_progress', 'success', 'inactive'] },
  { id: 3, version: '3', states: ['in_progress', 'success'] },
];

describe('planPromote', () => {
  it('creates a release and names the live one as previous', () => {
    const plan = planPromote({ releases: rel(lifeSoFar), payload: payload('4'), force: false });
    expect(plan.kind).toBe('create');
    if (plan.kind !== 'create') return;
    expect(plan.previous?.id).toBe(3);
    expect(plan.payload.rollback_of).toBeNull();
    expect(plan.snapshot).toEqual([3, 2, 1]);
    expect(plan.description).toBe('mlgate: churn 4');
  });

  it('is a no-op when the version is already live (a rerun)', () => {
    const plan = planPromote({ releases: rel(lifeSoFar), payload: payload('3'), force: false });
    expect(plan).toMatchObject({ kind: 'noop', live: { id: 3 } });
    if (plan.kind === 'noop') expect(plan.reason).toContain('already live');
  });

  it('is a no-op for a live version even when that rerun gate would fail', () => {
    expect(planPromote({ releases: rel(lifeSoFar), payload: payload('3', 'fail'), force: false }).kind).toBe('noop');
  });

  it('re-releases an older, superseded version (it is not live)', () => {
    expect(planPromote({ releases: rel(lifeSoFar), payload: payload('1'), force: false }).kind).toBe('create');
  });

  it.each([
    ['pass', false, 'create'],
    ['warn', false, 'create'],
    ['none', false, 'create'],
    ['fail', false, 'refused'],
    ['fail', true, 'create'],
  ] as const)('gate %s, force %s → %s', (verdict, force, kind) => {
    const plan = planPromote({ releases: [], payload: payload('1', verdict), force });
    expect(plan.kind).toBe(kind);
    if (plan.kind === 'create') {
      expect(plan.previous).toBeUndefined();
      expect(plan.payload.gate?.forced === true).toBe(verdict === 'fail');
      if (verdict === 'fail') expect(plan.description).toContain('forced');
    }
    if (plan.kind === 'refused') expect(plan.reason).toMatch(/gate failed.*force/);
  });

  it('records gate none when no gate result was given', () => {
    const plan = planPromote({ releases: [], payload: { ...payload('1'), gate: null }, force: false });
    expect(plan.kind === 'create' && plan.payload.gate).toEqual({ verdict: 'none' });
  });
});

describe('parseRollbackTarget', () => {
  const releases = rel(lifeSoFar);
  it.each([
    [undefined, 'previous'],
    ['', 'previous'],
    ['previous', 'previous'],
    ['2', { deploymentId: 2 }],
    ['#99', { deploymentId: 99 }],
    ['99', { version: '99' }],
    ['1.4.0', { version: '1.4.0' }],
    ['v2', { version: 'v2' }],
  ] as const)('%s → %j', (to, expected) => {
    expect(parseRollbackTarget(to, releases)).toEqual(expected);
  });
});

describe('planRollback', () => {
  it('reverts the live release to the previous good one, carrying its payload and sha', () => {
    const plan = planRollback({ releases: rel(lifeSoFar), to: 'previous', reason: 'p95 latency doubled' });
    expect(plan.kind).toBe('rollback');
    if (plan.kind !== 'rollback') return;
    expect(plan.reverted.id).toBe(3);
    expect(plan.target.id).toBe(2);
    expect(plan.ref).toBe('sha2');
    expect(plan.payload.model.version).toBe('2');
    expect(plan.payload.rollback_of).toBe(3);
    expect(plan.payload.rollback_reason).toBe('p95 latency doubled');
    expect(plan.payload.source.pr).toBe(42);
    expect(plan.revertDescription).toBe('rolled back: p95 latency doubled');
  });

  const afterFirstRollback: RecordSpec[] = [
    { id: 1, version: '1', states: ['in_progress', 'success', 'inactive'] },
    { id: 2, version: '2', states: ['in_progress', 'success', 'inactive'] },
    { id: 3, version: '3', states: ['in_progress', 'success', 'failure'], rolledBackReason: 'bad' },
    { id: 4, version: '2', states: ['in_progress', 'success'], rollbackOf: 3 },
  ];
  const cases: Array<[string, RecordSpec[], Parameters<typeof planRollback>[0]['to'], number | RegExp]> = [
    ['previous after a rollback skips the reverted and the live version', afterFirstRollback, 'previous', 1],
    ['by version', afterFirstRollback, { version: '1' }, 1],
    ['by deployment id', afterFirstRollback, { deploymentId: 1 }, 1],
    ['to a rolled-back version', afterFirstRollback, { version: '3' }, /was itself rolled back.*bad/],
    ['to the live version', afterFirstRollback, { version: '2' }, /already live/],
    ['to the live deployment', afterFirstRollback, { deploymentId: 4 }, /already live/],
    ['unknown version', afterFirstRollback, { version: '9' }, /unknown version '9'.*good versions: 2, 1/],
    ['unknown deployment', afterFirstRollback, { deploymentId: 77 }, /#77 is not an mlgate release/],
    ['nothing live', [{ id: 1, version: '1', states: ['in_progress', 'failure'] }], 'previous', /nothing is live/],
    ['no earlier good release', [{ id: 1, version: '1', states: ['in_progress', 'failure'] }, { id: 2, version: '2', states: ['success'] }], 'previous', /no earlier good release/],
    ['to one that never succeeded', [{ id: 1, version: '1', states: ['in_progress', 'failure'] }, { id: 2, version: '2', states: ['success'] }], { version: '1' }, /never reached success/],
  ];
  it.each(cases)('%s', (_name, specs, to, expected) => {
    const plan = planRollback({ releases: rel(specs), to, reason: '' });
    if (typeof expected === 'number') {
      expect(plan.kind).toBe('rollback');
      if (plan.kind === 'rollback') {
        expect(plan.target.id).toBe(expected);
        expect(plan.revertDescription).toBe('rolled back: no reason given');
      }
    } else {
      expect(plan.kind).toBe('refused');
      if (plan.kind === 'refused') expect(plan.reason).toMatch(expected);
    }
  });
});

describe('planRollback reruns', () => {
  const specs: RecordSpec[] = [
    { id: 1, version: '1', states: ['success', 'inactive'] },
    { id: 2, version: '2', states: ['success', 'failure'], rolledBackReason: 'x' },
  ];
  const withRun = (runId: number): Release[] => [...rel(specs), ...releasesOf([{ ...record({ id: 3, version: '1', states: ['success'], rollbackOf: 2 }), payload: { ...(record({ id: 3, version: '1', states: [], rollbackOf: 2 }).payload as object), rollback_run_id: runId } }], env)];
  it('a rerun of the run that made the live rollback is a no-op', () => {
    const plan = planRollback({ releases: withRun(55), to: 'previous', reason: '', runId: 55 });
    expect(plan).toMatchObject({ kind: 'noop', live: { id: 3 } });
  });
  it('another run rolls back further, and records its run id', () => {
    const plan = planRollback({ releases: withRun(55), to: { version: '2' }, reason: '', runId: 56 });
    expect(plan.kind).toBe('refused'); // 2 was rolled back
    const ok = planRollback({ releases: [...withRun(55), ...rel([{ id: 0, version: '0', states: ['success', 'inactive'] }])], to: 'previous', reason: '', runId: 56 });
    expect(ok).toMatchObject({ kind: 'rollback', target: { id: 0 }, payload: { rollback_run_id: 56, rollback_of: 3 } });
  });
});

describe('detectRace', () => {
  const releases = rel(lifeSoFar);
  const ownId = 4;
  const withOwn = rel([...lifeSoFar, { id: 4, version: '4', states: ['in_progress'] }]);
  it('no race when only our own release is new', () => {
    expect(detectRace({ snapshot: [3, 2, 1], expectedLiveId: 3, ownId, now: withOwn })).toBeUndefined();
  });
  it('a release that appeared mid-promote is a race', () => {
    const now = rel([...lifeSoFar, { id: 4, version: '4', states: ['in_progress'] }, { id: 5, version: '5', states: ['in_progress'] }]);
    const race = detectRace({ snapshot: releases.map((r) => r.id), expectedLiveId: 3, ownId, now });
    expect(race?.others.map((r) => r.id)).toEqual([5]);
    expect(race?.message).toMatch(/#5 \(5\) appeared.*Nothing was marked success/);
  });
  it('a live release that changed under us is a race', () => {
    const now = rel([{ ...lifeSoFar[0]! }, { ...lifeSoFar[1]! }, { id: 3, version: '3', states: ['success', 'failure'], rolledBackReason: 'x' }, { id: 4, version: '4', states: ['in_progress'] }]);
    const race = detectRace({ snapshot: [3, 2, 1], expectedLiveId: 3, ownId, now });
    expect(race?.message).toMatch(/live release changed from #3 to none/);
  });
  it('supersededBy lists every other release still marked success', () => {
    const now = rel([{ id: 1, version: '1', states: ['success'] }, { id: 2, version: '2', states: ['success'] }, { id: 3, version: '3', states: ['success'] }]);
    expect(supersededBy(now, 3).map((r) => r.id)).toEqual([2, 1]);
  });
});

/** A pure simulation of the command flows over in-memory records, to check invariants over random lives. */
class Sim {
  records: ReleaseRecord[] = [];
  nextId = 1;
  nextStatus = 1;
  private status(id: number, state: DeploymentState, description: string = state): void {
    const r = this.records.find((x) => x.id === id)!;
    r.statuses.unshift({ id: this.nextStatus++, state, description, createdAt: '2026-01-01T00:00:00Z' });
  }
  private create(p: ReleasePayload, ref: string): number {
    const id = this.nextId++;
    this.records.push({ id, environment: 'production', ref, sha: ref, task: 'deploy:mlgate', createdAt: '2026-01-01T00:00:00Z', creator: 'bot', payload: p, statuses: [] });
    return id;
  }
  releases(): Release[] {
    return releasesOf(this.records, env);
  }
  promote(version: string, deployFails: boolean): string {
    const plan = planPromote({ releases: this.releases(), payload: payload(version), force: false });
    if (plan.kind !== 'create') return plan.kind;
    const id = this.create(plan.payload, `sha-${version}`);
    this.status(id, 'in_progress');
    if (deployFails) {
      this.status(id, 'failure', 'deploy-command failed');
      return 'failed';
    }
    this.status(id, 'success');
    for (const r of supersededBy(this.releases(), id)) this.status(r.id, 'inactive', `${SUPERSEDED_PREFIX}#${id}`);
    return 'created';
  }
  rollback(to: string): string {
    const releases = this.releases();
    const plan = planRollback({ releases, to: parseRollbackTarget(to, releases), reason: 'sim' });
    if (plan.kind !== 'rollback') return plan.kind;
    const id = this.create(plan.payload, plan.ref);
    this.status(id, 'in_progress');
    this.status(plan.reverted.id, 'failure', plan.revertDescription);
    this.status(id, 'success');
    for (const r of supersededBy(this.releases(), id)) this.status(r.id, 'inactive', `${SUPERSEDED_PREFIX}#${id}`);
    return 'rolled back';
  }
}

const opArb = fc.oneof(
  fc.record({ op: fc.constant('promote' as const), version: fc.constantFrom('1', '2', '3', '4', '5'), fails: fc.boolean() }),
  fc.record({ op: fc.constant('rollback' as const), to: fc.constantFrom('previous', '1', '2', '3', '4', '5') }),
);

describe('properties over random release lives', () => {
  it('at most one release is live; promote makes its version live; rollback restores the target and never a rolled-back one', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const sim = new Sim();
        for (const op of ops) {
          const before = findLive(sim.releases());
          const countBefore = sim.records.length;
          if (op.op === 'promote') {
            const outcome = sim.promote(op.version, op.fails);
            const after = findLive(sim.releases());
            if (outcome === 'created') expect(after?.payload.model.version).toBe(op.version);
            else expect(after?.id).toBe(before?.id);
            if (outcome === 'noop') expect(sim.records.length).toBe(countBefore);
          } else {
            const releases = sim.releases();
            const plan = planRollback({ releases, to: parseRollbackTarget(op.to, releases), reason: 'sim' });
            const outcome = sim.rollback(op.to);
            const after = findLive(sim.releases());
            if (outcome === 'refused') {
              expect(sim.records.length).toBe(countBefore);
              expect(after?.id).toBe(before?.id);
            } else if (plan.kind === 'rollback') {
              expect(after?.payload.model.version).toBe(plan.target.payload.model.version);
              expect(after?.payload.rollback_of).toBe(before?.id);
              expect(plan.target.rolledBack).toBe(false);
              expect(sim.releases().find((r) => r.id === before?.id)?.rolledBack).toBe(true);
            }
          }
          expect(sim.releases().filter((r) => r.latest === 'success').length).toBeLessThanOrEqual(1);
          const history = buildHistory(sim.releases(), 'production', 'churn');
          expect(history.releases.length).toBe(sim.records.length);
          expect(history.releases.filter((e) => e.state === 'live').length).toBe(findLive(sim.releases()) ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('history', () => {
  it('shows the whole life with states and rollback links', () => {
    const specs: RecordSpec[] = [
      { id: 1, version: '1', states: ['in_progress', 'success', 'inactive'] },
      { id: 2, version: '2', states: ['in_progress', 'success', 'inactive'] },
      { id: 3, version: '3', states: ['in_progress', 'failure'] },
      { id: 4, version: '3', states: ['in_progress', 'success', 'failure'], rolledBackReason: 'p95 doubled' },
      { id: 5, version: '2', states: ['in_progress', 'success', 'failure'], rollbackOf: 4, rolledBackReason: 'still bad' },
      { id: 6, version: '1', states: ['in_progress', 'success'], rollbackOf: 5 },
    ];
    const history = buildHistory(rel(specs), 'production', 'churn');
    expect(history.live).toEqual({ id: 6, version: '1' });
    expect(history.releases.map((e) => [e.id, e.state, e.rollback_of, e.rolled_back_by])).toEqual([
      [6, 'live', 5, null],
      [5, 'rolled back', 4, 6],
      [4, 'rolled back', null, 5],
      [3, 'failed', null, null],
      [2, 'superseded', null, null],
      [1, 'superseded', null, null],
    ]);
    const table = renderHistoryTable(history);
    expect(table).toContain('live: 1 (#6)');
    expect(table).toMatch(/^4\s+3\s+2026-01-01 00:00:04\s+alice\s+rolled back\s+pass\s+0\.9\s+none\s+rolled back by #5; reason: p95 doubled$/m);
    expect(table.split('\n').length).toBe(2 + 1 + 6 + 1);
    expect(buildHistory(rel(specs), 'production', 'churn', 2).releases).toHaveLength(2);
    expect(renderHistoryTable(buildHistory([], 'staging', undefined))).toContain('(no releases yet)');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeText, findLive, findPreviousGood, isGood, releasesOf, toRelease, type Release } from '../../../src/domain/release/state.js';
import type { DeploymentState } from '../../../src/ports.js';
import { record, type RecordSpec } from './fixtures.js';

const env = { environment: 'production' };

function live(specs: RecordSpec[]): string | undefined {
  return findLive(releasesOf(specs.map(record), env))?.payload.model.version;
}

describe('toRelease / releasesOf', () => {
  it('keeps only deploy:mlgate deployments with an mlgate: 1 payload in the environment and model', () => {
    const records = [
      record({ id: 1, version: '1', states: ['success'] }),
      record({ id: 2, version: '2', states: ['success'], task: 'deploy' }),
      record({ id: 3, version: '3', states: ['success'], payload: { mlgate: 2, model: { name: 'churn', version: '3' } } }),
      record({ id: 4, version: '4', states: ['success'], payload: 'not json' }),
      record({ id: 5, version: '5', states: ['success'], env: 'staging' }),
      record({ id: 6, version: '6', states: ['success'], model: 'other' }),
      { ...record({ id: 7, version: '7', states: ['success'] }), payload: JSON.stringify(record({ id: 7, version: '7', states: [] }).payload) },
    ];
    expect(releasesOf(records, env).map((r) => r.id)).toEqual([7, 6, 1]);
    expect(releasesOf(records, { ...env, model: 'churn' }).map((r) => r.id)).toEqual([7, 1]);
    expect(releasesOf(records, { environment: 'staging' }).map((r) => r.id)).toEqual([5]);
  });

  it('sorts by id, not by the order the store returned', () => {
    const records = [3, 10, 2, 7].map((id) => record({ id, version: String(id), states: ['success'] }));
    expect(releasesOf(records, env).map((r) => r.id)).toEqual([10, 7, 3, 2]);
  });

  it('reads status history: latest, reached success, rolled back with reason', () => {
    const r = toRelease(record({ id: 1, version: '1', states: ['in_progress', 'success', 'failure', 'inactive'], rolledBackReason: 'bad p95' }))!;
    expect(r.latest).toBe('inactive');
    expect(r.reachedSuccess).toBe(true);
    expect(r.rolledBack).toBe(true);
    expect(r.rollbackReason).toBe('bad p95');
    expect(isGood(r)).toBe(false);
    const plainFailure = toRelease(record({ id: 2, version: '2', states: ['in_progress', 'failure'] }))!;
    expect(plainFailure.rolledBack).toBe(false);
    expect(plainFailure.reachedSuccess).toBe(false);
    expect(toRelease(record({ id: 3, version: '3', states: [] }))!.latest).toBeUndefined();
  });
});

describe('findLive', () => {
  const cases: Array<[string, RecordSpec[], string | undefined]> = [
    ['nothing released', [], undefined],
    ['one success', [{ id: 1, version: '1', states: ['in_progress', 'success'] }], '1'],
    ['newest success wins', [{ id: 1, version: '1', states: ['success'] }, { id: 2, version: '2', states: ['success'] }], '2'],
    ['superseded is not live', [{ id: 1, version: '1', states: ['success', 'inactive'] }, { id: 2, version: '2', states: ['success'] }], '2'],
    ['a newer in-progress release does not displace live', [{ id: 1, version: '1', states: ['success'] }, { id: 2, version: '2', states: ['in_progress'] }], '1'],
    ['a newer failed release does not displace live', [{ id: 1, version: '1', states: ['success'] }, { id: 2, version: '2', states: ['in_progress', 'failure'] }], '1'],
    ['rolled back then auto-inactivated is not live', [{ id: 1, version: '1', states: ['success', 'inactive'] }, { id: 2, version: '2', states: ['success', 'failure', 'inactive'], rolledBackReason: 'x' }, { id: 3, version: '1', states: ['success'], rollbackOf: 2 }], '1'],
    ['only inactive ones: nothing live', [{ id: 1, version: '1', states: ['success', 'inactive'] }], undefined],
    ['an inactive GitHub added (auto_inactive after another deployment) ends nothing', [{ id: 1, version: '1', states: ['success', 'inactive'], foreignInactive: true }], '1'],
    ['an inactive GitHub added after our own supersede changes nothing', [{ id: 1, version: '1', states: ['success', 'inactive', 'inactive'] }, { id: 2, version: '2', states: ['success', 'inactive'], foreignInactive: true }], '2'],
    ['latest status decides, not any success', [{ id: 1, version: '1', states: ['success'] }, { id: 2, version: '2', states: ['success', 'error'] }], '1'],
  ];
  it.each(cases)('%s', (_name, specs, expected) => {
    expect(live(specs)).toBe(expected);
  });
});

describe('findPreviousGood', () => {
  const cases: Array<[string, RecordSpec[], string | undefined]> = [
    ['the superseded one', [{ id: 1, version: '1', states: ['success', 'inactive'] }, { id: 2, version: '2', states: ['success'] }], '1'],
    ['skips failed deploys', [{ id: 1, version: '1', states: ['success', 'inactive'] }, { id: 2, version: '2', states: ['in_progress', 'failure'] }, { id: 3, version: '3', states: ['success'] }], '1'],
    ['skips rolled-back releases', [{ id: 1, version: '1', states: ['success', 'inactive'] }, { id: 2, version: '2', states: ['success', 'failure'], rolledBackReason: 'x' }, { id: 3, version: '3', states: ['success'] }], '1'],
    ['skips the live version restored by a rollback', [{ id: 1, version: '1', states: ['success', 'inactive'] }, { id: 2, version: '2', states: ['success', 'inactive'] }, { id: 3, version: '3', states: ['success', 'failure'], rolledBackReason: 'x' }, { id: 4, version: '2', states: ['success'], rollbackOf: 3 }], '1'],
    ['none older', [{ id: 1, version: '1', states: ['success'] }], undefined],
    ['never newer than live', [{ id: 1, version: '1', states: ['success'] }, { id: 2, version: '2', states: ['success', 'inactive'] }, { id: 3, version: '3', states: ['in_progress'] }], undefined],
  ];
  it.each(cases)('%s', (_name, specs, expected) => {
    const releases = releasesOf(specs.map(record), env);
    const current = findLive(releases)!;
    expect(findPreviousGood(releases, current)?.payload.model.version).toBe(expected);
  });
});

describe('describe', () => {
  it('keeps descriptions within GitHub 140-character limit, on one line', () => {
    expect(describeText('a\n  b')).toBe('a b');
    const long = describeText('x'.repeat(300));
    expect(long).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });
});

const stateArb = fc.constantFrom<DeploymentState>('in_progress', 'queued', 'pending', 'success', 'failure', 'error', 'inactive');
const specArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          version: fc.constantFrom('1', '2', '3', '4'),
          states: fc.array(stateArb, { maxLength: 4 }),
          rolledBackReason: fc.option(fc.constant('bad'), { nil: undefined }),
        }),
      ),
    ),
  )
  .map((specs) => specs.map((s) => ({ ...s, states: s.rolledBackReason !== undefined ? [...s.states, 'failure' as const] : s.states })));

describe('properties over arbitrary status histories', () => {
  it('live is the newest release whose latest status is success', () => {
    fc.assert(
      fc.property(specArb, (specs) => {
        const releases = releasesOf(specs.map(record), env);
        const l = findLive(releases);
        const successes = releases.filter((r) => r.latest === 'success');
        if (successes.length === 0) return l === undefined;
        return l !== undefined && l.latest === 'success' && successes.every((r) => r.id <= l.id);
      }),
    );
  });

  it('previous good is older, good, another version, and the newest such', () => {
    fc.assert(
      fc.property(specArb, (specs) => {
        const releases: Release[] = releasesOf(specs.map(record), env);
        const l = findLive(releases);
        if (!l) return true;
        const p = findPreviousGood(releases, l);
        const eligible = releases.filter((r) => r.id < l.id && r.reachedSuccess && !r.rolledBack && r.payload.model.version !== l.payload.model.version);
        if (!p) return eligible.length === 0;
        return p.id < l.id && isGood(p) && p.payload.model.version !== l.payload.model.version && eligible.every((r) => r.id <= p.id);
      }),
    );
  });

  it('releasesOf is sorted newest first and keeps every mlgate record once', () => {
    fc.assert(
      fc.property(specArb, (specs) => {
        const ids = releasesOf(specs.map(record), env).map((r) => r.id);
        return ids.length === specs.length && ids.every((id, i) => i === 0 || (ids[i - 1] ?? 0) > id);
      }),
    );
  });
});

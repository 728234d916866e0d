import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentKey, hasMarker, marker } from '../../../src/domain/report/marker.js';
import { ACTIONS_BOT, planUpsert, type ExistingComment, type Identity } from '../../../src/domain/report/upsert.js';

const bot: Identity = { logins: [ACTIONS_BOT], source: 'installation-token' };
const pat: Identity = { logins: ['mlops-bot'], source: 'user' };
const body = `${marker('mlgate/churn')}\n✅ **Passed:** all good.\n`;
const others = (n: number, from = 1): ExistingComment[] => Array.from({ length: n }, (_, i) => ({ id: from + i, author: `user${i % 7}`, body: `comment ${i} ${marker('mlgate/churn')}` }));

describe('planUpsert', () => {
  it('creates when there is no comment of ours', () => {
    expect(planUpsert({ comments: others(250), key: 'mlgate/churn', identity: bot, body, mode: 'update' })).toEqual({ kind: 'create', deleteIds: [] });
  });

  it('updates ours, found after 250 other comments (page 3)', () => {
    const comments = [...others(250), { id: 900, author: ACTIONS_BOT, body: `${marker('mlgate/churn')}\nold` }];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'update' })).toMatchObject({ kind: 'update', id: 900, deleteIds: [] });
  });

  it("leaves another user's comment with our marker alone", () => {
    const comments = [{ id: 5, author: 'mallory', body: `${marker('mlgate/churn')}\nfake` }];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'update' })).toEqual({ kind: 'create', deleteIds: [] });
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'recreate' })).toEqual({ kind: 'recreate', deleteIds: [] });
  });

  it.each([
    ['the bot of the App that made it (an App installation token)', { author: 'mlgate-ci[bot]', app: 'mlgate-ci' }, 'update'],
    ['github-actions[bot] made through GitHub Actions', { author: ACTIONS_BOT, app: 'github-actions' }, 'update'],
    ['a user whose comment names no App', { author: 'mlgate-ci', app: null }, 'create'],
    ['a bot that is not the App that performed it', { author: 'mallory[bot]', app: 'mlgate-ci' }, 'create'],
  ])('an installation token recognises %s', (_name, who, kind) => {
    const installation: Identity = { logins: [ACTIONS_BOT], appBot: true, source: 'installation-token' };
    const comments = [{ id: 3, ...who, body: `${marker('mlgate/churn')}\nold` }];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: installation, body, mode: 'update' }).kind).toBe(kind);
  });

  it('matches the login case-insensitively, and a PAT identity', () => {
    const comments = [{ id: 8, author: 'MLOps-Bot', body: `${marker('mlgate/churn')}\nold` }];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: pat, body, mode: 'update' })).toMatchObject({ kind: 'update', id: 8 });
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'update' }).kind).toBe('create');
  });

  it('ignores our comments for another key (another model or workflow), and a marker not on the first line', () => {
    const comments = [
      { id: 1, author: ACTIONS_BOT, body: `${marker('mlgate/fraud')}\nx` },
      { id: 2, author: ACTIONS_BOT, body: `quoted:\n${marker('mlgate/churn')}` },
    ];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'update' }).kind).toBe('create');
  });

  it('is unchanged on a rerun with the same body', () => {
    const comments = [{ id: 3, author: ACTIONS_BOT, body }];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'update' })).toMatchObject({ kind: 'unchanged', id: 3 });
  });

  it('keeps the oldest of duplicates and deletes the rest; recreate deletes all of ours', () => {
    const comments = [
      { id: 30, author: ACTIONS_BOT, body: `${marker('mlgate/churn')}\nb` },
      { id: 10, author: ACTIONS_BOT, body: `${marker('mlgate/churn')}\na` },
      { id: 20, author: 'someone', body: `${marker('mlgate/churn')}\nc` },
    ];
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'update' })).toMatchObject({ kind: 'update', id: 10, deleteIds: [30] });
    expect(planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode: 'recreate' })).toEqual({ kind: 'recreate', deleteIds: [10, 30] });
  });

  it('never plans to touch a comment that is not ours (property)', () => {
    const comment = fc.record({
      id: fc.integer({ min: 1, max: 10_000 }),
      author: fc.constantFrom(ACTIONS_BOT, 'mallory', 'octocat', null),
      body: fc.constantFrom(body, `${marker('mlgate/churn')}\nold`, `${marker('other')}\n`, 'hi', null, ` ${marker('mlgate/churn')}`),
    });
    fc.assert(
      fc.property(fc.uniqueArray(comment, { selector: (c) => c.id, maxLength: 40 }), fc.constantFrom('update' as const, 'recreate' as const), (comments, mode) => {
        const plan = planUpsert({ comments, key: 'mlgate/churn', identity: bot, body, mode });
        const ours = new Set(comments.filter((c) => c.author === ACTIONS_BOT && hasMarker(c.body, 'mlgate/churn')).map((c) => c.id));
        const touched = [...plan.deleteIds, ...('id' in plan ? [plan.id] : [])];
        for (const id of touched) expect(ours.has(id)).toBe(true);
        if (mode === 'update') expect(touched.length).toBe(ours.size);
        if (mode === 'recreate') expect(new Set(plan.deleteIds)).toEqual(ours);
      }),
    );
  });
});

describe('comment key', () => {
  it('comes from workflow and model, or the override; always a safe marker', () => {
    expect(commentKey({ workflow: 'ML gate', model: 'churn' })).toBe('ml-gate/churn');
    expect(commentKey({ workflow: 'ML gate', model: 'churn', override: 'custom' })).toBe('custom');
    fc.assert(
      fc.property(fc.string(), fc.string(), (w, m) => {
        const mk = marker(commentKey({ workflow: w, model: m }));
        expect(mk).toMatch(/^<!-- mlgate:[a-z0-9._/-]+ -->$/);
        expect(mk.slice(4, -3)).not.toContain('--');
      }),
    );
  });
});

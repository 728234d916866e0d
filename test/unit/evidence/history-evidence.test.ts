import { describe, expect, it } from 'vitest';
import { evidenceSummary, evidenceWords } from '../../../src/domain/evidence/summary.js';
import { releaseStatus, renderVerifyText, verifiedItems, verifyVerdict } from '../../../src/domain/evidence/verify.js';
import { evidenceSchema } from '../../../src/domain/evidence/manifest.js';

const hex = (c: string): string => c.repeat(64);
const item = (name: string, c: string, bytes: number) => ({ name, sha256: hex(c), bytes, encoding: 'gzip' as const, location: `production/churn/1.0.0-run1-1/${name}` });
const raw = {
  version: 1,
  store: 'github',
  predictions: item('predictions.csv.gz', 'a', 1000),
  profiles: { train: item('profile-train.json.gz', 'b', 2048) },
  metrics: item('metrics.json.gz', 'c', 40),
  report: null,
  data: { train: { files: [{ path: 'data/train.csv', sha256: hex('d'), bytes: 9 }], rows: 3, columns: { x: 'number' } } },
  missing: { 'profile:holdout': "datasets[1].path (holdout): no file matches 'data/holdout.csv'" },
};

describe('history: each release’s evidence', () => {
  it('every stored item with role, digest, size and location; what was not stored and why', () => {
    const s = evidenceSummary(raw, '1.0.0 (#1)');
    expect(s).toMatchObject({ status: 'recorded', store: 'github', bytes: 3088, datasets: ['train'], missing: raw.missing });
    if (s.status !== 'recorded') throw new Error('expected recorded');
    expect(s.items.map((i) => [i.role, i.sha256.slice(0, 2), i.bytes, i.location])).toEqual([
      ['predictions', 'aa', 1000, 'production/churn/1.0.0-run1-1/predictions.csv.gz'],
      ['profile of train', 'bb', 2048, 'production/churn/1.0.0-run1-1/profile-train.json.gz'],
      ['metrics', 'cc', 40, 'production/churn/1.0.0-run1-1/metrics.json.gz'],
    ]);
    expect(evidenceWords(s)).toBe('3 items, 3.0 KiB; not stored: profile of holdout');
  });

  it('a release made before evidence, and a damaged record, say so', () => {
    expect(evidenceSummary(undefined, '0.9.0 (#1)')).toEqual({ status: 'none', reason: 'the live release 0.9.0 (#1) was made before mlgate stored evidence with releases' });
    const bad = evidenceSummary({ ...raw, predictions: { ...raw.predictions, sha256: 'zz' } }, '1.0.0 (#2)');
    expect(bad.status).toBe('malformed');
    expect(evidenceWords(bad)).toBe('malformed');
    expect(evidenceWords(evidenceSummary(null, 'x'))).toBe('none');
  });
});

describe('verify-evidence: judging the re-read items', () => {
  const evidence = evidenceSchema.parse(raw);
  it('all match → verified, pass; the not-stored item listed, not failed', () => {
    const items = verifiedItems(evidence, () => ({ ok: true }));
    expect(items.map((i) => [i.role, i.status])).toEqual([['predictions', 'ok'], ['profile of train', 'ok'], ['metrics', 'ok'], ['profile of holdout', 'not-stored']]);
    expect(releaseStatus(items)).toBe('verified');
  });

  it('a mismatch or an unreadable item fails, naming the item', () => {
    const items = verifiedItems(evidence, (role) =>
      role === 'profile of train'
        ? { ok: false, problem: { kind: 'digest-mismatch', release: '1.0.0 (#1)', item: role, expected: hex('b'), found: hex('e') } }
        : role === 'metrics'
          ? { ok: false, problem: { kind: 'unreadable', release: '1.0.0 (#1)', item: role, message: 'Not Found' } }
          : { ok: true },
    );
    expect(items.find((i) => i.role === 'profile of train')).toMatchObject({ status: 'mismatch', found_sha256: hex('e') });
    expect(items.find((i) => i.role === 'metrics')).toMatchObject({ status: 'unreadable', message: 'Not Found' });
    const release = { id: 1, version: '1.0.0', live: true, store: 'github' as const, status: releaseStatus(items), items };
    expect(release.status).toBe('failed');
    const result = { model: 'churn', environment: 'production', verdict: verifyVerdict([release]), releases: [release] };
    expect(result.verdict).toBe('fail');
    const text = renderVerifyText(result);
    expect(text).toMatch(/profile of train\s+bbbbbbbbbbbb\s+2048\s+MISMATCH: sha256 e{64} found/);
    expect(text).toMatch(/metrics\s+cccccccccccc\s+40\s+UNREADABLE: Not Found/);
    expect(text).toContain('NOT verified: 1 of 1 release(s)');
  });

  it('a release without evidence cannot be verified', () => {
    const none = { id: 2, version: '0.9', live: false, store: null, status: 'no-evidence' as const, items: [] };
    const ok = { id: 3, version: '1.0', live: true, store: 'local' as const, status: 'verified' as const, items: [] };
    expect(verifyVerdict([ok])).toBe('pass');
    expect(verifyVerdict([ok, none])).toBe('fail');
  });
});

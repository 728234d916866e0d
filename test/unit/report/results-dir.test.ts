import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, modelFileName, readResults, writeResultsDir } from '../../../src/io/files/results-dir.js';
import { EXAMPLES_DIR } from './fixtures/examples.js';
import { hugeComparison } from './fixtures/huge.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'mlgate-results-'));

describe('results directory', () => {
  it('reads what it writes', async () => {
    const from = await readResults(path.join(EXAMPLES_DIR, 'results', 'fail'));
    const dir = tmp();
    await writeResultsDir(dir, { meta: from.meta, validation: from.validation, comparisons: from.comparisons, history: { churn: { environment: 'production', releases: from.history.churn ?? [] } }, report: '# r\n' });
    const back = await readResults(dir);
    expect(back).toEqual(from);
  });

  it('keeps a dataset’s Data vs production part (the comment stage renders it), and refuses a malformed one naming the field', async () => {
    const production = {
      status: 'compared' as const,
      release: '1.0.0 (#1)',
      files: { added: ['data/d.csv'], removed: [], changed: ['data/train.csv'], unchanged: 2 },
      rows: { production: 3000, now: 3001 },
      columns: { added: [{ name: 'extra', type: 'number' }], removed: [], retyped: [{ name: 'x', production: 'number', now: 'string' }], unchanged: 1 },
      drift: { compared: 2, drifted: 1 },
    };
    const dir = tmp();
    await writeResultsDir(dir, { validation: { verdict: 'pass', datasets: [{ name: 'train', rows: 3001, checks: [], production }] }, comparisons: [], history: {} });
    expect((await readResults(dir)).validation?.datasets[0]?.production).toEqual(production);
    writeFileSync(path.join(dir, 'validation.json'), JSON.stringify({ verdict: 'pass', datasets: [{ name: 'train', rows: 1, checks: [], production: { ...production, rows: { production: 1, now: 'many' } } }] }));
    await expect(readResults(dir)).rejects.toMatchObject({ kind: 'input', location: { field: 'datasets[0].production.rows.now' } });
  });

  it('keeps a drifted column\'s distribution (and reads results written before the field existed)', async () => {
    const file = path.join(EXAMPLES_DIR, 'results', 'fail', 'validation.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { datasets: { drift: { column: string; distribution?: unknown }[] }[] };
    const written = raw.datasets[0]!.drift.find((x) => x.column === 'age')!.distribution;
    expect(written).toMatchObject({ kind: 'numeric' });
    const read = await readResults(path.join(EXAMPLES_DIR, 'results', 'fail'));
    expect(read.validation?.datasets[0]?.drift?.find((x) => x.column === 'age')?.distribution).toEqual(written);
    const dir = tmp();
    for (const d of raw.datasets) for (const x of d.drift) delete x.distribution;
    writeFileSync(path.join(dir, 'validation.json'), JSON.stringify(raw));
    const old = await readResults(dir);
    expect(old.validation?.datasets[0]?.drift?.every((x) => x.distribution === undefined)).toBe(true);
    writeFileSync(path.join(dir, 'validation.json'), JSON.stringify({ ...raw, datasets: [{ ...raw.datasets[0], drift: [{ column: 'a', method: 'psi', score: 1, threshold: 0.2, status: 'fail', distribution: { kind: 'numeric', bins: [{ value: 'x', reference: 1, current: 0 }] } }] }] }));
    await expect(readResults(dir)).rejects.toThrow(/distribution\.bins\[0\]\.from/);
  });

  it('reads a single --json file of validate, compare or check', async () => {
    const dir = tmp();
    const c = hugeComparison();
    writeFileSync(path.join(dir, 'compare.json'), JSON.stringify(c));
    expect((await readResults(path.join(dir, 'compare.json'))).comparisons[0]?.metrics).toHaveLength(10_000);
    writeFileSync(path.join(dir, 'check.json'), JSON.stringify({ validation: null, comparisons: [c] }));
    expect((await readResults(path.join(dir, 'check.json'))).comparisons).toHaveLength(1);
  });

  it('model file names are never paths', () => {
    for (const name of ['../../etc/passwd', '..', '.', '/abs', 'a\\b', 'C:\\x', '']) {
      const file = modelFileName(name);
      expect(file).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.json$/);
      expect(path.basename(file)).toBe(file);
    }
    expect(modelFileName('churn v2')).toBe('churn_v2.json');
  });

  it('rejects a symlink (to anywhere) with the file named', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'comparisons'));
    writeFileSync(path.join(os.tmpdir(), 'mlgate-outside.json'), JSON.stringify(hugeComparison()));
    symlinkSync(path.join(os.tmpdir(), 'mlgate-outside.json'), path.join(dir, 'comparisons', 'x.json'));
    await expect(readResults(dir)).rejects.toThrow(/not a regular file/);
    const dir2 = tmp();
    symlinkSync('/etc', path.join(dir2, 'comparisons'));
    await expect(readResults(dir2)).rejects.toThrow(/expected a directory of JSON files/);
  });

  it('rejects oversized files, bad JSON and schema violations (kind input, file and field named)', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'validation.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 32));
    await expect(readResults(dir)).rejects.toThrow(/bytes; expected at most/);
    writeFileSync(path.join(dir, 'validation.json'), '{"verdict":');
    await expect(readResults(dir)).rejects.toThrow(/not valid JSON/);
    writeFileSync(path.join(dir, 'validation.json'), JSON.stringify({ verdict: 'ok', datasets: [] }));
    await expect(readResults(dir)).rejects.toMatchObject({ kind: 'input', location: { field: 'verdict' } });
    writeFileSync(path.join(dir, 'validation.json'), JSON.stringify({ verdict: 'pass', datasets: [] }));
    writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ mlgate: 1, repository: 'o/r', pr: 1, head_sha: 'x', run_id: 1 }));
    await expect(readResults(dir)).rejects.toMatchObject({ location: { field: 'head_sha' } });
  });

  it('an empty directory is an input error, not a silent pass', async () => {
    await expect(readResults(tmp())).rejects.toThrow(/holds no validation.json and no comparisons/);
  });
});

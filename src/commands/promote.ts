import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createArtifacts } from '../adapters/storage.js';
import { createReleaseStore, idempotencyKey, loadReleases, markSuperseded, parseStoreChoice, runLogUrl } from '../adapters/release-store.js';
import type { ModelConfig } from '../domain/config/schema.js';
import { gateResultFiles } from '../io/files/gate-results.js';
import { inputError, MlgateError, usageError } from '../domain/errors.js';
import { artifactName, pullRequestOf, readGate } from '../domain/release/inputs.js';
import { readMetricsFile } from '../io/files/metrics-file.js';
import type { ReleasePayload } from '../domain/release/payload.js';
import { detectRace, planPromote } from '../domain/release/plan.js';
import { describe, findLive, untilLive, type Release } from '../domain/release/state.js';
import type { Artifacts, ArtifactRef, Log, ReleaseStore } from '../ports.js';
import { chooseEnvironment } from './environment.js';
import { requireDeployShell, runDeployCommand } from './deploy-command.js';
import { booleanOption, loadConfig, optionLabel, requireString, selectModel, stringOption } from './invocation.js';
import { configOption, dryRunOption, environmentOption, jsonOption, modelOption, Opt, storeOption, tokenOption } from './options.js';
import { storeReleaseEvidence } from './promote-evidence.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export interface PromoteDependencies {
  /** Where the report and files are uploaded; undefined when no artifact store is available. */
  artifacts(context: CommandContext): Artifacts | undefined;
}

const spec: Command['spec'] = {
  name: 'promote',
  summary: 'Record a release of a model version in an environment.',
  options: [
    configOption, jsonOption, modelOption, environmentOption,
    { name: Opt.Version, type: 'string', description: 'Model version to release (required).' },
    { name: Opt.Uri, type: 'string', description: "Where the model artifact lives (default: the model's uri)." },
    {
      name: Opt.Results,
      type: 'string',
      description:
        "The gate result: the JSON written by `mlgate compare --json` (or `check --json`), or a directory holding it (such as the results directory `check` writes, with comparisons/<model>.json). A failed verdict refuses the release unless `force`. Without it nothing is re-run and the release records `gate: none`.",
    },
    { name: Opt.Force, type: 'boolean', default: 'false', description: 'Release even though the gate failed (recorded in the release).' },
    { name: Opt.DeployCommand, type: 'string', description: "Shell command run between in_progress and success (default: the environment's deploy_command); it gets MLGATE_MODEL, MLGATE_VERSION, MLGATE_URI, MLGATE_SHA, MLGATE_ENVIRONMENT, MLGATE_DEPLOYMENT_ID. A failure marks the release failure." },
    { name: Opt.AutoRollback, type: 'boolean', default: 'false', description: 'When deploy-command fails, run it again for the release that was live (MLGATE_ROLLBACK=true), which stays live.' },
    { name: Opt.Files, type: 'string', description: 'Extra files (newline- or comma-separated paths; * matches within a file name) uploaded with the report.' },
    dryRunOption, storeOption, tokenOption,
  ],
  outputs: [
    { name: 'deployment-id', description: 'Id of the new release (of the live one when the version was already live).' },
    { name: 'version', description: 'Version now live.' },
    { name: 'previous-version', description: 'Version that was live before.' },
    { name: 'previous-deployment-id', description: 'Id of the release that was live before.' },
  ],
  stepAction: true,
};

export type PromoteOutcome =
  | { outcome: 'promoted'; deployment_id: number; version: string; previous_version: string | null; previous_deployment_id: number | null; superseded: number[]; artifact: ArtifactRef | null; forced: boolean }
  | { outcome: 'noop'; deployment_id: number; version: string; reason: string }
  | { outcome: 'refused'; reason: string }
  | { outcome: 'dry-run'; version: string; previous_version: string | null; previous_deployment_id: number | null; payload: ReleasePayload }
  | { outcome: 'deploy-failed'; deployment_id: number; version: string; exit_code: number; rolled_back: boolean; live_version: string | null; live_deployment_id: number | null }
  | { outcome: 'race'; deployment_id: number; version: string; reason: string };

interface GateInput {
  verdict: 'pass' | 'fail' | 'warn' | 'none';
  metrics: Record<string, number | null>;
  file?: string;
  sha256?: string;
}

async function readJson(file: string, label: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw inputError(`${label} names '${file}', which cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); expected the JSON written by 'mlgate compare --json'`, { file }, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(`${label}: '${file}' is not valid JSON (${(error as Error).message}); expected the JSON written by 'mlgate compare --json'`, { file }, error);
  }
}

/** The gate verdict from `results` (a file or a directory of JSON files), else `none` with the metrics file's values. */
async function readGateInput(inv: Invocation, ctx: CommandContext, model: ModelConfig, root: string): Promise<GateInput> {
  const results = stringOption(inv, Opt.Results);
  const label = optionLabel(inv, Opt.Results);
  if (results === undefined) return { verdict: 'none', metrics: await readCandidateMetrics(path.resolve(root, model.metrics), model.metrics, ctx.log) };
  const target = path.resolve(ctx.cwd, results);
  const info = await stat(target).catch(() => undefined);
  if (!info) throw usageError(`${label} names '${results}', which does not exist; point it at the JSON written by 'mlgate compare --json' (or leave it out to record gate: none)`);
  const files = info.isDirectory() ? await gateResultFiles(target) : [target];
  const reasons: string[] = [];
  for (const file of files) {
    const document = await readJson(file, label);
    const gate = readGate(document, model.name);
    if (gate.kind === 'found') {
      const bytes = await readFile(file);
      return { verdict: gate.verdict, metrics: gate.metrics, file, sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    reasons.push(`${path.relative(ctx.cwd, file) || file}: ${gate.reason}`);
  }
  throw inputError(`${label} names '${results}', but no comparison result for model '${model.name}' is in it`, { file: results }, reasons.length ? new Error(reasons.join('; ')) : undefined);
}

/**
 * The candidate's metrics recorded with a release made without a gate result. A metrics file that is absent is
 * said plainly (the release records none); one that is present but malformed is an input error, like in compare.
 */
async function readCandidateMetrics(file: string, displayName: string, log: Log): Promise<Record<string, number | null>> {
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    log.warning(`the release records no metrics: the model's metrics file '${displayName}' does not exist`);
    return {};
  }
  const set = await readMetricsFile(file, displayName);
  for (const [name, found] of set.invalid) log.warning(`metric '${name}' in '${displayName}' is not recorded with the release: found ${found}, expected a number`);
  return Object.fromEntries([...set.values].map(([name, value]) => [name, Number.isFinite(value) ? value : null]));
}

/** Paths from `files`: comma/newline separated, `*` matching within the last path segment. */
async function expandFiles(spec: string | undefined, cwd: string): Promise<string[]> {
  if (!spec) return [];
  const out: string[] = [];
  for (const entry of spec.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)) {
    const abs = path.resolve(cwd, entry);
    const base = path.basename(abs);
    if (!base.includes('*')) {
      if (!(await stat(abs).catch(() => undefined))?.isFile()) throw usageError(`files: '${entry}' is not a file`);
      out.push(abs);
      continue;
    }
    const re = new RegExp(`^${base.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    const dir = path.dirname(abs);
    const matches = (await readdir(dir).catch(() => [] as string[])).filter((f) => re.test(f)).map((f) => path.join(dir, f));
    if (matches.length === 0) throw usageError(`files: '${entry}' matches no file`);
    out.push(...matches.sort());
  }
  return out;
}

/** `sha256:<hex>` of the model when its uri is a local file (a path or file:), else null (remote URIs are not fetched). */
async function localDigest(uri: string | null, root: string): Promise<string | null> {
  if (!uri) return null;
  let file: string;
  if (uri.startsWith('file://')) file = new URL(uri).pathname;
  else if (uri.startsWith('file:')) file = uri.slice('file:'.length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) return null;
  else file = uri;
  const abs = path.resolve(root, file);
  if (!(await stat(abs).catch(() => undefined))?.isFile()) return null;
  return `sha256:${createHash('sha256').update(await readFile(abs)).digest('hex')}`;
}

async function readEvent(ctx: CommandContext): Promise<unknown> {
  if (!ctx.github.eventPath) return undefined;
  try {
    return JSON.parse(await readFile(ctx.github.eventPath, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function gitHead(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 && out.trim() ? out.trim() : undefined));
  });
}

function resultOf(outcome: PromoteOutcome, text: string, exitCode: 0 | 1, outputs: Record<string, string>): CommandResult {
  return { exitCode, text, json: outcome, outputs, markdown: `### mlgate promote\n\n${text}\n`, ...(exitCode ? { failure: text.split('\n')[0] } : {}) };
}

/** Marks our own deployment so a crash never leaves it looking in progress; errors here must not hide the first one. */
async function markBroken(store: ReleaseStore, id: number, description: string, logUrl: string | undefined, log: Log): Promise<void> {
  try {
    await store.setStatus(id, { state: 'error', description: describe(description), ...(logUrl ? { logUrl } : {}) });
  } catch (error) {
    log.warning(`could not mark deployment #${id} as error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function createPromoteCommand(deps: PromoteDependencies): Command {
  return {
    spec,
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandResult> {
      const loaded = await loadConfig(inv, ctx);
      const { config, root } = loaded;
      const model = selectModel(inv, config);
      const environment = chooseEnvironment(inv, loaded, model.environment, ctx.cwd);
      const version = requireString(inv, Opt.Version, 'which model version to release');
      const envConfig = config.environments?.[environment];
      const deployCommand = stringOption(inv, Opt.DeployCommand) ?? envConfig?.deploy_command;
      const autoRollback = booleanOption(inv, Opt.AutoRollback) || envConfig?.auto_rollback === true;
      const force = booleanOption(inv, Opt.Force);
      const dryRun = booleanOption(inv, Opt.DryRun);
      const gate = await readGateInput(inv, ctx, model, root);
      const extraFiles = await expandFiles(stringOption(inv, Opt.Files), ctx.cwd);
      const storeSettings = { choice: parseStoreChoice(stringOption(inv, Opt.Store), optionLabel(inv, Opt.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log };
      const store = createReleaseStore(storeSettings);
      const sha = ctx.github.sha ?? (await gitHead(ctx.cwd)) ?? 'HEAD';
      const uri = stringOption(inv, Opt.Uri) ?? model.uri ?? null;
      const digest = await localDigest(uri, root);
      const name = artifactName({ model: model.name, version, environment, attempt: ctx.github.runAttempt });
      const payload: ReleasePayload = {
        mlgate: 1,
        model: { name: model.name, version, uri, digest },
        metrics: gate.metrics,
        gate: { verdict: gate.verdict, report_sha256: gate.sha256 ?? null },
        source: { sha, pr: pullRequestOf(await readEvent(ctx)) ?? (await store.pullRequestFor?.(sha)) ?? null, run_id: ctx.github.runId ?? null, actor: ctx.github.actor ?? null },
        artifact: null,
        rollback_of: null,
      };

      const releases = await loadReleases(store, environment, model.name, untilLive);
      const plan = planPromote({ releases, payload, force });
      if (plan.kind === 'refused') {
        return resultOf({ outcome: 'refused', reason: plan.reason }, `Refused: ${plan.reason}`, 1, {});
      }
      if (plan.kind === 'noop') {
        return resultOf({ outcome: 'noop', deployment_id: plan.live.id, version, reason: plan.reason }, plan.reason, 0, {
          'deployment-id': String(plan.live.id),
          version,
          'previous-version': version,
          'previous-deployment-id': String(plan.live.id),
        });
      }
      const previous = plan.previous;
      const previousOutputs = { 'previous-version': previous?.payload.model.version ?? '', 'previous-deployment-id': previous ? String(previous.id) : '' };
      if (dryRun) {
        const text = `Dry run: would release ${model.name} ${version} to ${environment}${previous ? `, replacing ${previous.payload.model.version} (#${previous.id})` : ' (first release)'}${deployCommand ? `, running: ${deployCommand}` : ''}. Nothing changed.`;
        return resultOf({ outcome: 'dry-run', version, previous_version: previous?.payload.model.version ?? null, previous_deployment_id: previous?.id ?? null, payload: plan.payload }, text, 0, { version, ...previousOutputs });
      }

      if (deployCommand) requireDeployShell(ctx.env);
      const artifact = await uploadReport(() => deps.artifacts(ctx), name, [...(gate.file ? [gate.file] : []), ...extraFiles], ctx);
      const evidence = await storeReleaseEvidence({ config, model, root, environment, version, ...(gate.file ? { resultsFile: gate.file } : {}), settings: storeSettings, ctx });
      const key = idempotencyKey(ctx.github);
      const finalPayload: ReleasePayload = { ...plan.payload, artifact: artifact ? { name: artifact.name, run_id: artifact.runId ?? ctx.github.runId ?? null } : null, evidence, idempotency_key: key };
      const created = await store.create({ environment, ref: sha, payload: finalPayload, description: plan.description, idempotencyKey: key });
      const id = created.id;
      const logUrl = runLogUrl(ctx.github);
      try {
        await store.setStatus(id, { state: 'in_progress', description: describe(`releasing ${model.name} ${version}`), ...(logUrl ? { logUrl } : {}) });
        const raceCheck = async (): Promise<string | undefined> =>
          detectRace({ snapshot: plan.snapshot, expectedLiveId: previous?.id, ownId: id, now: await loadReleases(store, environment, model.name, untilLive) })?.message;
        let race = await raceCheck();
        if (!race && deployCommand) {
          ctx.log.info(`Running deploy-command for ${model.name} ${version} (#${id}).`);
          const code = await runDeployCommand({ command: deployCommand, cwd: root, env: ctx.env, ...(ctx.github.token ? { token: ctx.github.token } : {}), release: { model: model.name, version, uri, sha: created.sha, environment, deploymentId: id, rollback: false } });
          if (code !== 0) return await deployFailed({ store, id, code, logUrl, previous, autoRollback, deployCommand, ctx, root, environment, version, modelName: model.name });
          race = await raceCheck();
        }
        if (race) {
          await store.setStatus(id, { state: 'error', description: describe(`not promoted: ${race}`), ...(logUrl ? { logUrl } : {}) });
          return resultOf({ outcome: 'race', deployment_id: id, version, reason: race }, `Refused: ${race}`, 1, { 'deployment-id': String(id), ...previousOutputs });
        }
        const environmentUrl = envConfig?.url;
        await store.setStatus(id, { state: 'success', description: describe(`${model.name} ${version} is live`), ...(environmentUrl ? { environmentUrl } : {}), ...(logUrl ? { logUrl } : {}) });
        const superseded = await markSuperseded(store, environment, model.name, { id, version }, ctx.log);
        const forced = finalPayload.gate?.forced === true;
        const text = [
          `Released ${model.name} ${version} to ${environment} as deployment #${id}${previous ? `, replacing ${previous.payload.model.version} (#${previous.id})` : ' (first release)'}.`,
          forced ? 'The gate failed; released anyway because force was set (recorded in the release).' : `Gate: ${gate.verdict}.`,
          artifact ? `Report uploaded as artifact ${artifact.name}.` : 'No report artifact uploaded.',
        ].join('\n');
        return resultOf(
          { outcome: 'promoted', deployment_id: id, version, previous_version: previous?.payload.model.version ?? null, previous_deployment_id: previous?.id ?? null, superseded, artifact: artifact ?? null, forced },
          text,
          0,
          { 'deployment-id': String(id), version, ...previousOutputs },
        );
      } catch (error) {
        await markBroken(store, id, `mlgate promote failed: ${error instanceof Error ? error.message : String(error)}`, logUrl, ctx.log);
        throw error;
      }
    },
  };
}

async function uploadReport(store: () => Artifacts | undefined, name: string, files: string[], ctx: CommandContext): Promise<ArtifactRef | undefined> {
  if (files.length === 0) return undefined;
  const artifacts = store();
  if (!artifacts || artifacts.unavailable) {
    // The release still records the gate result with its evidence; an artifact is a convenience, not the record.
    ctx.log.warning(`${artifacts?.unavailable ?? 'No artifact store is available here'}; the report (${files.length} file(s)) was not uploaded as an artifact.`);
    return undefined;
  }
  const rootDir = commonDirectory(files);
  try {
    return await artifacts.upload(name, files, rootDir);
  } catch (error) {
    throw new MlgateError('github', `uploading the report artifact ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function commonDirectory(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(f).split(path.sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

interface DeployFailure {
  store: ReleaseStore;
  id: number;
  code: number;
  logUrl: string | undefined;
  previous: Release | undefined;
  autoRollback: boolean;
  deployCommand: string;
  ctx: CommandContext;
  root: string;
  environment: string;
  version: string;
  modelName: string;
}

/** deploy-command failed: mark the release failure; with auto-rollback, redeploy the release that is still live. */
async function deployFailed(f: DeployFailure): Promise<CommandResult> {
  const { store, id, code, previous, ctx } = f;
  let rolledBack = false;
  let note = '';
  if (f.autoRollback && previous) {
    ctx.log.info(`deploy-command failed (exit ${code}); auto-rollback: redeploying ${previous.payload.model.version} (#${previous.id}).`);
    const p = previous.payload.model;
    const revert = await runDeployCommand({ command: f.deployCommand, cwd: f.root, env: ctx.env, ...(ctx.github.token ? { token: ctx.github.token } : {}), release: { model: p.name, version: p.version, uri: p.uri ?? null, sha: previous.sha, environment: f.environment, deploymentId: previous.id, rollback: true } });
    rolledBack = revert === 0;
    note = rolledBack ? `; auto-rolled back to ${p.version} (#${previous.id})` : `; auto-rollback to ${p.version} also failed (exit ${revert})`;
  } else if (f.autoRollback) {
    note = '; nothing was live before, so there is nothing to roll back to';
  }
  await store.setStatus(id, { state: 'failure', description: describe(`deploy-command failed (exit ${code})${note}`), ...(f.logUrl ? { logUrl: f.logUrl } : {}) });
  const live = findLive(await loadReleases(store, f.environment, f.modelName, untilLive));
  const text = `deploy-command failed (exit ${code}) releasing ${f.modelName} ${f.version}; deployment #${id} is marked failure${note}. Live: ${live ? `${live.payload.model.version} (#${live.id})` : 'nothing'}.`;
  return resultOf(
    { outcome: 'deploy-failed', deployment_id: id, version: f.version, exit_code: code, rolled_back: rolledBack, live_version: live?.payload.model.version ?? null, live_deployment_id: live?.id ?? null },
    text,
    1,
    { 'deployment-id': String(id), version: live?.payload.model.version ?? '', 'previous-version': previous?.payload.model.version ?? '', 'previous-deployment-id': previous ? String(previous.id) : '' },
  );
}

export const promoteCommand: Command = createPromoteCommand({ artifacts: (ctx) => createArtifacts(ctx) });

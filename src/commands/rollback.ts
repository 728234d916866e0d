import { createCommentSink } from '../adapters/github/comments.js';
import { createReleaseStore, idempotencyKey, loadReleases, markSuperseded, parseStoreChoice, runLogUrl } from '../adapters/release-store.js';
import { rollbackCommentBody, rollbackCommentKey } from '../domain/release/comment.js';
import { detectRace, parseRollbackTarget, planRollback, rollbackReadEnough } from '../domain/release/plan.js';
import { describe, type Release } from '../domain/release/state.js';
import type { CommentSink, Log } from '../ports.js';
import { chooseEnvironment } from './environment.js';
import { booleanOption, loadConfig, optionLabel, selectModel, stringOption } from './invocation.js';
import { configOption, dryRunOption, environmentOption, jsonOption, modelOption, Opt, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export interface RollbackDependencies {
  /** Where the note on the reverted release's pull request goes; undefined when commenting is not possible. */
  comments(context: CommandContext): CommentSink | undefined;
}

const spec: Command['spec'] = {
  name: 'rollback',
  summary: 'Revert an environment to an earlier release.',
  options: [
    configOption, jsonOption, modelOption, environmentOption,
    { name: Opt.To, type: 'string', default: 'previous', description: 'previous, a version, or a deployment id.' },
    { name: Opt.Reason, type: 'string', description: 'Why (recorded on the reverted release as "rolled back: <reason>").' },
    dryRunOption, storeOption, tokenOption,
  ],
  outputs: [
    { name: 'version', description: 'Restored model version.' },
    { name: 'uri', description: 'Restored model URI.' },
    { name: 'sha', description: 'Commit of the restored release.' },
    { name: 'artifact-name', description: 'Artifact of the restored release.' },
    { name: 'artifact-run-id', description: 'Run that holds that artifact.' },
    { name: 'deployment-id', description: 'Id of the new deployment.' },
    { name: 'rolled-back-version', description: 'Version that was reverted.' },
  ],
  stepAction: true,
};

export type RollbackOutcome =
  | { outcome: 'rolled-back' | 'dry-run' | 'already-rolled-back'; deployment_id: number | null; version: string; uri: string | null; sha: string; artifact: { name: string; run_id: number | null } | null; target_deployment_id: number; rolled_back_deployment_id: number; rolled_back_version: string; reason: string; comment: string }
  | { outcome: 'refused'; reason: string };

function refused(reason: string): CommandResult {
  return { exitCode: 1, text: `Refused: ${reason} Nothing changed.`, json: { outcome: 'refused', reason } satisfies RollbackOutcome, failure: reason, markdown: `### mlgate rollback\n\nRefused: ${reason} Nothing changed.\n` };
}

/** A rerun of a rollback that already happened: report the restored release again, change nothing. */
function rerun(live: Release, reason: string, releases: readonly Release[]): CommandResult {
  const p = live.payload;
  const reverted = releases.find((r) => r.id === p.rollback_of);
  const artifact = p.artifact ? { name: p.artifact.name, run_id: p.artifact.run_id ?? null } : null;
  const json: RollbackOutcome = { outcome: 'already-rolled-back', deployment_id: live.id, version: p.model.version, uri: p.model.uri ?? null, sha: live.sha, artifact, target_deployment_id: live.id, rolled_back_deployment_id: p.rollback_of ?? 0, rolled_back_version: reverted?.payload.model.version ?? '', reason: p.rollback_reason ?? '', comment: 'rerun: no new comment' };
  return {
    exitCode: 0,
    text: reason,
    json,
    outputs: { version: p.model.version, uri: p.model.uri ?? '', sha: live.sha, 'artifact-name': artifact?.name ?? '', 'artifact-run-id': artifact?.run_id != null ? String(artifact.run_id) : '', 'deployment-id': String(live.id), 'rolled-back-version': reverted?.payload.model.version ?? '' },
  };
}

async function commentOnPr(sink: CommentSink | undefined, reverted: Release, body: string, log: Log): Promise<string> {
  const pr = reverted.payload.source.pr;
  if (pr === null || pr === undefined) return 'no pull request recorded on the reverted release';
  if (!sink) return `PR #${pr} not commented: comments go with the GitHub store and a token`;
  try {
    const outcome = await sink.upsert({ issueNumber: pr, key: rollbackCommentKey(reverted), body, mode: 'update' });
    if (outcome.kind === 'read-only' || outcome.kind === 'skipped') return `PR #${pr} not commented: ${outcome.reason}`;
    return `PR #${pr} comment ${outcome.kind}: ${outcome.url}`;
  } catch (error) {
    const message = `could not comment on PR #${pr}: ${error instanceof Error ? error.message : String(error)}`;
    log.warning(message);
    return message;
  }
}

export function createRollbackCommand(deps: RollbackDependencies): Command {
  return {
    spec,
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandResult> {
      const loaded = await loadConfig(inv, ctx);
      const { config } = loaded;
      const model = selectModel(inv, config);
      const environment = chooseEnvironment(inv, loaded, model.environment, ctx.cwd);
      const dryRun = booleanOption(inv, Opt.DryRun);
      const reason = stringOption(inv, Opt.Reason) ?? `rollback by ${ctx.github.actor ?? 'hand'}`;
      const store = createReleaseStore({ choice: parseStoreChoice(stringOption(inv, Opt.Store), optionLabel(inv, Opt.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });

      const enough = rollbackReadEnough(stringOption(inv, Opt.To));
      const releases = await loadReleases(store, environment, model.name, enough);
      const plan = planRollback({ releases, to: parseRollbackTarget(stringOption(inv, Opt.To), releases), reason, ...(ctx.github.runId !== undefined ? { runId: ctx.github.runId } : {}) });
      if (plan.kind === 'refused') return refused(plan.reason);
      if (plan.kind === 'noop') return rerun(plan.live, plan.reason, releases);
      const { reverted, target } = plan;
      const restored = target.payload;
      const base = {
        version: restored.model.version,
        uri: restored.model.uri ?? null,
        sha: target.sha,
        artifact: restored.artifact ? { name: restored.artifact.name, run_id: restored.artifact.run_id ?? null } : null,
        target_deployment_id: target.id,
        rolled_back_deployment_id: reverted.id,
        rolled_back_version: reverted.payload.model.version,
        reason,
      };
      const outputs = (deploymentId: number | null): Record<string, string> => ({
        version: base.version,
        uri: base.uri ?? '',
        sha: base.sha,
        'artifact-name': base.artifact?.name ?? '',
        'artifact-run-id': base.artifact?.run_id != null ? String(base.artifact.run_id) : '',
        'deployment-id': deploymentId === null ? '' : String(deploymentId),
        'rolled-back-version': base.rolled_back_version,
      });
      const what = `${model.name} ${reverted.payload.model.version} (#${reverted.id}) → ${restored.model.version} (#${target.id}) in ${environment}`;
      if (dryRun) {
        const text = `Dry run: would roll back ${what}, marking #${reverted.id} "${plan.revertDescription}". Nothing changed.`;
        return { exitCode: 0, text, json: { outcome: 'dry-run', deployment_id: null, ...base, comment: 'dry run' } satisfies RollbackOutcome, outputs: outputs(null), markdown: `### mlgate rollback\n\n${text}\n` };
      }

      // Someone may have released since we looked: check again before writing anything.
      const early = detectRace({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: -1, now: await loadReleases(store, environment, model.name, enough) });
      if (early) return refused(early.message);

      const key = idempotencyKey(ctx.github);
      const created = await store.create({ environment, ref: plan.ref, payload: { ...plan.payload, idempotency_key: key }, description: plan.description, idempotencyKey: key });
      const logUrl = runLogUrl(ctx.github);
      await store.setStatus(created.id, { state: 'in_progress', description: describe(`restoring ${restored.model.version} (#${target.id})`), ...(logUrl ? { logUrl } : {}) });
      const race = detectRace({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: created.id, now: await loadReleases(store, environment, model.name, enough) });
      if (race) {
        await store.setStatus(created.id, { state: 'error', description: describe(`not rolled back: ${race.message}`), ...(logUrl ? { logUrl } : {}) });
        return refused(`${race.message} (this attempt is recorded as deployment #${created.id} with state error; the live release is untouched).`);
      }
      await store.setStatus(reverted.id, { state: 'failure', description: plan.revertDescription });
      await store.setStatus(created.id, { state: 'success', description: describe(`${restored.model.name} ${restored.model.version} restored (rollback of #${reverted.id})`), ...(config.environments?.[environment]?.url ? { environmentUrl: config.environments[environment].url } : {}), ...(logUrl ? { logUrl } : {}) });
      await markSuperseded(store, environment, model.name, { id: created.id, version: restored.model.version }, ctx.log);
      // The note on the PR belongs with GitHub releases; the local store (a laptop, the demo) does not comment.
      const comment = await commentOnPr(store.kind === 'github' ? deps.comments(ctx) : undefined, reverted, rollbackCommentBody({ reverted, restored: target, newId: created.id, reason, environment, runUrl: logUrl }), ctx.log);
      const text = [
        `Rolled back ${what} as deployment #${created.id}.`,
        `#${reverted.id} is marked failure: "${plan.revertDescription}".`,
        `Redeploy: version ${base.version}${base.uri ? `, uri ${base.uri}` : ''}, sha ${base.sha}${base.artifact ? `, artifact ${base.artifact.name}` : ''}.`,
        comment,
      ].join('\n');
      return { exitCode: 0, text, json: { outcome: 'rolled-back', deployment_id: created.id, ...base, comment } satisfies RollbackOutcome, outputs: outputs(created.id), markdown: `### mlgate rollback\n\n${text.replace(/\n/g, '\n\n')}\n` };
    },
  };
}

export const rollbackCommand: Command = createRollbackCommand({
  comments: (ctx) => (ctx.github.token && ctx.github.repository ? createCommentSink({ github: ctx.github, log: ctx.log }) : undefined),
});

/** What a monitor run does about its verdict: the rollback (once per degradation) and the sticky issue. */
import type { OnDegradedAction } from '../domain/config/schema.js';
import { quoted, usageError } from '../domain/errors.js';
import type { MonitorHistory } from '../domain/monitor/history.js';
import { rollbackDue, rollbackModes, rollbackReason, type RollbackMode } from '../domain/monitor/history.js';
import { planIssueAction, type IssueAction } from '../domain/monitor/issue-plan.js';
import type { MonitorRun } from '../domain/monitor/run.js';
import type { MonitorIssue, MonitorIssues } from '../ports.js';
import { rollbackCommand, type RollbackOutcome } from './rollback.js';
import { Opt } from './options.js';
import type { CommandContext, Invocation } from './types.js';

export function onDegradedList(value: OnDegradedAction | readonly OnDegradedAction[] | undefined): OnDegradedAction[] {
  if (value === undefined) return ['issue'];
  return [...new Set(typeof value === 'string' ? [value] : value)];
}

/** The `rollback` option: `here` (default) or `defer`. */
export function parseRollbackMode(value: string | undefined, label: string): RollbackMode {
  if (value === undefined || value === '') return 'here';
  const mode = rollbackModes.find((m) => m === value);
  if (!mode) throw usageError(`${label} is ${quoted(value)}; expected here (roll back in this run) or defer (record that a rollback is due and leave it to a later job)`);
  return mode;
}

export interface RollbackAttempt {
  rolledBack: boolean;
  /** One sentence for the run's actions. */
  said: string;
  outcome?: RollbackOutcome;
}

/** Rolls back to the previous release through the rollback command's own code path (races, statuses, PR note). */
export async function rollbackForMonitor(inv: Invocation, ctx: CommandContext, run: MonitorRun, history: MonitorHistory, environment: string, model: string): Promise<RollbackAttempt> {
  if (!rollbackDue(history)) return { rolledBack: false, said: 'no rollback: this degradation was already rolled back by an earlier run' };
  const reason = rollbackReason(run);
  const options = { [Opt.Config]: inv.options[Opt.Config], [Opt.Store]: inv.options[Opt.Store], [Opt.Model]: model, [Opt.Environment]: environment, [Opt.To]: 'previous', [Opt.Reason]: reason };
  const result = await rollbackCommand.run({ command: 'rollback', options, positionals: [], surface: inv.surface }, ctx);
  const outcome = result.json as RollbackOutcome;
  if (outcome.outcome === 'refused') return { rolledBack: false, said: `rollback refused: ${outcome.reason}`, outcome };
  return { rolledBack: outcome.outcome === 'rolled-back', said: `rolled back ${outcome.rolled_back_version} → ${outcome.version} (reason "${reason}")`, outcome };
}

export interface IssueResult {
  action: IssueAction['kind'];
  url?: string;
  said: string;
}

/** Applies the decision of `planIssueAction` through the MonitorIssues port. */
export async function applyIssueAction(input: {
  issues: MonitorIssues;
  key: string;
  run: MonitorRun;
  history: MonitorHistory;
  enabled: boolean;
  content: () => { title: string; body: string };
}): Promise<IssueResult> {
  const { issues, key } = input;
  const existing: MonitorIssue | undefined = await issues.find(key);
  if (!input.enabled) {
    if (existing?.state === 'open') return { action: 'unchanged', url: existing.url, said: `issue left as it is (on_degraded has no 'issue'): ${existing.url}` };
    return { action: 'none', said: "no issue (on_degraded has no 'issue')" };
  }
  const plan = planIssueAction(existing, input.run, input.history);
  switch (plan.kind) {
    case 'none':
      return { action: 'none', said: `no issue: ${plan.why}` };
    case 'unchanged':
      return { action: 'unchanged', ...(existing ? { url: existing.url } : {}), said: `issue unchanged: ${plan.why}` };
    case 'create': {
      const created = await issues.create(key, input.content());
      return { action: 'create', url: created.url, said: `issue opened: ${created.url}` };
    }
    case 'update': {
      const updated = await issues.update(key, existing!, { ...input.content(), state: 'open' });
      return { action: 'update', url: updated.url, said: `issue updated: ${updated.url}` };
    }
    case 'reopen': {
      const reopened = await issues.update(key, existing!, { ...input.content(), state: 'open' });
      await issues.comment(reopened, plan.note);
      return { action: 'reopen', url: reopened.url, said: `issue reopened: ${reopened.url}` };
    }
    case 'close': {
      const closed = await issues.update(key, existing!, { ...input.content(), state: 'closed' });
      await issues.comment(closed, plan.note);
      return { action: 'close', url: closed.url, said: `issue closed with a note: ${closed.url}` };
    }
  }
}

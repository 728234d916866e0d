import * as core from '@actions/core';
import { readInputs } from './adapters/actions/inputs.js';
import { actionsLog, failAction } from './adapters/actions/log.js';
import { jobSummary } from './adapters/actions/summary.js';
import { progressTiming, streamProgress } from './adapters/progress.js';
import { githubContextFromEnv } from './adapters/github-context.js';
import { commandEntries, loadCommand } from './commands/index.js';
import { Opt } from './commands/options.js';
import { publishCouldNotRun } from './commands/could-not-run.js';
import type { CommandContext } from './commands/types.js';
import { isMlgateError } from './domain/errors.js';
import { closest } from './domain/text.js';
import { errorLines, errorStack, runCommand } from './run-command.js';

/**
 * The action entry. The root action picks the command from input `command`;
 * each step action passes its own command name.
 */
export async function runAction(fixedCommand?: string): Promise<number> {
  const env = process.env;
  const name = fixedCommand ?? (core.getInput(Opt.Command) || 'check');
  const command = await loadCommand(name, env);
  if (!command) {
    const guess = closest(name, commandEntries.map((c) => c.name));
    return fail(2, `input 'command' is '${name}'; expected one of ${commandEntries.map((c) => c.name).join(', ')}${guess ? ` (did you mean '${guess}'?)` : ''}`);
  }
  let invocation;
  try {
    invocation = readInputs(command.spec);
  } catch (error) {
    if (isMlgateError(error)) return fail(2, error.oneLine());
    throw error;
  }
  const token = typeof invocation.options[Opt.GithubToken] === 'string' ? (invocation.options[Opt.GithubToken] as string) : undefined;
  if (token) core.setSecret(token);
  const summary = jobSummary(env);
  const context: CommandContext = {
    cwd: process.cwd(),
    env,
    log: actionsLog,
    summary,
    inActions: env.GITHUB_ACTIONS === 'true',
    github: githubContextFromEnv(env, token),
    // The runner's log is no terminal: plain lines every few seconds, through the neutralising log.
    progress: streamProgress('plain', (line) => actionsLog.info(line.replace(/\n$/, '')), progressTiming(env)),
  };
  const outcome = await runCommand(command, invocation, context);
  if (outcome.kind === 'error') {
    const [first, ...rest] = errorLines(outcome.error);
    for (const line of rest) actionsLog.info(line);
    const stack = errorStack(outcome.error);
    if (stack) actionsLog.debug(stack);
    await publishCouldNotRun(name, invocation, context, outcome.error);
    return fail(2, first ?? 'failed');
  }
  const { result } = outcome;
  for (const [key, value] of Object.entries(result.outputs ?? {})) core.setOutput(key, value);
  if (result.text) actionsLog.info(result.text);
  if (result.markdown && summary.available) await summary.write(result.markdown);
  if (result.exitCode !== 0) return fail(result.exitCode, result.failure ?? `mlgate ${name} exited ${result.exitCode}`);
  return 0;
}

function fail(code: number, message: string): number {
  failAction(message);
  process.exitCode = code;
  return code;
}


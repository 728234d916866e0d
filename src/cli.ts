import { parseArgs, type ParseArgsConfig } from 'node:util';
import { consoleLog, neutralisedStreams } from './adapters/local/console-log.js';
import { githubContextFromEnv } from './adapters/github-context.js';
import { jobSummary } from './adapters/actions/summary.js';
import { commandEntries, loadCommand } from './commands/index.js';
import { Opt } from './commands/options.js';
import { noProgress, progressTiming, streamProgress } from './adapters/progress.js';
import type { Progress } from './ports.js';
import type { Command, CommandContext, Invocation, OptionValue } from './commands/types.js';
import { usageError, isMlgateError } from './domain/errors.js';
import { closest } from './domain/text.js';
import { errorLines, errorStack, runCommand } from './run-command.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** stderr is a terminal: progress is a live line rewritten in place. */
  stderrIsTTY?: boolean;
}

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
});

export function generalHelp(): string {
  const width = Math.max(...commandEntries.map((c) => c.name.length));
  return [
    `mlgate ${VERSION} — CI/CD for machine-learning repositories`,
    '',
    'Usage: mlgate <command> [options]',
    '',
    'Commands:',
    ...commandEntries.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --config <path> (default mlgate.yml) and --json <path>.',
    'Work that runs longer than ~2 s shows progress on stderr; --quiet (-q) silences it.',
    "Run 'mlgate <command> --help' for a command's options.",
    '',
    'Exit status: 0 pass, 1 a check/gate failed or a release was refused, 2 usage, config or input error.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const opts = command.spec.options.filter((o) => o.only !== 'action');
  const label = (o: (typeof opts)[number]): string => `--${o.name}${o.type === 'string' ? ' <value>' : ''}`;
  const width = Math.max(10, ...opts.map((o) => label(o).length));
  return [
    `Usage: mlgate ${command.spec.name}${command.spec.positionals ? ` ${command.spec.positionals}` : ''} [options]`,
    '',
    command.spec.summary,
    '',
    'Options:',
    ...opts.map((o) => `  ${label(o).padEnd(width)}  ${o.description}${o.default !== undefined && o.type === 'string' ? ` (default: ${o.default})` : ''}`),
    `  ${'--quiet, -q'.padEnd(width)}  No progress lines on stderr.`,
    `  ${'--help'.padEnd(width)}  Show this help.`,
    '',
  ].join('\n');
}

function parseCommandArgs(command: Command, args: string[]): Invocation {
  const cliOptions = command.spec.options.filter((o) => o.only !== 'action');
  const config: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' }, [Opt.Quiet]: { type: 'boolean', short: 'q' } };
  for (const o of cliOptions) config[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const guess = closest(unknown.replace(/^-+/, ''), cliOptions.map((o) => o.name));
      throw usageError(`unknown option ${unknown} for 'mlgate ${command.spec.name}'${guess ? `; did you mean --${guess}?` : ''}`, [`Run 'mlgate ${command.spec.name} --help' for the options.`]);
    }
    throw usageError(`${message.split('\n')[0] ?? message} (mlgate ${command.spec.name})`);
  }
  const options: Record<string, OptionValue> = {};
  for (const o of cliOptions) {
    const v = parsed.values[o.name];
    if (typeof v === 'string' || typeof v === 'boolean') options[o.name] = v;
    else if (o.default !== undefined) options[o.name] = o.type === 'boolean' ? o.default === 'true' : o.default;
  }
  if (parsed.values.help === true) options.help = true;
  if (parsed.values[Opt.Quiet] === true) options[Opt.Quiet] = true;
  if (!command.spec.positionals && parsed.positionals.length > 0) {
    throw usageError(`'mlgate ${command.spec.name}' takes no positional arguments; found '${parsed.positionals[0] ?? ''}'`);
  }
  return { command: command.spec.name, options, positionals: parsed.positionals, surface: 'cli' };
}

/** Off with --quiet; a live line on a terminal (written raw: it neutralises its own text), else plain lines. */
function cliProgress(invocation: Invocation, rawIo: CliIo, io: CliIo): Progress {
  if (invocation.options[Opt.Quiet] === true) return noProgress;
  const live = rawIo.stderrIsTTY === true && io.env.TERM !== 'dumb' && io.env.CI !== 'true';
  return live ? streamProgress('live', rawIo.stderr, progressTiming(io.env)) : streamProgress('plain', io.stderr, progressTiming(io.env));
}

/** Runs the CLI; returns the exit status. Everything it prints goes through neutralised streams (src/domain/safe-output.ts). */
export async function runCli(argv: readonly string[], rawIo: CliIo = defaultIo()): Promise<number> {
  const io: CliIo = { ...rawIo, ...neutralisedStreams(rawIo) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = await loadCommand(name, io.env);
  if (!command) {
    const guess = closest(name, commandEntries.map((c) => c.name));
    io.stderr(`mlgate: unknown command '${name}'${guess ? `; did you mean '${guess}'?` : ''}\nRun 'mlgate --help' for the list of commands.\n`);
    return 2;
  }
  let invocation: Invocation;
  try {
    invocation = parseCommandArgs(command, rest);
  } catch (error) {
    if (!isMlgateError(error)) throw error;
    io.stderr(`mlgate: ${errorLines(error).join('\n')}\n`);
    return 2;
  }
  if (invocation.options.help === true) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const inActions = io.env.GITHUB_ACTIONS === 'true';
  const context: CommandContext = {
    cwd: io.cwd,
    env: io.env,
    log: consoleLog(io, { verbose: io.env.RUNNER_DEBUG === '1' }),
    summary: inActions ? jobSummary(io.env) : { available: false, write: () => Promise.resolve() },
    inActions,
    github: githubContextFromEnv(io.env, io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN),
    progress: cliProgress(invocation, rawIo, io),
  };
  const outcome = await runCommand(command, invocation, context);
  if (outcome.kind === 'error') {
    io.stderr(`mlgate ${command.spec.name}: ${errorLines(outcome.error).join('\n')}\n`);
    const stack = errorStack(outcome.error);
    if (stack && io.env.RUNNER_DEBUG === '1') io.stderr(`${stack}\n`);
    return 2;
  }
  const { result } = outcome;
  if (result.text) io.stdout(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
  if (result.markdown && context.summary.available) await context.summary.write(result.markdown);
  if (result.exitCode !== 0 && result.failure) io.stderr(`mlgate ${command.spec.name}: ${result.failure}\n`);
  return result.exitCode;
}

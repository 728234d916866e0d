#!/usr/bin/env node
// `npm run demo`: the main job of mlgate, end to end, on examples/churn with the local release store.
//   validate → compare (with significance) → report → promote → promote again → rollback → history → monitor ×3
// Works on a fresh clone after `npm ci` (it runs the committed bundle through bin/mlgate.js). Every run starts
// clean: the example is copied into demo-out/work/, whose .mlgate/releases.json is the release store. The store is
// first seeded with two earlier releases (real `promote` runs), so the report has a history to chart and the
// rollback has somewhere to go back to.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'demo-out');
const work = path.join(out, 'work');
const results = path.join(out, 'results'); // a results directory as the PR job uploads it (docs/results-format.md)
const jsonDir = path.join(out, 'json'); // --json of the release commands
const cli = path.join(root, 'bin', 'mlgate.js');
const started = Date.now();

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s) => (color ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (color ? `\x1b[2m${s}\x1b[0m` : s);

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('demo: dist/index.js is missing; run `npm run bundle` (or use a clone with the committed dist/).');
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(results, 'comparisons'), { recursive: true });
mkdirSync(path.join(results, 'history'), { recursive: true });
mkdirSync(jsonDir, { recursive: true });
cpSync(path.join(root, 'examples', 'churn'), work, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });

let stepNo = 0;

/** Runs one mlgate command in demo-out/work; returns its exit code, output and --json result. */
function mlgate(title, args, { expect = [0], json, quiet = false } = {}) {
  if (!quiet) {
    stepNo++;
    console.log(`\n${bold(`[${stepNo}] ${title}`)}`);
  }
  const env = { ...process.env, NO_COLOR: '1' };
  // The local store outside GitHub: never pick up a runner's context by accident.
  for (const k of ['GITHUB_ACTIONS', 'GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_EVENT_PATH', 'GITHUB_STEP_SUMMARY']) delete env[k];
  const jsonPath = json ? path.resolve(jsonDir, json) : undefined;
  const argv = [cli, ...args, ...(jsonPath ? ['--json', jsonPath] : [])];
  const run = spawnSync(process.execPath, argv, { cwd: work, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const stdout = run.stdout ?? '';
  const text = stdout.trimEnd();
  if (!quiet) console.log(dim(`$ mlgate ${args.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ')}`));
  if (text && !quiet) console.log(indent(text));
  if (run.stderr?.trim()) console.error(indent(run.stderr.trimEnd()));
  if (!expect.includes(run.status ?? -1)) {
    console.error(`\ndemo: 'mlgate ${args[0]}' exited ${run.status ?? run.signal}; expected ${expect.join(' or ')}. Stopping.`);
    process.exit(1);
  }
  let result;
  if (jsonPath && existsSync(jsonPath)) result = JSON.parse(readFileSync(jsonPath, 'utf8'));
  return { status: run.status, stdout, result };
}

function indent(text) {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function explain(lines) {
  for (const l of lines.filter(Boolean)) console.log(`  → ${l}`);
}

/** The first value found under any of these keys (results use snake_case on disk; be liberal in what we read). */
function field(obj, ...keys) {
  if (!obj || typeof obj !== 'object') return undefined;
  for (const k of keys) if (obj[k] !== undefined && obj[k] !== null) return obj[k];
  return undefined;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// 0. history: production has run two earlier releases of the model
{
  const config = readFileSync(path.join(work, 'mlgate.yml'), 'utf8');
  // The earlier releases were validated on last quarter's snapshot and gated with production's own predictions:
  // that is the evidence promote stores with them, and what this PR's gate and drift compare against.
  const seed = (version, metrics) => {
    const file = `seed-${version}.yml`;
    const seedConfig = config
      .replace('metrics: reports/candidate/metrics.json', `metrics: ${metrics}`)
      .replace('candidate: reports/candidate/predictions.csv', 'candidate: reports/production/predictions.csv')
      .replace('    path: data/train.csv', '    path: data/reference.csv');
    writeFileSync(path.join(work, file), seedConfig);
    mlgate('', ['promote', '--config', file, '--store', 'local', '--version', version], { json: `seed-${version}.json`, quiet: true });
    rmSync(path.join(work, file));
  };
  seed('1.0.0', 'reports/previous/metrics.json');
  seed('1.0.1', 'reports/production/metrics.json');
  // From here on the config compares with what production runs, as a real repository's does: the example's own
  // mlgate.yml names files instead so that it gives the same answer on every machine without a release store.
  writeFileSync(
    path.join(work, 'mlgate.yml'),
    config
      .replace('baseline: file:reports/production/metrics.json', 'baseline: production')
      .replace('baseline: reports/production/predictions.csv', 'baseline: production')
      .replace('reference: data/reference.csv ', 'reference: production'),
  );
  const evidence = JSON.parse(readFileSync(path.join(jsonDir, 'seed-1.0.1.json'), 'utf8'));
  const store = JSON.parse(readFileSync(path.join(work, '.mlgate', 'releases.json'), 'utf8'));
  const live = store.deployments.find((d) => d.id === evidence.deployment_id)?.payload?.evidence;
  console.log(
    `${bold('[0] The starting point')}\n  → production runs churn 1.0.1 (after 1.0.0); both releases are in the local store, demo-out/work/.mlgate/releases.json.` +
      (live
        ? `\n  → 1.0.1 carries its evidence in demo-out/work/.mlgate/evidence/: ${Object.keys(live.profiles).length} dataset profiles, ${live.predictions ? 'the per-example predictions its gate used, ' : ''}sha256 of each in the release.` +
          '\n  → the config now says `baseline: production`, `significance.baseline: production` and `drift.reference: production`.'
        : ''),
  );
}

// 1. validate
{
  const { result } = mlgate('Validate the data', ['validate', '--config', 'mlgate.yml'], { json: path.join(results, 'validation.json') });
  const datasets = field(result, 'datasets') ?? [];
  const parts = datasets.map((d) => {
    const checks = field(d, 'checks') ?? [];
    const failed = checks.filter((c) => c.status === 'fail').length;
    const drifted = (field(d, 'drift') ?? []).filter((x) => x.status === 'warn' || x.status === 'fail').map((x) => x.column);
    return `${d.name}: ${field(d, 'rows') ?? '?'} rows, ${plural(checks.length, 'check')}${failed ? `, ${failed} failed` : ''}${drifted.length ? `, drift in ${drifted.join(', ')}` : ''}`;
  });
  explain([
    `Verdict: ${field(result, 'verdict') ?? 'see above'}. Schema, ranges, patterns, uniqueness, duplicates and leakage were checked in one streaming pass per file.`,
    parts.join('; '),
    datasets.some((d) => field(d, 'drift')) ? 'Drift against the profile stored with production 1.0.1 (last quarter\'s data) has severity warn in mlgate.yml: reported, never blocking.' : '',
  ]);
}

// 2. compare
{
  const { result } = mlgate('Gate the candidate against production, with significance', ['compare', '--config', 'mlgate.yml', '--store', 'local'], { json: path.join(results, 'comparisons', 'churn.json') });
  const metrics = field(result, 'metrics') ?? [];
  const sig = metrics.filter((m) => m.p_value !== undefined || m.ci !== undefined);
  const against = field(result, 'significance');
  const by = (s) => metrics.filter((m) => m.status === s).length;
  const examples = readFileSync(path.join(work, 'reports', 'candidate', 'predictions.csv'), 'utf8').trim().split('\n').length - 1;
  explain([
    `Verdict: ${field(result, 'verdict') ?? 'see above'} — ${by('pass')} gates passed, ${by('warn')} warned, ${by('fail')} failed, ${by('skipped')} skipped (e.g. slices below min_support).`,
    sig.length
      ? `${plural(sig.length, 'metric')} carry a paired test on ${examples.toLocaleString('en')} per-example predictions of the candidate and of ${against?.baseline ?? 'production'} (its stored evidence; ${against?.paired ?? '?'} ids paired; McNemar / permutation, bootstrap intervals, Holm-corrected): a change counts only when the evidence clears the margin.`
      : 'Significance: per-example predictions of both models are configured under `significance:`.',
  ]);
}

// 3. report
let markdown;
{
  // The release history the report charts: what the release store lists, as release payloads (history/<model>.json).
  const history = mlgate('', ['history', '--config', 'mlgate.yml', '--store', 'local'], { json: 'history-before.json', quiet: true }).result;
  const payloads = (field(history, 'releases') ?? []).map((r) => ({
    mlgate: 1,
    model: { name: r.model, version: r.version, uri: r.uri ?? null },
    metrics: r.metrics ?? {},
    gate: { verdict: r.gate ?? 'none' },
    source: { sha: r.sha ?? null, actor: r.actor ?? null },
  }));
  writeFileSync(path.join(results, 'history', 'churn.json'), `${JSON.stringify({ model: 'churn', environment: 'production', releases: payloads }, null, 2)}\n`);
  const reportFile = path.join(out, 'report.md');
  mlgate('Render the PR report', ['report', '--config', 'mlgate.yml', '--results', path.relative(work, results), '--comment', 'false', '--out', path.relative(work, reportFile)], { json: 'report.json' });
  markdown = readFileSync(reportFile, 'utf8');
  console.log(`\n${indent(markdown.trimEnd())}\n`);
  explain([
    'This Markdown is what the sticky PR comment and the job summary show (here --comment false: no GitHub).',
    `Written to demo-out/report.md (${markdown.length.toLocaleString('en')} characters): verdict line, gate table, data section, a Mermaid chart of the releases plus the candidate.`,
  ]);
}

// 4-5. promote, and promote again
{
  const gate = path.relative(work, path.join(results, 'comparisons', 'churn.json'));
  const { result } = mlgate('Promote the candidate to production as 1.1.0', ['promote', '--config', 'mlgate.yml', '--store', 'local', '--version', '1.1.0', '--results', gate], { json: 'promote-1.json' });
  explain([
    `Release #${field(result, 'deployment_id') ?? '?'} recorded: created → in_progress → success, the same state machine as GitHub Deployments; ${field(result, 'previous_version') ?? '1.0.1'} is marked inactive.`,
    'The gate result passed, so promote did not need --force (a failed one would have been refused).',
  ]);
  const again = mlgate('Promote 1.1.0 again (a rerun of the release job)', ['promote', '--config', 'mlgate.yml', '--store', 'local', '--version', '1.1.0', '--results', gate], { json: 'promote-2.json' }).result;
  explain([
    field(again, 'outcome') === 'noop' ? 'Promoting the version that is already live changes nothing and says so: reruns are safe.' : `Outcome: ${field(again, 'outcome') ?? 'see above'}.`,
  ]);
}

// 6. rollback
{
  const { result } = mlgate('Roll production back', ['rollback', '--config', 'mlgate.yml', '--store', 'local', '--to', 'previous', '--reason', 'retention campaign misfired after 1.1.0'], { json: 'rollback.json' });
  explain([
    `${field(result, 'rolled_back_version') ?? '1.1.0'} is marked failure ("rolled back: …") so it is never mistaken for a good release; ${field(result, 'version') ?? '1.0.1'} is live again as a new release with rollback_of set.`,
    'On GitHub this is the "mlgate rollback" workflow, run from the Actions tab.',
  ]);
}

// 7. history
{
  mlgate('Release history of production', ['history', '--config', 'mlgate.yml', '--store', 'local'], { json: 'history.json' });
  explain(['Newest first: who released what, when, its state and headline metrics.']);
}

// 8-10. monitor: the live release (1.0.1, restored by the rollback) against this week's production data
{
  const monitorDir = path.join(work, '.mlgate', 'monitor');
  const run = (title, config, json) => mlgate(title, ['monitor', '--config', config, '--store', 'local'], { json });
  const healthy = run('Monitor production: a healthy week', 'mlgate.yml', 'monitor-1.json').result;
  explain([
    `Verdict: ${field(healthy?.run, 'verdict') ?? 'see above'}. This week's export (monitor/healthy/) was validated with the train dataset's checks, its drift measured against the profile stored with ${healthy?.run?.release?.version ?? 'the live release'}, and the labelled predictions gave the live metrics, gated against the metrics stored with the release (bootstrap intervals from the labelled sample).`,
    'Healthy and no issue open: nothing to write. The run is kept in demo-out/work/.mlgate/monitor/ (the history the trend charts read).',
  ]);
  const drifted = path.join(work, 'mlgate-drifted.yml');
  writeFileSync(drifted, readFileSync(path.join(work, 'mlgate.yml'), 'utf8').replaceAll('monitor/healthy/', 'monitor/drifted/'));
  const degraded = run('Monitor production: the week after a price change, with worse labelled predictions', 'mlgate-drifted.yml', 'monitor-2.json').result;
  const issueFile = degraded?.issue?.url;
  explain([
    `Verdict: ${field(degraded?.run, 'verdict') ?? 'see above'}: ${(degraded?.run?.findings ?? []).filter((f) => f.level === 'degraded').length} finding(s) degrade it (the ✗ lines above: live metrics that fail their gates).`,
    issueFile ? `The sticky issue was opened as a file: ${path.relative(root, issueFile)} (on GitHub, one issue found by its hidden marker; reruns never duplicate it).` : '',
  ]);
  if (issueFile && existsSync(issueFile)) console.log(`\n${indent(readFileSync(issueFile, 'utf8').split('\n').slice(0, 16).join('\n'))}\n    …\n`);
  const recovered = run('Monitor production: healthy again', 'mlgate.yml', 'monitor-3.json').result;
  explain([
    `Verdict: ${field(recovered?.run, 'verdict') ?? 'see above'}; the issue is ${recovered?.issue?.action === 'close' ? 'closed with a note' : recovered?.issue?.action ?? '?'}. ${existsSync(monitorDir) ? 'History and issue stay in demo-out/work/.mlgate/monitor/.' : ''}`,
  ]);
  rmSync(drifted);
  if (field(healthy?.run, 'verdict') !== 'healthy' || field(degraded?.run, 'verdict') !== 'degraded' || recovered?.issue?.action !== 'close') {
    console.error('\ndemo: monitor should go healthy → degraded (issue opened) → healthy (issue closed); see above.');
    process.exit(1);
  }
}

const problems = [];
if (!/\|\s*Metric\s*\|/.test(markdown)) problems.push('the gate table (a "| Metric |" header)');
if (!/```mermaid[\s\S]*?xychart-beta/.test(markdown)) problems.push('a Mermaid xychart-beta chart');
if (problems.length) {
  console.error(`\ndemo: demo-out/report.md lacks ${problems.join(' and ')}.`);
  process.exit(1);
}

console.log(`\n${bold('Done')} in ${((Date.now() - started) / 1000).toFixed(1)} s. The report is in demo-out/report.md, the results directory in demo-out/results/, the release store in demo-out/work/.mlgate/.`);

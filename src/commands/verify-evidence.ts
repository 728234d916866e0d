import { createEvidenceStore } from '../adapters/evidence-store.js';
import { createReleaseStore, loadReleases, parseStoreChoice } from '../adapters/release-store.js';
import { usageError } from '../domain/errors.js';
import { evidenceItems } from '../domain/evidence/manifest.js';
import { evidenceProblemText, readEvidence, type EvidenceProblem } from '../domain/evidence/use.js';
import { releaseStatus, renderVerifyText, verifiedItems, verifyVerdict, type VerifiedRelease, type VerifyEvidenceResult } from '../domain/evidence/verify.js';
import { findLive, untilLive, type Release } from '../domain/release/state.js';
import { readEvidenceItem } from '../io/files/evidence.js';
import type { EvidenceStore } from '../ports.js';
import { chooseEnvironment } from './environment.js';
import { booleanOption, loadConfig, optionLabel, selectModel, stringOption } from './invocation.js';
import { configOption, environmentOption, jsonOption, modelOption, Opt, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

/** Re-reads every stored item of one release and checks it against the digest its payload records. */
async function verifyRelease(release: Release, live: boolean, store: () => EvidenceStore): Promise<VerifiedRelease> {
  const label = `${release.payload.model.version} (#${release.id})`;
  const base = { id: release.id, version: release.payload.model.version, live };
  const evidence = readEvidence(release.payload.evidence, label);
  if ('kind' in evidence) return { ...base, store: null, status: 'no-evidence', message: evidenceProblemText(evidence), items: [] };
  const outcomes = new Map<string, ({ ok: true } | { ok: false; problem: EvidenceProblem }) & { ms: number }>();
  for (const { role, item } of evidenceItems(evidence)) {
    const started = performance.now();
    const read = await readEvidenceItem(store(), item, label, role);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    outcomes.set(role, read.ok ? { ok: true, ms } : { ...read, ms });
  }
  const items = verifiedItems(evidence, (role) => outcomes.get(role)!);
  return { ...base, store: evidence.store, status: releaseStatus(items), items };
}

/** Which releases to verify: the live one (default), every one of `--version`, or `--all`. */
function pick(releases: readonly Release[], inv: Invocation, model: string, environment: string): Release[] {
  const version = stringOption(inv, Opt.Version);
  if (booleanOption(inv, Opt.All)) {
    if (version !== undefined) throw usageError(`${optionLabel(inv, Opt.All)} and ${optionLabel(inv, Opt.Version)} '${version}' were both given; pass one`);
    if (releases.length === 0) throw usageError(`${model} has no releases in '${environment}'; nothing to verify`);
    return [...releases];
  }
  if (version !== undefined) {
    const matching = releases.filter((r) => r.payload.model.version === version);
    if (matching.length === 0) {
      const known = [...new Set(releases.map((r) => r.payload.model.version))];
      throw usageError(`${optionLabel(inv, Opt.Version)} is '${version}', but ${model} has no release of that version in '${environment}'; found: ${known.join(', ') || '(no releases)'}`);
    }
    return matching;
  }
  const live = findLive(releases);
  if (!live) throw usageError(`${model} has no live release in '${environment}'; pass ${optionLabel(inv, Opt.Version)} <version> or ${optionLabel(inv, Opt.All)} to verify others`);
  return [live];
}

export const verifyEvidenceCommand: Command = {
  spec: {
    name: 'verify-evidence',
    summary: "Re-read a release's stored evidence and check every item against the sha256 its payload records.",
    options: [
      configOption,
      jsonOption,
      modelOption,
      environmentOption,
      { name: Opt.Version, type: 'string', description: 'Verify the release(s) of this model version (default: the live release).' },
      { name: Opt.All, type: 'boolean', default: 'false', description: 'Verify every release of the model in the environment.' },
      storeOption,
      tokenOption,
    ],
    outputs: [{ name: 'verdict', description: 'pass (every stored item matches its recorded sha256) or fail.' }],
    stepAction: false,
  },
  async run(inv: Invocation, ctx: CommandContext): Promise<CommandResult> {
    const loaded = await loadConfig(inv, ctx);
    const model = selectModel(inv, loaded.config);
    const environment = chooseEnvironment(inv, loaded, model.environment, ctx.cwd);
    const settings = { choice: parseStoreChoice(stringOption(inv, Opt.Store), optionLabel(inv, Opt.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log };
    const everything = booleanOption(inv, Opt.All) || stringOption(inv, Opt.Version) !== undefined;
    const releases = await loadReleases(createReleaseStore(settings), environment, model.name, everything ? undefined : untilLive);
    const chosen = pick(releases, inv, model.name, environment);
    const liveId = findLive(releases)?.id;
    let evidence: EvidenceStore | undefined;
    const store = (): EvidenceStore => (evidence ??= createEvidenceStore(settings));
    const verified: VerifiedRelease[] = [];
    for (const release of chosen) verified.push(await verifyRelease(release, release.id === liveId, store));
    const result: VerifyEvidenceResult = { model: model.name, environment, verdict: verifyVerdict(verified), releases: verified };
    const text = renderVerifyText(result);
    const bad = verified.flatMap((r) => r.items.filter((i) => i.status === 'mismatch' || i.status === 'unreadable').map((i) => `${r.version} (#${r.id}) ${i.role}: ${i.status}`));
    const none = verified.filter((r) => r.status === 'no-evidence').map((r) => `${r.version} (#${r.id}): ${r.message ?? 'no evidence'}`);
    return {
      exitCode: result.verdict === 'pass' ? 0 : 1,
      text,
      json: result,
      markdown: `### mlgate verify-evidence\n\n\`\`\`text\n${text.replace(/`{3,}/g, "'''")}\`\`\`\n`,
      outputs: { verdict: result.verdict },
      ...(result.verdict === 'fail' ? { failure: [...bad, ...none].join('; ') } : {}),
    };
  },
};

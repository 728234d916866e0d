import { evidenceSchema, type Evidence, type EvidenceItem } from './manifest.js';

/** Why a piece of production evidence could not be used: said in the verdict line and the affected rows (SPEC §5). */
export type EvidenceProblem =
  | { kind: 'no-release'; environment: string }
  | { kind: 'no-evidence'; release: string }
  | { kind: 'malformed'; release: string; message: string }
  | { kind: 'no-item'; release: string; item: string; why?: string }
  | { kind: 'digest-mismatch'; release: string; item: string; expected: string; found: string }
  | { kind: 'unreadable'; release: string; item: string; message: string };

export function evidenceProblemText(p: EvidenceProblem): string {
  switch (p.kind) {
    case 'no-release':
      return `no live release in '${p.environment}' yet`;
    case 'no-evidence':
      return `the live release ${p.release} was made before mlgate stored evidence with releases`;
    case 'malformed':
      return `the evidence record of the live release ${p.release} is malformed (${p.message})`;
    case 'no-item':
      return `the live release ${p.release} stored no ${p.item}${p.why ? ` (${p.why})` : ''}`;
    case 'digest-mismatch':
      return `the stored ${p.item} of ${p.release} does not match its recorded digest (sha256 ${p.expected.slice(0, 12)}…, found ${p.found.slice(0, 12)}…); it was not used`;
    case 'unreadable':
      return `the stored ${p.item} of ${p.release} cannot be read (${p.message})`;
  }
}

/** A release payload's `evidence`, or why it cannot be used. */
export function readEvidence(raw: unknown, release: string): Evidence | EvidenceProblem {
  if (raw === undefined || raw === null) return { kind: 'no-evidence', release };
  const parsed = evidenceSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return { kind: 'malformed', release, message: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}

/** The item of the release's evidence for `role`, or the problem in its way. */
export function pickItem(raw: unknown, release: string, role: 'predictions' | { profile: string }): EvidenceItem | EvidenceProblem {
  const evidence = readEvidence(raw, release);
  if ('kind' in evidence) return evidence;
  const why = (key: string): { why: string } | Record<string, never> => (evidence.missing[key] !== undefined ? { why: evidence.missing[key] } : {});
  if (role === 'predictions') return evidence.predictions ?? { kind: 'no-item', release, item: 'per-example predictions', ...why('predictions') };
  return evidence.profiles[role.profile] ?? { kind: 'no-item', release, item: `profile of dataset '${role.profile}'`, ...why(`profile:${role.profile}`) };
}

export const isProblem = (x: EvidenceItem | EvidenceProblem): x is EvidenceProblem => 'kind' in x;

import path from 'node:path';
import { usageError } from '../domain/errors.js';
import type { EvidenceStore } from '../ports.js';
import { EvidenceBranch } from './github/evidence-branch.js';
import { createOctokit } from './github/octokit.js';
import { EvidenceDir, LOCAL_EVIDENCE_DIR } from './local/evidence-dir.js';
import { githubChosen, type ReleaseStoreSettings } from './release-store.js';

/** The evidence store that goes with the release store of the same settings: a branch on GitHub, `.mlgate/evidence/` locally. */
export function createEvidenceStore(settings: ReleaseStoreSettings): EvidenceStore {
  if (!githubChosen(settings)) return new EvidenceDir(path.resolve(settings.cwd, LOCAL_EVIDENCE_DIR));
  const { github } = settings;
  if (!github.token || !github.repository) throw usageError("store 'github' needs a token and GITHUB_REPOSITORY=owner/name to read or write release evidence");
  const octokit = createOctokit({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
  return new EvidenceBranch({ octokit, owner: github.repository.owner, repo: github.repository.repo });
}

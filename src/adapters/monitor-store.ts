import path from 'node:path';
import { usageError } from '../domain/errors.js';
import type { MonitorHistoryStore, MonitorIssues } from '../ports.js';
import { MonitorHistoryBranch } from './github/monitor-history.js';
import { createMonitorIssues } from './github/monitor-issues.js';
import { createOctokit } from './github/octokit.js';
import { LOCAL_MONITOR_DIR } from './local/monitor-files.js';
import { MonitorHistoryFile } from './local/monitor-history-file.js';
import { MonitorIssueFile } from './local/monitor-issue-file.js';
import { githubChosen, type ReleaseStoreSettings } from './release-store.js';

export interface MonitorStores {
  issues: MonitorIssues;
  history: MonitorHistoryStore;
}

/**
 * The monitor's sticky issue and run history that go with the release store of the same settings: an issue and a file
 * on the mlgate-evidence branch on GitHub, files under `.mlgate/monitor/` locally.
 */
export function createMonitorStores(settings: ReleaseStoreSettings): MonitorStores {
  if (!githubChosen(settings)) {
    const dir = path.resolve(settings.cwd, LOCAL_MONITOR_DIR);
    return { issues: new MonitorIssueFile(dir), history: new MonitorHistoryFile(dir) };
  }
  const { github } = settings;
  if (!github.token || !github.repository) throw usageError("store 'github' needs a token and GITHUB_REPOSITORY=owner/name to keep the monitor's issue and history");
  const octokit = createOctokit({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
  return {
    issues: createMonitorIssues({ github, log: settings.log, octokit }),
    history: new MonitorHistoryBranch({ octokit, owner: github.repository.owner, repo: github.repository.repo }),
  };
}
